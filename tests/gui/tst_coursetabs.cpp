#include "guitestsupport.h"

#include "course/goaldialog.h"
#include "course/goalstab.h"
#include "course/logbookdialog.h"
#include "course/logbooktab.h"
#include "course/meetingdialog.h"
#include "course/meetingstab.h"
#include "course/phasedialog.h"
#include "course/phasestab.h"
#include "course/reviewdialog.h"
#include "course/reviewstab.h"

#include "storage/courserepository.h"
#include "storage/goalrepository.h"
#include "storage/logbookrepository.h"
#include "storage/meetingrepository.h"
#include "storage/menteerepository.h"
#include "storage/phaserepository.h"
#include "storage/schemerepository.h"
#include "storage/statusreviewrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using guitest::child;

namespace {

const QDate kToday(2026, 11, 23);

// The form the tab opened and still shows (a saved one may linger until deleted).
template <typename Dialog>
Dialog *openForm(QWidget *tab)
{
    for (Dialog *dialog : tab->findChildren<Dialog *>())
        if (dialog->isVisible())
            return dialog;
    qWarning() << "no open form";
    return nullptr;
}

void clickSave(QWidget *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

void typeText(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = child<QPlainTextEdit>(dialog, name);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

template <typename E>
void choose(QWidget *dialog, const QString &comboName, E value)
{
    auto *combo = child<QComboBox>(dialog, comboName);
    combo->setCurrentIndex(combo->findData(toCode(value)));
}

QStringList rowTexts(const QTreeWidgetItem *item)
{
    QStringList texts;
    for (int c = 0; c < item->columnCount(); ++c)
        texts << item->text(c);
    return texts;
}

Meeting storedMeeting(Id courseId, QDate date, QTime start, int minutes, const QString &place, MeetingForm form)
{
    Meeting m;
    m.courseId = courseId;
    m.date = date;
    m.start = start;
    m.minutes = minutes;
    m.place = place;
    m.form = form;
    m.status = MeetingStatus::Held;
    return m;
}

} // namespace

class TestCourseTabs : public QObject {
    Q_OBJECT

private:
    guitest::ScratchDatabase m_db;
    Id m_courseId = 0;

    // Scheme → mentee → planned course, as the repositories store them.
    bool addCourse()
    {
        Scheme scheme;
        scheme.name = u"Frivillig integrationsmentor"_s;
        scheme.context = SchemeContext::VolunteerOrg;
        const auto schemeId = storage::SchemeRepository(*m_db).add(scheme);
        Mentee mentee;
        mentee.firstName = u"Åse"_s;
        mentee.lastName = u"Øster"_s;
        mentee.schemeId = schemeId.ok() ? *schemeId : 0;
        const auto menteeId = storage::MenteeRepository(*m_db).add(mentee);
        Course course;
        course.menteeId = menteeId.ok() ? *menteeId : 0;
        course.schemeId = mentee.schemeId;
        course.startDate = QDate(2026, 9, 1);
        course.plannedEndDate = QDate(2027, 3, 1);
        const auto courseId = storage::CourseRepository(*m_db).add(course);
        if (!courseId.ok())
            qWarning() << courseId.error();
        m_courseId = courseId.ok() ? *courseId : 0;
        return m_courseId > 0;
    }

    template <typename Tab>
    std::unique_ptr<Tab> shownTab()
    {
        auto tab = std::make_unique<Tab>(*m_db, m_courseId);
        tab->setToday(kToday);
        tab->resize(1000, 600);
        tab->show();
        return tab;
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_db.open());
        // The repositories check "not in the future" against the database's clock.
        m_db->setClock([] { return QDateTime(kToday, QTime(10, 0), Qt::UTC); });
        QVERIFY(addCourse());
    }

    void cleanup()
    {
        m_db.close();
    }

    void meetingWithTwoGuideSections()
    {
        auto tab = shownTab<gui::MeetingsTab>();
        QSignalSpy changed(tab.get(), &gui::CourseTab::changed);
        tab->startNew();
        auto *dialog = openForm<gui::MeetingDialog>(tab.get());
        QVERIFY(dialog);
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        QCOMPARE(child<QDateEdit>(dialog, u"dateEdit"_s)->date(), kToday);
        choose(dialog, u"statusCombo"_s, MeetingStatus::Held);
        child<QSpinBox>(dialog, u"minutesSpin"_s)->setValue(75);
        child<QTimeEdit>(dialog, u"startEdit"_s)->setTime(QTime(14, 30));
        child<QLineEdit>(dialog, u"placeEdit"_s)->setText(u"Hovedbiblioteket"_s);
        typeText(dialog, u"establishContactEdit"_s, u"Kaffe; talked about the weekend"_s);
        typeText(dialog, u"roundOffEdit"_s, u"Went well, Åse is less nervous"_s);
        typeText(dialog, u"beforeNextEdit"_s, u"Åse orders the bus card"_s);
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(changed.size(), 1);

        QTreeWidget *list = child<QTreeWidget>(tab.get(), u"meetingList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(rowTexts(list->topLevelItem(0)),
                 QStringList({u"2026-11-23"_s, u"14:30"_s, u"75"_s, u"In person"_s, u"First meeting"_s, u"Held"_s, u"Hovedbiblioteket"_s}));
        QCOMPARE(child<QLabel>(tab.get(), u"heldLabel"_s)->text(), u"Held: 1 meeting(s), 1 h 15 min"_s);

        const QList<Meeting> stored = storage::MeetingRepository(*m_db).forCourse(m_courseId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().note, u"Establish contact:\nKaffe; talked about the weekend\n\n"
                                      "Round off:\nWent well, Åse is less nervous"_s);
        QCOMPARE(stored.first().beforeNext, u"Åse orders the bus card"_s);
        // The saved meeting is selected, and opens with its parts in their fields.
        QCOMPARE(tab->selectedId(), stored.first().id);
        QTest::mouseClick(child<QPushButton>(tab.get(), u"editMeetingButton"_s), Qt::LeftButton);
        auto *again = openForm<gui::MeetingDialog>(tab.get());
        QVERIFY(again);
        QCOMPARE(child<QPlainTextEdit>(again, u"establishContactEdit"_s)->toPlainText(), u"Kaffe; talked about the weekend"_s);
        QCOMPARE(child<QPlainTextEdit>(again, u"roundOffEdit"_s)->toPlainText(), u"Went well, Åse is less nervous"_s);
        QVERIFY(child<QPlainTextEdit>(again, u"setGoalEdit"_s)->toPlainText().isEmpty());
        QVERIFY(child<QPlainTextEdit>(again, u"freeTextEdit"_s)->toPlainText().isEmpty());
        again->setDiscardQuestion([] { return true; });
        again->reject();
    }

    void danishNoteOpensInItsSteps()
    {
        Meeting m = storedMeeting(m_courseId, kToday, QTime(9, 0), 60, {}, MeetingForm::Phone);
        m.note = u"Ringede i stedet for at mødes.\n\nSkab kontakt:\nhej\n\nAfrund samtalen:\nvi ses"_s;
        QVERIFY(storage::MeetingRepository(*m_db).add(m).ok());
        auto tab = shownTab<gui::MeetingsTab>();
        QVERIFY(tab->selectRecord(m.id));
        QTest::mouseClick(child<QPushButton>(tab.get(), u"editMeetingButton"_s), Qt::LeftButton);
        auto *dialog = openForm<gui::MeetingDialog>(tab.get());
        QVERIFY(dialog);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"establishContactEdit"_s)->toPlainText(), u"hej"_s);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"roundOffEdit"_s)->toPlainText(), u"vi ses"_s);
        QCOMPARE(child<QPlainTextEdit>(dialog, u"freeTextEdit"_s)->toPlainText(), u"Ringede i stedet for at mødes."_s);
        clickSave(dialog);
        QCOMPARE(storage::MeetingRepository(*m_db).find(m.id)->note,
                 u"Ringede i stedet for at mødes.\n\nEstablish contact:\nhej\n\nRound off:\nvi ses"_s);
    }

    void nextMeetingIsPrefilledFromTheLast()
    {
        storage::MeetingRepository meetings(*m_db);
        Meeting first = storedMeeting(m_courseId, QDate(2026, 11, 2), QTime(14, 0), 45, u"Café Ø"_s, MeetingForm::InPerson);
        Meeting last = storedMeeting(m_courseId, QDate(2026, 11, 16), QTime(15, 30), 50, u"Jobcenter"_s, MeetingForm::Video);
        last.note = u"Round off:\nfine"_s;
        QVERIFY(meetings.add(first).ok());
        QVERIFY(meetings.add(last).ok());
        auto tab = shownTab<gui::MeetingsTab>();
        QCOMPARE(child<QLabel>(tab.get(), u"heldLabel"_s)->text(), u"Held: 2 meeting(s), 1 h 35 min"_s);
        QTest::mouseClick(child<QPushButton>(tab.get(), u"nextMeetingButton"_s), Qt::LeftButton);
        auto *dialog = openForm<gui::MeetingDialog>(tab.get());
        QVERIFY(dialog);
        QCOMPARE(child<QDateEdit>(dialog, u"dateEdit"_s)->date(), QDate(2026, 11, 30));  // two weeks on, as before
        QCOMPARE(child<QTimeEdit>(dialog, u"startEdit"_s)->time(), QTime(15, 30));
        QCOMPARE(child<QSpinBox>(dialog, u"minutesSpin"_s)->value(), 50);
        QCOMPARE(child<QLineEdit>(dialog, u"placeEdit"_s)->text(), u"Jobcenter"_s);
        QCOMPARE(child<QComboBox>(dialog, u"formCombo"_s)->currentData().toString(), u"video"_s);
        QCOMPARE(child<QComboBox>(dialog, u"statusCombo"_s)->currentData().toString(), u"planned"_s);
        QVERIFY(child<QPlainTextEdit>(dialog, u"roundOffEdit"_s)->toPlainText().isEmpty());
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());
        const QList<Meeting> stored = meetings.forCourse(m_courseId);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.first().date, QDate(2026, 11, 30));
        QCOMPARE(stored.first().status, MeetingStatus::Planned);
        QCOMPARE(rowTexts(child<QTreeWidget>(tab.get(), u"meetingList"_s)->topLevelItem(0)).first(), u"2026-11-30"_s);
        // Planned meetings are not delivered hours.
        QCOMPARE(child<QLabel>(tab.get(), u"heldLabel"_s)->text(), u"Held: 2 meeting(s), 1 h 35 min"_s);
    }

    void heldMeetingInTheFutureIsRefused()
    {
        auto tab = shownTab<gui::MeetingsTab>();
        tab->startNew();
        auto *dialog = openForm<gui::MeetingDialog>(tab.get());
        QVERIFY(dialog);
        child<QDateEdit>(dialog, u"dateEdit"_s)->setDate(kToday.addDays(3));
        choose(dialog, u"statusCombo"_s, MeetingStatus::Held);
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->messageFor(u"date"_s), u"A held meeting cannot be dated in the future (2026-11-26)."_s);
        QCOMPARE(dialog->messageFor(u"minutes"_s), u"Enter how many minutes the held meeting lasted."_s);
        QVERIFY(child<QLabel>(dialog, u"dateMessage"_s)->isVisible());
        QVERIFY(child<QDateEdit>(dialog, u"dateEdit"_s)->property("fieldError").toBool());
        // Shown under the fields, not repeated below the form.
        QVERIFY(!child<QLabel>(dialog, u"errorLabel"_s)->isVisible());
        QCOMPARE(storage::MeetingRepository(*m_db).forCourse(m_courseId).size(), 0);

        // Planned, the same date is fine.
        choose(dialog, u"statusCombo"_s, MeetingStatus::Planned);
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(storage::MeetingRepository(*m_db).forCourse(m_courseId).size(), 1);
    }

    void goalIsAddedAndItsStatusChanged()
    {
        auto tab = shownTab<gui::GoalsTab>();
        QSignalSpy changed(tab.get(), &gui::CourseTab::changed);
        QVERIFY(!child<QPushButton>(tab.get(), u"setStatusButton"_s)->isEnabled());
        tab->startNew();
        auto *dialog = openForm<gui::GoalDialog>(tab.get());
        QVERIFY(dialog);
        clickSave(dialog);  // without a text
        QCOMPARE(dialog->messageFor(u"text"_s), u"Describe the goal."_s);
        typeText(dialog, u"textEdit"_s, u"Take the bus alone to the internship"_s);
        child<QDateEdit>(dialog, u"dueEdit"_s)->setDate(QDate(2027, 1, 31));
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());

        QTreeWidget *list = child<QTreeWidget>(tab.get(), u"goalList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(rowTexts(list->topLevelItem(0)),
                 QStringList({u"Take the bus alone to the internship"_s, u"Goal"_s, u"2027-01-31"_s, u"Open"_s, QString()}));
        const Id goalId = tab->selectedId();
        QVERIFY(goalId > 0);

        // A sub-goal goes under the selected goal.
        QTest::mouseClick(child<QPushButton>(tab.get(), u"newSubGoalButton"_s), Qt::LeftButton);
        auto *sub = openForm<gui::GoalDialog>(tab.get());
        QVERIFY(sub);
        QCOMPARE(child<QComboBox>(sub, u"parentCombo"_s)->currentData().toLongLong(), goalId);
        typeText(sub, u"textEdit"_s, u"Find the timetable together"_s);
        clickSave(sub);
        QVERIFY(!sub->isVisible());
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);
        QCOMPARE(list->topLevelItem(0)->child(0)->text(1), u"Sub-goal"_s);

        // Quick status change of the goal, without the form.
        QVERIFY(tab->selectRecord(goalId));
        QVERIFY(child<QPushButton>(tab.get(), u"setStatusButton"_s)->isEnabled());
        child<QAction>(tab.get(), u"setStatus_reached"_s)->trigger();
        QCOMPARE(storage::GoalRepository(*m_db).find(goalId)->status, GoalStatus::Reached);
        QCOMPARE(list->topLevelItem(0)->text(3), u"Reached"_s);
        QCOMPARE(tab->selectedId(), goalId);
        QCOMPARE(child<QLabel>(tab.get(), u"goalSummaryLabel"_s)->text(), u"1 of 2 reached"_s);
        QCOMPARE(changed.size(), 3);
    }

    void logbookEntryIsAdded()
    {
        auto tab = shownTab<gui::LogbookTab>();
        tab->startNew();
        auto *dialog = openForm<gui::LogbookDialog>(tab.get());
        QVERIFY(dialog);
        typeText(dialog, u"textEdit"_s, u"Took the bus alone for the first time"_s);
        child<QCheckBox>(dialog, u"tagSmallWin"_s)->setChecked(true);
        child<QCheckBox>(dialog, u"tagProgress"_s)->setChecked(true);
        child<QCheckBox>(dialog, u"sharedCheck"_s)->setChecked(true);
        choose(dialog, u"authorCombo"_s, LogAuthor::Mentee);
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());

        const QList<LogbookEntry> stored = storage::LogbookRepository(*m_db).forCourse(m_courseId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().date, kToday);
        QCOMPARE(stored.first().author, LogAuthor::Mentee);
        QCOMPARE(stored.first().tags, quint8(LogProgress | LogSmallWin));
        QVERIFY(stored.first().sharedWithCaseworker);
        QTreeWidget *list = child<QTreeWidget>(tab.get(), u"logbookList"_s);
        QCOMPARE(rowTexts(list->topLevelItem(0)),
                 QStringList({u"2026-11-23"_s, u"Mentee"_s, u"Progress, Small win"_s, u"Caseworker"_s,
                              u"Took the bus alone for the first time"_s}));

        // A future date is refused under the field.
        tab->startNew();
        auto *future = openForm<gui::LogbookDialog>(tab.get());
        QVERIFY(future);
        child<QDateEdit>(future, u"dateEdit"_s)->setDate(kToday.addDays(1));
        typeText(future, u"textEdit"_s, u"tomorrow"_s);
        clickSave(future);
        QCOMPARE(future->messageFor(u"date"_s), u"A logbook entry cannot be dated in the future."_s);
        QCOMPARE(storage::LogbookRepository(*m_db).forCourse(m_courseId).size(), 1);
    }

    void nextPhaseShowsItsQuestions()
    {
        auto tab = shownTab<gui::PhasesTab>();
        QVERIFY(child<QLabel>(tab.get(), u"currentPhaseLabel"_s)->text().contains(u"Clarification"_s));
        QVERIFY(child<QLabel>(tab.get(), u"currentQuestionsLabel"_s)
                    ->text()
                    .contains(u"What does the mentee want help with, in their own words?"_s));
        tab->startNew();
        auto *dialog = openForm<gui::PhaseDialog>(tab.get());
        QVERIFY(dialog);
        // The next phase is proposed, with its questions beside the note.
        QCOMPARE(child<QComboBox>(dialog, u"phaseCombo"_s)->currentData().toString(), u"goals_direction"_s);
        QVERIFY(dialog->questionsText().contains(u"Which goal matters most right now?"_s));
        QVERIFY(!child<QLabel>(dialog, u"backHintLabel"_s)->isVisible());
        choose(dialog, u"phaseCombo"_s, Phase::RoundingOff);
        QVERIFY(dialog->questionsText().contains(u"What is still hard?"_s));
        QVERIFY(!dialog->questionsText().contains(u"Which goal matters most right now?"_s));
        choose(dialog, u"phaseCombo"_s, Phase::GoalsAndDirection);
        typeText(dialog, u"noteEdit"_s, u"Three goals agreed"_s);
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());

        QCOMPARE(storage::CourseRepository(*m_db).find(m_courseId)->phase, Phase::GoalsAndDirection);
        QCOMPARE(child<QLabel>(tab.get(), u"currentPhaseLabel"_s)->text(),
                 u"Current phase: <b>Goals and direction</b>, since 2026-11-23"_s);
        QVERIFY(child<QLabel>(tab.get(), u"currentQuestionsLabel"_s)->text().contains(u"Which goal matters most right now?"_s));
        QTreeWidget *list = child<QTreeWidget>(tab.get(), u"phaseList"_s);
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(rowTexts(list->topLevelItem(0)), QStringList({u"Goals and direction"_s, u"2026-11-23"_s, u"Three goals agreed"_s}));
    }

    void goingBackAPhaseNeedsANote()
    {
        PhaseEntry longHaul;
        longHaul.courseId = m_courseId;
        longHaul.phase = Phase::LongHaul;
        longHaul.enteredOn = kToday.addDays(-10);
        QVERIFY(storage::PhaseRepository(*m_db).add(longHaul).ok());
        auto tab = shownTab<gui::PhasesTab>();
        tab->startNew();
        auto *dialog = openForm<gui::PhaseDialog>(tab.get());
        QVERIFY(dialog);
        choose(dialog, u"phaseCombo"_s, Phase::GoalsAndDirection);
        QVERIFY(child<QLabel>(dialog, u"backHintLabel"_s)->isVisible());
        clickSave(dialog);
        QVERIFY(dialog->isVisible());
        auto *error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"Going back to an earlier phase needs a note explaining why."_s);
        QCOMPARE(storage::PhaseRepository(*m_db).forCourse(m_courseId).size(), 1);
        QCOMPARE(storage::CourseRepository(*m_db).find(m_courseId)->phase, Phase::LongHaul);

        typeText(dialog, u"noteEdit"_s, u"The internship ended; new goals needed"_s);
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(storage::CourseRepository(*m_db).find(m_courseId)->phase, Phase::GoalsAndDirection);
        QCOMPARE(child<QTreeWidget>(tab.get(), u"phaseList"_s)->topLevelItemCount(), 2);
    }

    void reviewSetsTheCoursesNextReview()
    {
        auto tab = shownTab<gui::ReviewsTab>();
        QCOMPARE(child<QLabel>(tab.get(), u"nextReviewLabel"_s)->text(), u"No review planned"_s);
        QSignalSpy changed(tab.get(), &gui::CourseTab::changed);
        tab->startNew();
        auto *dialog = openForm<gui::ReviewDialog>(tab.get());
        QVERIFY(dialog);
        QVERIFY(child<QLabel>(dialog, u"statusQuestionsLabel"_s)->text().contains(u"Are the agreed hours being used?"_s));
        child<QLineEdit>(dialog, u"reviewedByEdit"_s)->setText(u"Hanne Holm"_s);
        // Neither checked nor explained: refused under the note.
        clickSave(dialog);
        QCOMPARE(dialog->messageFor(u"hours_note"_s), u"Check the delivered hours, or note why they could not be checked."_s);
        child<QCheckBox>(dialog, u"hoursCheckedCheck"_s)->setChecked(true);
        typeText(dialog, u"answersEdit"_s, u"Goal 1 nearly reached"_s);
        typeText(dialog, u"menteeAssessmentEdit"_s, u"Det går lidt bedre"_s);
        typeText(dialog, u"mentorAssessmentEdit"_s, u"Big progress"_s);
        choose(dialog, u"decisionCombo"_s, ReviewDecision::AdjustHours);
        child<QDateEdit>(dialog, u"nextReviewEdit"_s)->setDate(QDate(2027, 2, 23));
        clickSave(dialog);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(changed.size(), 1);

        const QList<StatusReview> stored = storage::StatusReviewRepository(*m_db).forCourse(m_courseId);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().menteeAssessment, u"Det går lidt bedre"_s);
        QCOMPARE(stored.first().mentorAssessment, u"Big progress"_s);
        QVERIFY(stored.first().hoursDeliveredChecked);
        QCOMPARE(stored.first().decision, ReviewDecision::AdjustHours);
        QCOMPARE(storage::CourseRepository(*m_db).find(m_courseId)->nextReviewDate, QDate(2027, 2, 23));
        QCOMPARE(child<QLabel>(tab.get(), u"nextReviewLabel"_s)->text(), u"Next review: 2027-02-23"_s);
        QCOMPARE(rowTexts(child<QTreeWidget>(tab.get(), u"reviewList"_s)->topLevelItem(0)),
                 QStringList({u"2026-11-23"_s, u"Hanne Holm"_s, u"Adjust hours"_s, u"Yes"_s, u"2027-02-23"_s}));
    }

    // The meeting form as a coordinator fills it in; the image goes to MENTORDESK_SCREENSHOTS
    // (docs/screenshots) when set.
    void meetingDialogScreenshot()
    {
        const QTemporaryDir scratch;
        Meeting m = storedMeeting(m_courseId, kToday, QTime(14, 30), 75, u"Hovedbiblioteket, Dokk1"_s, MeetingForm::InPerson);
        m.kind = MeetingKind::Ordinary;
        m.note = u"Establish contact:\nCoffee in the café; Åse had a good weekend with her sister.\n\n"
                 "Unfold the story:\nThe internship at the bakery starts on Monday. She is nervous about the early "
                 "bus and about not understanding the instructions.\n\n"
                 "Set a goal for the conversation:\nA plan for the first morning.\n\n"
                 "Develop the conversation from the goal:\nWe found the 5:40 bus in the app and practised what to "
                 "say if she does not understand something.\n\n"
                 "Round off:\nÅse feels ready. Call on Tuesday evening."_s;
        m.beforeNext = u"Åse orders the bus card; the mentor calls the bakery about the work clothes."_s;
        gui::MeetingDialog dialog(*m_db, m, kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.width() <= 1280 && dialog.height() <= 800);
        QVERIFY(dialog.grab().save(guitest::screenshotFolder(scratch) + u"/meeting-dialog.png"_s));
    }
};

QTEST_MAIN(TestCourseTabs)
#include "tst_coursetabs.moc"
