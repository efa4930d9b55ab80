// The course page's hours panel, timeline and decision dialogs (issue 6): figures per week and
// in total with the gap marker, grants added through the dialog, the timeline's order and
// filter, and ending, mentor change and chemistry check stored through the course workflow.
#include "guitestsupport.h"

#include "course/chemistrydialog.h"
#include "course/endcoursedialog.h"
#include "course/grantdialog.h"
#include "course/hourspanel.h"
#include "course/mentorchangedialog.h"
#include "course/timelineview.h"

#include "storage/courserepository.h"
#include "storage/goalrepository.h"
#include "storage/grantrepository.h"
#include "storage/logbookrepository.h"
#include "storage/matchrepository.h"
#include "storage/matchworkflow.h"
#include "storage/meetingrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/phaserepository.h"
#include "storage/schemerepository.h"
#include "storage/timelinequeries.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::gui;
using Kind = storage::TimelineEvent::Kind;

namespace {

// Courses start on Monday 5 October 2026; "today" is Sunday 22 November, seven whole weeks
// later, so the granted hours are whole numbers: 2 h a week make 14 h so far, 8 h in the last
// four weeks.
const QDate kStart(2026, 10, 5);
const QDate kToday(2026, 11, 22);

struct Held {
    QDate date;
    int minutes;
    MeetingForm form = MeetingForm::InPerson;
};

struct Fixture {
    QTemporaryDir dir;
    QDateTime now = QDateTime(kStart, QTime(9, 0), Qt::UTC);  // outlives the database that reads it
    std::unique_ptr<storage::Database> db;
    Id scheme = 0, mentor = 0;

    Fixture()
    {
        db = guitest::createDatabase(dir);
        if (!db)
            qFatal("cannot open the test database");
        db->setClock([this] { return now; });
        Scheme s;
        s.name = u"Frivillig mentorordning"_s;
        s.context = SchemeContext::VolunteerOrg;
        scheme = *storage::SchemeRepository(*db).add(s);
        Mentor m;
        m.firstName = u"Søren"_s;
        m.lastName = u"Ærø"_s;
        m.email = u"soeren@example.dk"_s;
        m.capacity = 2;
        m.qualifications = u"Uddannet socialrådgiver"_s;
        mentor = *storage::MentorRepository(*db).add(m);
    }

    void setToday(const QDate &day) { now = QDateTime(day, QTime(9, 0), Qt::UTC); }

    // An approved match (the course gets its mentor), a grant of `hours` a week and the held
    // meetings, activated on kStart; the clock is at kToday afterwards.
    Id addCourse(const QString &menteeName, double hours, const QList<Held> &meetings, bool retOgPligt = false)
    {
        setToday(kStart);
        Mentee mentee;
        mentee.firstName = menteeName;
        mentee.lastName = u"Hussein"_s;
        mentee.schemeId = scheme;
        mentee.retOgPligt = retOgPligt;
        const Id menteeId = *storage::MenteeRepository(*db).add(mentee);
        const auto proposal = storage::MatchWorkflow(*db).propose({menteeId, mentor, 80, {}, MatchSource::Manual});
        const auto courseId = storage::MatchWorkflow(*db).approve(*proposal);
        if (!courseId)
            qFatal("cannot approve: %s", qPrintable(courseId.error()));
        storage::CourseRepository courses(*db);
        Course course = *courses.find(*courseId);
        course.purpose = u"Komme i praktik"_s;
        course.mentorTasks = u"Følge til samtaler"_s;
        course.plannedEndDate = kStart.addMonths(6).addDays(-1);
        Grant grant;
        grant.courseId = course.id;
        grant.from = kStart;
        grant.to = course.plannedEndDate;
        grant.hoursPerWeek = hours;
        grant.decidedBy = u"Jobcenter"_s;
        if (const auto added = storage::GrantRepository(*db).add(grant); !added)
            qFatal("cannot add the grant: %s", qPrintable(added.error()));
        course.status = CourseStatus::Active;
        if (const storage::Status saved = courses.update(course); !saved)
            qFatal("cannot activate: %s", qPrintable(saved.error()));
        setToday(kToday);
        for (const Held &h : meetings) {
            Meeting meeting;
            meeting.courseId = course.id;
            meeting.date = h.date;
            meeting.minutes = h.minutes;
            meeting.form = h.form;
            meeting.status = MeetingStatus::Held;
            meeting.note = u"Talte om praktikpladsen"_s;
            if (const auto added = storage::MeetingRepository(*db).add(meeting); !added)
                qFatal("cannot add a meeting: %s", qPrintable(added.error()));
        }
        return course.id;
    }

    // 5.5 of 14 hours (39 %), 2.5 of 8 in the last four weeks; 4 h in person.
    Id addLowCourse()
    {
        return addCourse(u"Amal"_s, 2, {{QDate(2026, 10, 6), 60}, {QDate(2026, 10, 13), 60}, {QDate(2026, 10, 20), 60},
                                        {QDate(2026, 11, 3), 90, MeetingForm::Phone}, {QDate(2026, 11, 17), 60}});
    }

    // Two hours every week: 14 of 14.
    Id addFullCourse()
    {
        QList<Held> weekly;
        for (int w = 0; w < 7; ++w)
            weekly << Held{kStart.addDays(7 * w + 1), 120};
        return addCourse(u"Omar"_s, 2, weekly);
    }

    int approvedMatchesOfMentor() const
    {
        int approved = 0;
        for (const Match &m : storage::MatchRepository(*db).forMentor(mentor))
            approved += m.state == MatchState::Approved ? 1 : 0;
        return approved;
    }

    Course course(Id id) const { return *storage::CourseRepository(*db).find(id); }
};

QPushButton *okOf(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Runs `answer` on the modal dialog `action` opens.
template <typename D>
void answerDialog(const std::function<void()> &action, const std::function<void(D *)> &answer)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        answer(dialog);
        answered = true;
        if (dialog->isVisible())
            dialog->reject();
    });
    action();
    QVERIFY(answered);
}

QString screenshotFolder(const QTemporaryDir &scratch)
{
    return guitest::screenshotFolder(scratch);
}

} // namespace

class TestCourseDialogs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hoursPanelShowsTotalsWeeksAndTheGap()
    {
        Fixture f;
        const Id low = f.addLowCourse();
        HoursPanel panel(*f.db, low);
        panel.setToday(kToday);
        QCOMPARE(panel.total().granted, 14.0);
        QCOMPARE(panel.total().delivered, 5.5);
        QCOMPARE(panel.total().faceToFace, 4.0);
        QCOMPARE(panel.recent().granted, 8.0);
        QCOMPARE(panel.recent().delivered, 2.5);
        QCOMPARE(panel.findChild<QLabel *>(u"grantedValue"_s)->text(), u"14.0 h"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"deliveredValue"_s)->text(), u"5.5 h"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"inPersonValue"_s)->text(), u"4.0 h (73 %)"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"ratioValue"_s)->text(), u"39 %"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"recentValue"_s)->text(), u"2.5 of 8.0 h (31 %)"_s);
        QVERIFY(panel.showsGap());
        auto *gap = panel.findChild<QLabel *>(u"gapLabel"_s);
        QCOMPARE(gap->property("state").toString(), u"gap"_s);
        QCOMPARE(gap->text(), u"\u26a0 5.5 of 14.0 hours delivered so far (39 %) — below 75 %\n"
                              "\u26a0 Last 4 weeks: 2.5 of 8.0 hours delivered (31 %) — below 75 %"_s);

        // Seven weeks, newest first, the ones below 75 % marked.
        QCOMPARE(panel.weekRowCount(), 7);
        auto *weeks = panel.findChild<QTableWidget *>(u"weekTable"_s);
        int isoYear = 0;
        const int lastWeek = QDate(2026, 11, 16).weekNumber(&isoYear);
        QCOMPARE(weeks->item(0, 0)->text(), u"Week %1, %2"_s.arg(lastWeek).arg(isoYear));
        QCOMPARE(weeks->item(0, 0)->data(Qt::UserRole).toDate(), QDate(2026, 11, 16));
        QCOMPARE(weeks->item(6, 0)->data(Qt::UserRole).toDate(), kStart);
        QCOMPARE(weeks->item(0, 2)->text(), u"2.0"_s);  // granted
        QCOMPARE(weeks->item(0, 3)->text(), u"1.0"_s);  // delivered
        QCOMPARE(weeks->item(0, 5)->text(), u"\u26a0 50 %"_s);
        QCOMPARE(weeks->item(3, 3)->text(), u"0.0"_s);  // the week of 26 October had no meeting
        QCOMPARE(weeks->item(2, 3)->text(), u"1.5"_s);  // by phone …
        QCOMPARE(weeks->item(2, 4)->text(), u"0.0"_s);  // … so nothing in person
        QCOMPARE(weeks->item(6, 5)->text(), u"\u26a0 50 %"_s);
        QCOMPARE(panel.grantRowCount(), 1);
        // On Monday the new week is shown, but not judged before it is over.
        panel.setToday(kToday.addDays(1));
        QCOMPARE(panel.weekRowCount(), 8);
        QCOMPARE(weeks->item(0, 0)->text(), u"Week %1, %2 (so far)"_s.arg(lastWeek + 1).arg(isoYear));
        QCOMPARE(weeks->item(0, 3)->text(), u"0.0"_s);
        QVERIFY(!weeks->item(0, 5)->text().contains(u"\u26a0"_s));
        panel.setToday(kToday);

        // A course that delivers its grant is not marked.
        const Id full = f.addFullCourse();
        HoursPanel fine(*f.db, full);
        fine.setToday(kToday);
        QVERIFY(!fine.showsGap());
        auto *ok = fine.findChild<QLabel *>(u"gapLabel"_s);
        QCOMPARE(ok->property("state").toString(), u"ok"_s);
        QCOMPARE(ok->text(), u"\u2713 14.0 of 14.0 hours delivered so far (100 %)"_s);
        auto *fineWeeks = fine.findChild<QTableWidget *>(u"weekTable"_s);
        for (int row = 0; row < fine.weekRowCount(); ++row)
            QCOMPARE(fineWeeks->item(row, 5)->text(), u"100 %"_s);
    }

    void hoursPanelWithoutAGrantSaysSo()
    {
        Fixture f;
        f.setToday(kStart);
        Mentee mentee;
        mentee.firstName = u"Sara"_s;
        mentee.lastName = u"Berg"_s;
        mentee.schemeId = f.scheme;
        const Id menteeId = *storage::MenteeRepository(*f.db).add(mentee);
        const Id courseId = *storage::MatchWorkflow(*f.db).approve(*storage::MatchWorkflow(*f.db).propose({menteeId, f.mentor, {}, {}, MatchSource::Manual}));
        HoursPanel panel(*f.db, courseId);
        panel.setToday(kToday);
        QVERIFY(!panel.showsGap());
        QCOMPARE(panel.findChild<QLabel *>(u"gapLabel"_s)->property("state").toString(), u"none"_s);
        QCOMPARE(panel.findChild<QLabel *>(u"ratioValue"_s)->text(), u"–"_s);
        QCOMPARE(panel.grantRowCount(), 0);
    }

    void addingAGrantThroughTheDialogStoresIt()
    {
        Fixture f;
        const Id courseId = f.addLowCourse();
        HoursPanel panel(*f.db, courseId);
        panel.setToday(kToday);
        QSignalSpy changed(&panel, &HoursPanel::changed);
        answerDialog<GrantDialog>([&] { panel.findChild<QPushButton *>(u"addGrantButton"_s)->click(); }, [&](GrantDialog *dialog) {
            // It follows the last grant, with its hours.
            auto *from = dialog->findChild<QDateEdit *>(u"fromEdit"_s);
            QCOMPARE(from->date(), kStart.addMonths(6));
            QCOMPARE(dialog->findChild<QDoubleSpinBox *>(u"hoursSpin"_s)->value(), 2.0);
            // Above 10 h a week it warns but lets the user go on.
            auto *warning = dialog->findChild<QLabel *>(u"highHoursWarning"_s);
            QVERIFY(!warning->isVisibleTo(dialog));
            dialog->findChild<QDoubleSpinBox *>(u"hoursSpin"_s)->setValue(12);
            QVERIFY(warning->isVisibleTo(dialog));
            dialog->findChild<QDoubleSpinBox *>(u"hoursSpin"_s)->setValue(3);
            QVERIFY(!warning->isVisibleTo(dialog));
            // An overlap is refused in the dialog, which stays open.
            from->setDate(QDate(2027, 1, 4));
            okOf(dialog)->click();
            QVERIFY(dialog->isVisible());
            auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
            QVERIFY(error->isVisibleTo(dialog));
            QVERIFY2(error->text().startsWith(u"The grant overlaps the grant from 2026-10-05"_s), qPrintable(error->text()));
            from->setDate(kStart.addMonths(6));
            dialog->findChild<QLineEdit *>(u"decidedByEdit"_s)->setText(u"Jobcenter Aarhus"_s);
            okOf(dialog)->click();
            QVERIFY(!dialog->isVisible());
            QCOMPARE(dialog->result(), int(QDialog::Accepted));
        });
        QCOMPARE(changed.count(), 1);
        const QList<Grant> grants = storage::GrantRepository(*f.db).forCourse(courseId);
        QCOMPARE(grants.size(), 2);
        QCOMPARE(grants.last().from, kStart.addMonths(6));
        QCOMPARE(grants.last().hoursPerWeek, 3.0);
        QCOMPARE(grants.last().decidedBy, u"Jobcenter Aarhus"_s);
        QCOMPARE(panel.grantRowCount(), 2);
        // Newest first.
        QCOMPARE(panel.findChild<QTableWidget *>(u"grantTable"_s)->item(0, 2)->text(), u"3.0"_s);

        // Editing corrects the selected grant.
        auto *table = panel.findChild<QTableWidget *>(u"grantTable"_s);
        auto *edit = panel.findChild<QPushButton *>(u"editGrantButton"_s);
        table->clearSelection();
        QVERIFY(!edit->isEnabled());
        table->selectRow(1);
        QVERIFY(edit->isEnabled());
        answerDialog<GrantDialog>([&] { edit->click(); }, [&](GrantDialog *dialog) {
            QCOMPARE(dialog->findChild<QDateEdit *>(u"fromEdit"_s)->date(), kStart);
            dialog->findChild<QDoubleSpinBox *>(u"hoursSpin"_s)->setValue(2.5);
            okOf(dialog)->click();
        });
        QCOMPARE(changed.count(), 2);
        QCOMPARE(storage::GrantRepository(*f.db).forCourse(courseId).first().hoursPerWeek, 2.5);
        QCOMPARE(storage::GrantRepository(*f.db).forCourse(courseId).size(), 2);
    }

    void timelineListsNewestFirstAndFilters()
    {
        Fixture f;
        const Id courseId = f.addLowCourse();
        PhaseEntry phase;
        phase.courseId = courseId;
        phase.phase = Phase::GoalsAndDirection;
        phase.enteredOn = QDate(2026, 10, 21);
        QVERIFY(storage::PhaseRepository(*f.db).add(phase).ok());
        f.setToday(QDate(2026, 10, 14));
        Goal goal;
        goal.courseId = courseId;
        goal.text = u"Tage bussen alene til praktikken"_s;
        QVERIFY(storage::GoalRepository(*f.db).add(goal).ok());
        f.setToday(kToday);
        LogbookEntry log;
        log.courseId = courseId;
        log.date = QDate(2026, 11, 18);
        log.text = u"Lille sejr: mødte op til tiden"_s;
        QVERIFY(storage::LogbookRepository(*f.db).add(log).ok());

        TimelineView view(*f.db, courseId);
        QSignalSpy activated(&view, &TimelineView::eventActivated);
        const QList<storage::TimelineEvent> all = view.shownEvents();
        QCOMPARE(view.eventCount(), int(all.size()));
        for (int i = 1; i < all.size(); ++i)
            QVERIFY2(all.at(i - 1).date >= all.at(i).date, qPrintable(all.at(i).title));
        QCOMPARE(all.first().kind, Kind::Logbook);  // 18 November, the newest
        QCOMPARE(all.first().date, QDate(2026, 11, 18));
        QList<Kind> kinds;
        for (const storage::TimelineEvent &e : all)
            kinds << e.kind;
        for (Kind k : {Kind::Meeting, Kind::Phase, Kind::Goal, Kind::Logbook, Kind::Grant, Kind::Approved, Kind::Proposed})
            QVERIFY2(kinds.contains(k), qPrintable(QString::number(int(k))));
        QCOMPARE(kinds.count(Kind::Meeting), 5);
        auto *list = view.findChild<QTreeWidget *>(u"timelineList"_s);
        QCOMPARE(list->topLevelItem(0)->text(1), all.first().title);
        QCOMPARE(list->topLevelItem(0)->text(2), u"Lille sejr: mødte op til tiden"_s);
        QCOMPARE(view.findChild<QLabel *>(u"countLabel"_s)->text(), u"%1 events"_s.arg(all.size()));

        // Hiding meetings leaves the rest, in the same order.
        view.findChild<QCheckBox *>(u"filterMeetings"_s)->setChecked(false);
        const QList<storage::TimelineEvent> shown = view.shownEvents();
        QCOMPARE(shown.size(), all.size() - 5);
        for (const storage::TimelineEvent &e : shown)
            QVERIFY(e.kind != Kind::Meeting);
        QCOMPARE(view.findChild<QLabel *>(u"countLabel"_s)->text(),
                 u"%1 of %2 events shown; tick more kinds above to see the rest."_s.arg(shown.size()).arg(all.size()));
        view.setGroupShown(TimelineView::Group::Matches, false);
        for (const storage::TimelineEvent &e : view.shownEvents())
            QVERIFY(e.kind != Kind::Approved && e.kind != Kind::Proposed);
        view.findChild<QCheckBox *>(u"filterMeetings"_s)->setChecked(true);
        QVERIFY(view.findChild<QCheckBox *>(u"filterMeetings"_s)->isChecked());
        QCOMPARE(view.shownEvents().first().kind, Kind::Logbook);

        // A double-click asks the course page to open the event.
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTreeWidgetItem *meeting = nullptr;
        for (int i = 0; i < list->topLevelItemCount() && !meeting; ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toInt() == int(Kind::Meeting))
                meeting = list->topLevelItem(i);
        QVERIFY(meeting);
        const QPoint at = list->visualItemRect(meeting).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().at(0).toInt(), int(Kind::Meeting));
        QCOMPARE(activated.first().at(1).toLongLong(), storage::MeetingRepository(*f.db).forCourse(courseId).first().id);
    }

    void endingACourseFreesTheMentorsPlace()
    {
        Fixture f;
        const Id courseId = f.addLowCourse();
        QCOMPARE(f.approvedMatchesOfMentor(), 1);
        EndCourseDialog dialog(*f.db, courseId);
        dialog.setToday(kToday);
        QCOMPARE(dialog.findChild<QDateEdit *>(u"endDateEdit"_s)->date(), kToday);
        QVERIFY(dialog.findChild<QLabel *>(u"effectLabel"_s)->text().contains(u"Søren Ærø"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // An end before the start is refused in the dialog, which stays open.
        dialog.findChild<QDateEdit *>(u"endDateEdit"_s)->setDate(QDate(2026, 9, 30));
        okOf(&dialog)->click();
        QVERIFY(dialog.isVisible());
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The end date is before the course started (2026-10-05)."_s);
        QCOMPARE(f.course(courseId).status, CourseStatus::Active);
        QCOMPARE(f.approvedMatchesOfMentor(), 1);

        auto *endDate = dialog.findChild<QDateEdit *>(u"endDateEdit"_s);
        endDate->setDate(kToday);
        auto *reason = dialog.findChild<QComboBox *>(u"reasonCombo"_s);
        reason->setCurrentIndex(reason->findData(toCode(EndingReason::Job)));
        auto *outcome = dialog.findChild<QComboBox *>(u"outcomeCombo"_s);
        outcome->setCurrentIndex(outcome->findData(toCode(Outcome::OrdinaryJob)));
        dialog.findChild<QPlainTextEdit *>(u"finalStatusEdit"_s)->setPlainText(u"Møder stabilt op; svært ved skriftlige opgaver"_s);
        auto *followUp = dialog.findChild<QWidget *>(u"followUpEdit"_s);
        followUp->findChild<QCheckBox *>()->setChecked(true);
        QCOMPARE(followUp->findChild<QDateEdit *>()->date(), kToday.addMonths(6));
        okOf(&dialog)->click();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.endingId() > 0);

        QCOMPARE(f.course(courseId).status, CourseStatus::Ended);
        QCOMPARE(f.approvedMatchesOfMentor(), 0);  // the place is free
        const QList<storage::TimelineEvent> events = storage::TimelineQueries(*f.db).forCourse(courseId);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const storage::TimelineEvent &e) {
            return e.kind == Kind::Ending && e.title == u"Course ended: job"_s;
        }));
    }

    void retOgPligtRuleIsShownAndEnforced()
    {
        Fixture f;
        const Id courseId = f.addCourse(u"Ali"_s, 2, {{QDate(2026, 10, 6), 60}}, true);
        EndCourseDialog dialog(*f.db, courseId);
        dialog.setToday(kToday);
        QVERIFY(dialog.findChild<QLabel *>(u"retOgPligtLabel"_s));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        okOf(&dialog)->click();  // outcome "unknown" is not an active offer
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(u"errorLabel"_s)->text(),
                 u"Ret-og-pligt support may only end when the mentee is in an active offer."_s);
        QCOMPARE(f.course(courseId).status, CourseStatus::Active);
    }

    void mentorChangeEndsTheMatchAndKeepsTheCourse()
    {
        Fixture f;
        const Id courseId = f.addLowCourse();
        const Id matchId = f.course(courseId).currentMatchId;
        MentorChangeDialog dialog(*f.db, courseId);
        QVERIFY(dialog.hasMentor());
        QVERIFY(dialog.findChild<QLabel *>(u"currentMentorLabel"_s)->text().contains(u"Søren Ærø"_s));
        QVERIFY(dialog.findNewMentorNow());  // on by default
        auto *why = dialog.findChild<QComboBox *>(u"whyCombo"_s);
        QCOMPARE(why->findData(toCode(MatchEndReason::CourseEnded)), -1);
        QCOMPARE(why->count(), 5);
        // The reason is required.
        QVERIFY(!okOf(&dialog)->isEnabled());
        dialog.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"   "_s);
        QVERIFY(!okOf(&dialog)->isEnabled());
        dialog.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"Ingen kemi efter tredje møde"_s);
        QVERIFY(okOf(&dialog)->isEnabled());
        why->setCurrentIndex(why->findData(toCode(MatchEndReason::NoChemistry)));
        dialog.findChild<QCheckBox *>(u"excludeCheck"_s)->setChecked(true);
        dialog.findChild<QCheckBox *>(u"findNowCheck"_s)->setChecked(false);
        QVERIFY(!dialog.findNewMentorNow());
        dialog.show();
        okOf(&dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Match match = *storage::MatchRepository(*f.db).find(matchId);
        QCOMPARE(match.state, MatchState::Ended);
        QCOMPARE(match.endReason, std::optional<MatchEndReason>(MatchEndReason::NoChemistry));
        QCOMPARE(match.reason, u"Ingen kemi efter tredje møde"_s);
        QVERIFY(match.excludePairInFuture);
        const Course course = f.course(courseId);
        QCOMPARE(course.status, CourseStatus::Active);  // open, flagged without a mentor
        QCOMPARE(course.currentMatchId, Id(0));
        QCOMPARE(storage::MeetingRepository(*f.db).forCourse(courseId).size(), 5);  // history stays
        QCOMPARE(f.approvedMatchesOfMentor(), 0);

        // Without a mentor there is nothing to change.
        MentorChangeDialog again(*f.db, courseId);
        QVERIFY(!again.hasMentor());
        again.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"igen"_s);
        QVERIFY(!okOf(&again)->isEnabled());
        QCOMPARE(again.findChild<QLabel *>(u"currentMentorLabel"_s)->text(), u"The course has no mentor to change."_s);
    }

    void mentorChangeRefusalStaysInTheDialog()
    {
        Fixture f;
        const Id courseId = f.addLowCourse();
        MentorChangeDialog dialog(*f.db, courseId);
        dialog.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"Mentor flytter"_s);
        dialog.show();
        // The match ended elsewhere meanwhile (the Matching section): storage refuses.
        QVERIFY(storage::MatchWorkflow(*f.db).end(f.course(courseId).currentMatchId, MatchEndReason::MentorUnavailable, u"flytter"_s, false).ok());
        okOf(&dialog)->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(u"errorLabel"_s)->text(), u"The course has no mentor to change."_s);
    }

    void chemistryCheckIsRecorded()
    {
        Fixture f;
        const Id courseId = f.addLowCourse();
        ChemistryDialog dialog(*f.db, courseId);
        dialog.setToday(QDate(2026, 10, 21));
        QVERIFY(dialog.findChild<QLabel *>(u"ruleLabel"_s)->text().contains(u"after 3 meetings"_s));
        QVERIFY(!dialog.noChemistry());
        QVERIFY(!dialog.findChild<QLabel *>(u"changeHint"_s)->isVisibleTo(&dialog));
        dialog.findChild<QRadioButton *>(u"noChemistryRadio"_s)->setChecked(true);
        QVERIFY(dialog.noChemistry());
        QVERIFY(dialog.findChild<QLabel *>(u"changeHint"_s)->isVisibleTo(&dialog));
        dialog.show();
        okOf(&dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Match match = *storage::MatchRepository(*f.db).find(f.course(courseId).currentMatchId);
        QCOMPARE(match.chemistry, std::optional<Chemistry>(Chemistry::NotOk));
        QCOMPARE(match.chemistryDate, QDate(2026, 10, 21));

        // Opened again, it shows what was recorded.
        ChemistryDialog again(*f.db, courseId);
        QVERIFY(again.noChemistry());
        QCOMPARE(again.date(), QDate(2026, 10, 21));
    }

    // The panel and the timeline on demo data, and the dialogs, as a coordinator sees them;
    // the images go to MENTORDESK_SCREENSHOTS (a folder) when set, else a temporary folder.
    void rendersOnDemoData()
    {
        QTemporaryDir dir;
        const QString folder = screenshotFolder(dir);
        auto db = guitest::createDatabase(dir);
        QVERIFY(db);
        const QDate today(2026, 11, 23);
        db->setClock([today] { return QDateTime(today, QTime(10, 0), Qt::UTC); });
        demo::DemoOptions options;
        options.mentors = 20;
        options.mentees = 60;
        options.seed = 2026;
        options.today = today;
        QVERIFY(demo::DemoDataGenerator(*db).generate(options).ok());

        // The active course with the longest history, and one whose hours fall short.
        storage::CourseRepository courses(*db);
        Id busiest = 0, gap = 0;
        qsizetype most = 0;
        for (const Course &c : courses.page(0, 1000)) {
            if (c.status != CourseStatus::Active)
                continue;
            const qsizetype events = storage::TimelineQueries(*db).forCourse(c.id).size();
            if (events > most) {
                most = events;
                busiest = c.id;
            }
            if (!gap && storage::HoursQueries(*db).total(c.id, today).hasGap(75))
                gap = c.id;
        }
        QVERIFY(busiest > 0);

        for (const auto &[id, name] : {std::pair{busiest, u"course-hours.png"_s}, std::pair{gap, u"course-hours-gap.png"_s}}) {
            if (!id)
                continue;
            HoursPanel panel(*db, id);
            panel.setToday(today);
            panel.resize(1000, 600);
            panel.show();
            QVERIFY(QTest::qWaitForWindowExposed(&panel));
            QVERIFY(panel.weekRowCount() > 0);
            QVERIFY(panel.grab().save(folder + u'/' + name));
        }

        TimelineView timeline(*db, busiest);
        timeline.resize(1000, 600);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QVERIFY(timeline.eventCount() > 10);
        QVERIFY(timeline.grab().save(folder + u"/course-timeline.png"_s));

        const auto shoot = [&](QDialog &dialog, const QString &name) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(folder + u'/' + name));
        };
        GrantDialog grant(*db, GrantDialog::nextGrant(*courses.find(busiest), storage::GrantRepository(*db).forCourse(busiest), today));
        shoot(grant, u"course-grant.png"_s);
        EndCourseDialog end(*db, busiest);
        shoot(end, u"course-end.png"_s);
        MentorChangeDialog change(*db, busiest);
        shoot(change, u"course-mentor-change.png"_s);
        ChemistryDialog chemistry(*db, busiest);
        chemistry.findChild<QRadioButton *>(u"noChemistryRadio"_s)->setChecked(true);
        shoot(chemistry, u"course-chemistry.png"_s);
    }
};

QTEST_MAIN(TestCourseDialogs)
#include "tst_coursedialogs.moc"
