#include "guitestsupport.h"

#include "dialogs/menteedialog.h"
#include "dialogs/mentordialog.h"
#include "mainwindow.h"
#include "matching/matchhistorytree.h"
#include "matching/mentorsuggestionsdialog.h"
#include "models/pagedtablemodel.h"
#include "recordeditor.h"
#include "views/listpage.h"

#include "i18n/translations.h"
#include "storage/auditrepository.h"
#include "storage/matchrepository.h"
#include "storage/matchworkflow.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using gui::MenteeDialog;
using gui::MatchHistoryTree;
using gui::MentorDialog;
using guitest::child;

namespace {

const QDate kToday(2026, 11, 23);

void typeInto(QWidget *dialog, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void clickOk(QWidget *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

bool isMarked(QWidget *w)
{
    return w->property("fieldError").toBool();
}

Mentor sampleMentor()
{
    Mentor m;
    m.firstName = u"Karen"_s;
    m.lastName = u"Blixen"_s;
    m.mentorType = MentorType::Workplace;
    m.email = u"karen@example.dk"_s;
    m.phone = u"+45 20 30 40 50"_s;
    m.organisation = u"Rungstedlund"_s;
    m.gender = Gender::Female;
    m.birthYear = 1960;
    m.postcode = u"2960"_s;
    m.languages = {u"Danish"_s, u"English"_s};
    m.interests = {u"Literature"_s, u"Coffee"_s};
    m.qualifications = u"Writer"_s;
    m.capacity = 3;
    m.hoursPerWeek = 4.5;
    m.availability.set(0, 0, true);
    m.availability.set(6, 2, true);
    m.confidentialitySigned = QDate(2026, 1, 15);
    m.status = MentorStatus::Paused;
    m.notes = u"Prefers mornings"_s;
    return m;
}

Mentee sampleMentee(Id schemeId)
{
    Mentee m;
    m.firstName = u"Åse"_s;
    m.lastName = u"Øster"_s;
    m.schemeId = schemeId;
    return m;
}

Mentee namedMentee(Id schemeId, const QString &first, const QString &last)
{
    Mentee m = sampleMentee(schemeId);
    m.firstName = first;
    m.lastName = last;
    return m;
}

// What the decisions below are dated: `day` at 10:00 UTC.
void setDay(storage::Database &db, const QDate &day)
{
    db.setClock([day] { return QDateTime(day, QTime(10, 0), Qt::UTC); });
}

// The texts of one tree row, column by column.
QStringList rowTexts(const QTreeWidgetItem *item)
{
    QStringList texts;
    for (int c = 0; c < item->columnCount(); ++c)
        texts << item->text(c);
    return texts;
}

// The reason line below a history row; empty when there is none.
QString reasonText(const QTreeWidgetItem *item)
{
    const QTreeWidgetItem *reason = MatchHistoryTree::reasonItem(item);
    return reason ? reason->text(0) : QString();
}

// Types the preferred mentor age band into the mentee form.
void typeAgeBand(QWidget *dialog, int from, int to)
{
    for (const auto &[name, age] : {std::pair(u"preferredAgeFromSpin"_s, from), std::pair(u"preferredAgeToSpin"_s, to)}) {
        auto *spin = child<QSpinBox>(dialog, name);
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(age));
    }
}

} // namespace

class TestRecordDialogs : public QObject {
    Q_OBJECT

private:
    guitest::ScratchDatabase m_db;
    Id m_schemeId = 0;

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_db.open());
        Scheme scheme;
        scheme.name = u"Jobcentre mentor"_s;
        auto added = storage::SchemeRepository(*m_db).add(scheme);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        m_schemeId = *added;
    }

    void cleanup()
    {
        m_db.close();
    }

    void createsMentorByTyping()
    {
        MentorDialog dialog(*m_db, Mentor{}, kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Søren"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Ærø"_s);
        typeInto(&dialog, u"emailEdit"_s, u"soren@example.dk"_s);
        typeInto(&dialog, u"postcodeEdit"_s, u"5970"_s);
        typeInto(&dialog, u"languagesEdit"_s, u"Dansk, Engelsk"_s);
        child<QCheckBox>(&dialog, u"slot_2_1"_s)->setChecked(true);
        QSignalSpy saved(&dialog, &gui::RecordDialog::saved);
        clickOk(&dialog);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<Mentor> found = storage::MentorRepository(*m_db).withEmail(u"soren@example.dk"_s);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().fullName(), u"Søren Ærø"_s);
        QCOMPARE(found.first().languages, QStringList({u"Dansk"_s, u"Engelsk"_s}));
        QVERIFY(found.first().availability.isSet(2, 1));
        QCOMPARE(found.first().availability.slotCount(), 1);
    }

    void invalidEmailKeepsTheDialogOpen()
    {
        MentorDialog dialog(*m_db, Mentor{}, kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Søren"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Ærø"_s);
        typeInto(&dialog, u"emailEdit"_s, u"soren@"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(hasErrorFor(dialog.shownErrors(), u"email"));
        QVERIFY(isMarked(child<QLineEdit>(&dialog, u"emailEdit"_s)));
        QVERIFY(!isMarked(child<QLineEdit>(&dialog, u"firstNameEdit"_s)));
        QCOMPARE(child<QLineEdit>(&dialog, u"emailEdit"_s)->text(), u"soren@"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"firstNameEdit"_s)->text(), u"Søren"_s);
        auto *errorLabel = child<QLabel>(&dialog, u"errorLabel"_s);
        QVERIFY(errorLabel->isVisible());
        QVERIFY(!errorLabel->text().isEmpty());
        QVERIFY(!child<QLineEdit>(&dialog, u"emailEdit"_s)->toolTip().isEmpty());
        QCOMPARE(storage::MentorRepository(*m_db).count(true), 0);
        // Fixing the address saves, and the mark goes.
        typeInto(&dialog, u"emailEdit"_s, u"soren@example.dk"_s);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!isMarked(child<QLineEdit>(&dialog, u"emailEdit"_s)));
        QCOMPARE(storage::MentorRepository(*m_db).count(true), 1);
    }

    void capacityZeroIsImpossible()
    {
        MentorDialog dialog(*m_db, Mentor{}, kToday);
        auto *capacity = child<QSpinBox>(&dialog, u"capacitySpin"_s);
        capacity->setValue(0);
        QCOMPARE(capacity->value(), 1);
        capacity->selectAll();
        QTest::keyClicks(capacity, u"0"_s);
        QCOMPARE(dialog.mentor().capacity, 1);
        QVERIFY(dialog.mentor().validate(kToday).isEmpty() || !hasErrorFor(dialog.mentor().validate(kToday), u"capacity"));
    }

    void editingLoadsEveryFieldAndSavesAChange()
    {
        Mentor original = sampleMentor();
        QVERIFY(storage::MentorRepository(*m_db).add(original).ok());
        const Mentor stored = *storage::MentorRepository(*m_db).find(original.id);
        MentorDialog dialog(*m_db, stored, kToday);
        // Unchanged, the form gives back exactly what it was given.
        const Mentor shown = dialog.mentor();
        QCOMPARE(shown.firstName, stored.firstName);
        QCOMPARE(shown.lastName, stored.lastName);
        QCOMPARE(shown.mentorType, stored.mentorType);
        QCOMPARE(shown.email, stored.email);
        QCOMPARE(shown.phone, stored.phone);
        QCOMPARE(shown.organisation, stored.organisation);
        QCOMPARE(shown.gender, stored.gender);
        QCOMPARE(shown.birthYear, stored.birthYear);
        QCOMPARE(shown.postcode, stored.postcode);
        QCOMPARE(shown.languages, stored.languages);
        QCOMPARE(shown.interests, stored.interests);
        QCOMPARE(shown.qualifications, stored.qualifications);
        QCOMPARE(shown.capacity, stored.capacity);
        QCOMPARE(shown.hoursPerWeek, stored.hoursPerWeek);
        QCOMPARE(shown.availability, stored.availability);
        QCOMPARE(shown.confidentialitySigned, stored.confidentialitySigned);
        QCOMPARE(shown.status, stored.status);
        QCOMPARE(shown.notes, stored.notes);
        QCOMPARE(child<QLineEdit>(&dialog, u"organisationEdit"_s)->text(), u"Rungstedlund"_s);
        QVERIFY(child<QCheckBox>(&dialog, u"slot_6_2"_s)->isChecked());
        QVERIFY(!dialog.isModified());

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"phoneEdit"_s, u"+45 99 88 77 66"_s);
        QVERIFY(dialog.isModified());
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage::MentorRepository(*m_db).find(original.id)->phone, u"+45 99 88 77 66"_s);
        QCOMPARE(storage::MentorRepository(*m_db).count(true), 1);
    }

    void showsCurrentMenteesAndFreePlaces()
    {
        Mentor mentor = sampleMentor();
        QVERIFY(storage::MentorRepository(*m_db).add(mentor).ok());
        Mentee mentee = sampleMentee(m_schemeId);
        QVERIFY(storage::MenteeRepository(*m_db).add(mentee).ok());
        Match match;
        match.mentorId = mentor.id;
        match.menteeId = mentee.id;
        match.proposedAt = QDateTime::currentDateTime();
        storage::MatchRepository matches(*m_db);
        QVERIFY(matches.add(match).ok());
        match.state = MatchState::Approved;
        match.decidedAt = QDateTime::currentDateTime();
        const storage::Status approved = matches.update(match);
        QVERIFY2(approved.ok(), qPrintable(approved.error()));

        MentorDialog dialog(*m_db, *storage::MentorRepository(*m_db).find(mentor.id), kToday);
        auto *list = child<QListWidget>(&dialog, u"currentMenteesList"_s);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Åse Øster"_s);
        QCOMPARE(child<QLabel>(&dialog, u"freePlacesLabel"_s)->text(), u"Free places: 2 of 3"_s);

        MenteeDialog menteeDialog(*m_db, *storage::MenteeRepository(*m_db).find(mentee.id), kToday);
        auto *tree = child<QTreeWidget>(&menteeDialog, u"matchHistoryList"_s);
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->text(MatchHistoryTree::PersonColumn), u"Karen Blixen"_s);
        QCOMPARE(tree->topLevelItem(0)->text(MatchHistoryTree::StateColumn), u"Approved"_s);
    }

    // The mentor's form keeps every proposal and decision, newest proposal first, a decided one
    // with its date and a rejection with its reason on the line below.
    void mentorFormListsProposalsAndDecisionsNewestFirst()
    {
        Mentor mentor = sampleMentor();
        mentor.status = MentorStatus::Active;
        QVERIFY(storage::MentorRepository(*m_db).add(mentor).ok());
        Mentee amal = namedMentee(m_schemeId, u"Amal"_s, u"Hassan"_s);
        Mentee jens = namedMentee(m_schemeId, u"Jens"_s, u"Jensen"_s);
        Mentee omar = namedMentee(m_schemeId, u"Omar"_s, u"Ali"_s);
        for (Mentee *m : {&amal, &jens, &omar})
            QVERIFY(storage::MenteeRepository(*m_db).add(*m).ok());
        storage::MatchWorkflow workflow(*m_db);
        setDay(*m_db, QDate(2026, 11, 2));
        const auto approved = workflow.propose({amal.id, mentor.id, 81, {}, MatchSource::Suggestion});
        setDay(*m_db, QDate(2026, 11, 3));
        const auto rejected = workflow.propose({jens.id, mentor.id, 64, {}, MatchSource::Manual});
        setDay(*m_db, QDate(2026, 11, 5));
        const auto open = workflow.propose({omar.id, mentor.id, std::nullopt, {}, MatchSource::Manual});
        QVERIFY(approved.ok() && rejected.ok() && open.ok());
        setDay(*m_db, QDate(2026, 11, 9));
        const auto course = workflow.approve(*approved);
        QVERIFY2(course.ok(), qPrintable(course.error()));
        const storage::Status rejection = workflow.reject(*rejected, u"Lives too far away for weekly meetings"_s, false);
        QVERIFY2(rejection.ok(), qPrintable(rejection.error()));

        MentorDialog dialog(*m_db, *storage::MentorRepository(*m_db).find(mentor.id), kToday);
        auto *history = child<QTreeWidget>(&dialog, u"matchHistoryList"_s);
        QVERIFY(history);
        QCOMPARE(history->headerItem()->text(MatchHistoryTree::PersonColumn), u"Mentee"_s);
        QCOMPARE(history->topLevelItemCount(), 3);
        QCOMPARE(rowTexts(history->topLevelItem(0)),
                 QStringList({u"Omar Ali"_s, u"Proposed"_s, u"2026-11-05"_s, QString(), u"–"_s}));
        QCOMPARE(reasonText(history->topLevelItem(0)), QString());
        QCOMPARE(rowTexts(history->topLevelItem(1)),
                 QStringList({u"Jens Jensen"_s, u"Rejected"_s, u"2026-11-03"_s, u"2026-11-09"_s, u"64"_s}));
        QCOMPARE(reasonText(history->topLevelItem(1)), u"Reason: Lives too far away for weekly meetings"_s);
        QVERIFY(history->topLevelItem(1)->isExpanded());
        QCOMPARE(rowTexts(history->topLevelItem(2)),
                 QStringList({u"Amal Hassan"_s, u"Approved"_s, u"2026-11-02"_s, u"2026-11-09"_s, u"81"_s}));
        QCOMPARE(reasonText(history->topLevelItem(2)), QString());
        // The current mentees are the approved ones only.
        auto *current = child<QListWidget>(&dialog, u"currentMenteesList"_s);
        QCOMPARE(current->count(), 1);
        QCOMPARE(current->item(0)->text(), u"Amal Hassan"_s);

        // A mentor without any shows that there is nothing yet.
        Mentor other = sampleMentor();
        other.email = u"other@example.dk"_s;
        QVERIFY(storage::MentorRepository(*m_db).add(other).ok());
        MentorDialog empty(*m_db, other, kToday);
        auto *none = child<QTreeWidget>(&empty, u"matchHistoryList"_s);
        QCOMPARE(none->topLevelItemCount(), 1);
        QCOMPARE(none->topLevelItem(0)->text(0), u"No proposals yet"_s);
    }

    // The mentee's form: each mentor by name, the state, and the reason for a rejection and an
    // ending (with why it ended); the course under its own heading.
    void menteeFormListsMentorsStatesAndReasons()
    {
        Mentor bo = sampleMentor();
        bo.firstName = u"Bo"_s;
        bo.lastName = u"Dahl"_s;
        bo.email = u"bo@example.dk"_s;
        bo.status = MentorStatus::Active;
        Mentor karen = sampleMentor();
        karen.status = MentorStatus::Active;
        QVERIFY(storage::MentorRepository(*m_db).add(bo).ok());
        QVERIFY(storage::MentorRepository(*m_db).add(karen).ok());
        Mentee mentee = sampleMentee(m_schemeId);
        QVERIFY(storage::MenteeRepository(*m_db).add(mentee).ok());
        storage::MatchWorkflow workflow(*m_db);
        setDay(*m_db, QDate(2026, 10, 1));
        const auto first = workflow.propose({mentee.id, bo.id, 58, {}, MatchSource::Manual});
        QVERIFY(first.ok());
        setDay(*m_db, QDate(2026, 10, 2));
        QVERIFY(workflow.reject(*first, u"Bo only has evenings free"_s, true).ok());
        const auto second = workflow.propose({mentee.id, karen.id, 77, {}, MatchSource::Suggestion});
        QVERIFY(second.ok());
        setDay(*m_db, QDate(2026, 10, 6));
        QVERIFY(workflow.approve(*second).ok());
        setDay(*m_db, QDate(2026, 11, 20));
        QVERIFY(workflow.end(*second, MatchEndReason::NoChemistry, u"They never found a rhythm"_s, false).ok());

        MenteeDialog dialog(*m_db, *storage::MenteeRepository(*m_db).find(mentee.id), kToday);
        auto *history = child<QTreeWidget>(&dialog, u"matchHistoryList"_s);
        QCOMPARE(history->headerItem()->text(MatchHistoryTree::PersonColumn), u"Mentor"_s);
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(rowTexts(history->topLevelItem(0)),
                 QStringList({u"Karen Blixen"_s, u"Ended"_s, u"2026-10-02"_s, u"2026-11-20"_s, u"77"_s}));
        QCOMPARE(reasonText(history->topLevelItem(0)), u"Reason: No chemistry – They never found a rhythm"_s);
        QCOMPARE(rowTexts(history->topLevelItem(1)),
                 QStringList({u"Bo Dahl"_s, u"Rejected"_s, u"2026-10-01"_s, u"2026-10-02"_s, u"58"_s}));
        QCOMPARE(reasonText(history->topLevelItem(1)), u"Reason: Bo only has evenings free"_s);
        // The course the approval opened stays, without a mentor since the ending.
        auto *courses = child<QTreeWidget>(&dialog, u"courseTree"_s);
        QCOMPARE(courses->topLevelItemCount(), 1);
        QCOMPARE(courses->topLevelItem(0)->text(2), u"2026-10-06"_s);
    }

    // "Suggest mentees…" ranks the open mentees for a saved, active mentor; proposing one stores
    // the proposal and the form's history shows it at once.
    void suggestMenteesProposesFromTheMentorsForm()
    {
        Mentor mentor = sampleMentor();
        mentor.status = MentorStatus::Active;
        mentor.mentorType = MentorType::Volunteer;
        mentor.languages = {u"arabisk"_s, u"dansk"_s};
        mentor.interests = {u"fodbold"_s};
        mentor.postcode = u"8000"_s;
        QVERIFY(storage::MentorRepository(*m_db).add(mentor).ok());
        const auto addMentee = [this](const QString &first, const QString &last, const QStringList &languages,
                                      const QStringList &interests, const QString &postcode) {
            Mentee m = namedMentee(m_schemeId, first, last);
            m.languages = languages;
            m.interests = interests;
            m.postcode = postcode;
            return *storage::MenteeRepository(*m_db).add(m);
        };
        const Id amal = addMentee(u"Amal"_s, u"Hassan"_s, {u"arabisk"_s, u"dansk"_s}, {u"fodbold"_s}, u"8000"_s);
        addMentee(u"Jens"_s, u"Jensen"_s, {u"dansk"_s}, {u"strik"_s}, u"9990"_s);
        // Omar has a mentor already: not open, not suggested.
        const Id omar = addMentee(u"Omar"_s, u"Ali"_s, {u"arabisk"_s}, {u"fodbold"_s}, u"8000"_s);
        Mentor other = sampleMentor();
        other.email = u"other@example.dk"_s;
        other.status = MentorStatus::Active;
        QVERIFY(storage::MentorRepository(*m_db).add(other).ok());
        const auto omarsMatch = storage::MatchWorkflow(*m_db).propose({omar, other.id, 50, {}, MatchSource::Manual});
        QVERIFY(omarsMatch.ok() && storage::MatchWorkflow(*m_db).approve(*omarsMatch).ok());

        MentorDialog dialog(*m_db, *storage::MentorRepository(*m_db).find(mentor.id), kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = child<QPushButton>(&dialog, u"suggestMenteesButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        auto *suggestions = qobject_cast<gui::MentorSuggestionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(suggestions);
        QPointer<gui::MentorSuggestionsDialog> guard(suggestions);
        QCOMPARE(suggestions->windowModality(), Qt::WindowModal);
        QCOMPARE(suggestions->parentWidget(), &dialog);
        QVERIFY(QTest::qWaitForWindowExposed(suggestions));
        QCOMPARE(child<QLabel>(suggestions, u"suggestionTitle"_s)->text(), u"Best mentees for Karen Blixen"_s);
        auto *list = child<QTreeWidget>(suggestions, u"suggestionList"_s);
        QCOMPARE(list->topLevelItemCount(), 2);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Amal Hassan"_s);
        QCOMPARE(list->topLevelItem(1)->text(1), u"Jens Jensen"_s);
        const int best = list->topLevelItem(0)->text(0).toInt();
        QCOMPARE_GT(best, list->topLevelItem(1)->text(0).toInt());
        QVERIFY(child<QListWidget>(suggestions, u"explanationList"_s)->count() > 0);

        list->setCurrentItem(list->topLevelItem(0));
        QTest::mouseClick(child<QPushButton>(suggestions, u"proposeButton"_s), Qt::LeftButton);
        const QList<Match> stored = storage::MatchRepository(*m_db).forMentor(mentor.id);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().menteeId, amal);
        QCOMPARE(stored.first().state, MatchState::Proposed);
        QCOMPARE(stored.first().source, MatchSource::Suggestion);
        QCOMPARE(stored.first().score, std::optional<int>(best));
        // The form behind lists the proposal at once.
        auto *history = child<QTreeWidget>(&dialog, u"matchHistoryList"_s);
        QCOMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->text(MatchHistoryTree::PersonColumn), u"Amal Hassan"_s);
        QCOMPARE(history->topLevelItem(0)->text(MatchHistoryTree::StateColumn), u"Proposed"_s);
        QCOMPARE(history->topLevelItem(0)->text(MatchHistoryTree::ScoreColumn), QString::number(best));
        QVERIFY(!dialog.isModified());  // a proposal is no change to the mentor's record

        QTest::mouseClick(child<QDialogButtonBox>(suggestions, QString())->button(QDialogButtonBox::Close), Qt::LeftButton);
        QTRY_VERIFY(guard.isNull());
        QVERIFY(dialog.isVisible());
    }

    void suggestMenteesNeedsASavedActiveMentor()
    {
        MentorDialog fresh(*m_db, Mentor{}, kToday);
        QVERIFY(!child<QPushButton>(&fresh, u"suggestMenteesButton"_s)->isEnabled());
        Mentor paused = sampleMentor();  // paused
        QVERIFY(storage::MentorRepository(*m_db).add(paused).ok());
        MentorDialog pausedDialog(*m_db, paused, kToday);
        QVERIFY(!child<QPushButton>(&pausedDialog, u"suggestMenteesButton"_s)->isEnabled());
        // Active, until the form is switched to another status.
        paused.status = MentorStatus::Active;
        QVERIFY(storage::MentorRepository(*m_db).update(paused).ok());
        MentorDialog active(*m_db, paused, kToday);
        auto *button = child<QPushButton>(&active, u"suggestMenteesButton"_s);
        QVERIFY(button->isEnabled());
        auto *status = child<QComboBox>(&active, u"statusCombo"_s);
        status->setCurrentIndex(status->findText(u"Paused"_s));
        QVERIFY(!button->isEnabled());
    }

    void asksBeforeDiscardingOnlyWhenChanged()
    {
        int asked = 0;
        {
            MentorDialog dialog(*m_db, Mentor{}, kToday);
            dialog.setDiscardQuestion([&asked] { ++asked; return false; });
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.reject();
            QCOMPARE(asked, 0);
            QVERIFY(!dialog.isVisible());
        }
        MentorDialog dialog(*m_db, Mentor{}, kToday);
        bool answer = false;
        dialog.setDiscardQuestion([&asked, &answer] { ++asked; return answer; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Søren"_s);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible());  // "Cancel": keep editing, nothing lost
        QCOMPARE(child<QLineEdit>(&dialog, u"firstNameEdit"_s)->text(), u"Søren"_s);
        answer = true;
        dialog.close();
        QCOMPARE(asked, 2);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void duplicateEmailNeedsASecondOk()
    {
        Mentor existing = sampleMentor();
        QVERIFY(storage::MentorRepository(*m_db).add(existing).ok());
        MentorDialog dialog(*m_db, Mentor{}, kToday);
        QSignalSpy openIt(&dialog, &gui::RecordDialog::openDuplicateRequested);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Karen"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Dinesen"_s);
        typeInto(&dialog, u"emailEdit"_s, u"KAREN@example.dk"_s);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QFrame>(&dialog, u"duplicateFrame"_s)->isVisible());
        QVERIFY(child<QLabel>(&dialog, u"duplicateLabel"_s)->text().contains(u"Karen Blixen"_s));
        QCOMPARE(storage::MentorRepository(*m_db).count(true), 1);
        QTest::mouseClick(child<QPushButton>(&dialog, u"openDuplicateButton"_s), Qt::LeftButton);
        QCOMPARE(openIt.size(), 1);
        QCOMPARE(openIt.first().first().toLongLong(), existing.id);
        clickOk(&dialog);  // "Save anyway"
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage::MentorRepository(*m_db).count(true), 2);
    }

    void createsMenteeByTyping()
    {
        MenteeDialog dialog(*m_db, Mentee{}, kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Åse"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Øster"_s);
        clickOk(&dialog);
        // No scheme chosen yet: refused, the combo marked.
        QVERIFY(dialog.isVisible());
        QVERIFY(isMarked(child<QComboBox>(&dialog, u"schemeCombo"_s)));
        auto *scheme = child<QComboBox>(&dialog, u"schemeCombo"_s);
        scheme->setCurrentIndex(scheme->findData(m_schemeId));
        typeInto(&dialog, u"cprEdit"_s, u"0101901234"_s);
        child<QCheckBox>(&dialog, u"retOgPligtCheck"_s)->setChecked(true);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto found = storage::MenteeRepository(*m_db).withCpr(u"010190-1234"_s);
        QVERIFY(found);
        QCOMPARE(found->fullName(), u"Åse Øster"_s);
        QCOMPARE(found->schemeId, m_schemeId);
        QVERIFY(found->retOgPligt);
        QCOMPARE(found->registeredOn, kToday);
    }

    void menteeAvailabilityAndAgeBandRoundTrip()
    {
        Mentee mentee = sampleMentee(m_schemeId);
        QVERIFY(storage::MenteeRepository(*m_db).add(mentee).ok());
        MenteeDialog dialog(*m_db, *storage::MenteeRepository(*m_db).find(mentee.id), kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *from = child<QSpinBox>(&dialog, u"preferredAgeFromSpin"_s);
        auto *to = child<QSpinBox>(&dialog, u"preferredAgeToSpin"_s);
        QCOMPARE(from->text(), u"Any"_s);
        QCOMPARE(to->text(), u"Any"_s);
        QVERIFY(!dialog.isModified());
        QTest::mouseClick(child<QCheckBox>(&dialog, u"slot_1_0"_s), Qt::LeftButton);
        QVERIFY(dialog.isModified());  // a slot alone counts as a change
        QTest::mouseClick(child<QCheckBox>(&dialog, u"slot_4_2"_s), Qt::LeftButton);
        typeAgeBand(&dialog, 30, 55);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Mentee stored = *storage::MenteeRepository(*m_db).find(mentee.id);
        QCOMPARE(stored.preferredMentorAgeFrom, std::optional<int>(30));
        QCOMPARE(stored.preferredMentorAgeTo, std::optional<int>(55));
        QVERIFY(stored.availability.isSet(1, 0));
        QVERIFY(stored.availability.isSet(4, 2));
        QCOMPARE(stored.availability.slotCount(), 2);

        // Opened again, the form shows what was stored and gives it back unchanged.
        MenteeDialog again(*m_db, stored, kToday);
        QCOMPARE(child<QSpinBox>(&again, u"preferredAgeFromSpin"_s)->value(), 30);
        QCOMPARE(child<QSpinBox>(&again, u"preferredAgeToSpin"_s)->value(), 55);
        QVERIFY(child<QCheckBox>(&again, u"slot_4_2"_s)->isChecked());
        QCOMPARE(again.mentee().availability, stored.availability);
        QCOMPARE(again.mentee().preferredMentorAgeFrom, stored.preferredMentorAgeFrom);
        QCOMPARE(again.mentee().preferredMentorAgeTo, stored.preferredMentorAgeTo);
        QVERIFY(!again.isModified());
        // Back to "Any" (one step down from the lowest age) stores no band.
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        auto *againTo = child<QSpinBox>(&again, u"preferredAgeToSpin"_s);
        againTo->setValue(againTo->minimum());
        QCOMPARE(againTo->text(), u"Any"_s);
        QVERIFY(again.isModified());
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(storage::MenteeRepository(*m_db).find(mentee.id)->preferredMentorAgeTo, std::nullopt);
        QCOMPARE(storage::MenteeRepository(*m_db).find(mentee.id)->preferredMentorAgeFrom, std::optional<int>(30));
    }

    void menteeAgeBandUpsideDownIsRefused()
    {
        MenteeDialog dialog(*m_db, Mentee{}, kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Åse"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Øster"_s);
        auto *scheme = child<QComboBox>(&dialog, u"schemeCombo"_s);
        scheme->setCurrentIndex(scheme->findData(m_schemeId));
        auto *from = child<QSpinBox>(&dialog, u"preferredAgeFromSpin"_s);
        auto *to = child<QSpinBox>(&dialog, u"preferredAgeToSpin"_s);
        typeAgeBand(&dialog, 60, 30);
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        QVERIFY(hasErrorFor(dialog.shownErrors(), u"preferred_mentor_age"));
        QWidget *band = dialog.widgetForField(u"preferred_mentor_age"_s);
        QVERIFY(band);
        QVERIFY(band->isAncestorOf(from) && band->isAncestorOf(to));
        QVERIFY(isMarked(band));
        QVERIFY(!band->toolTip().isEmpty());
        QVERIFY(!isMarked(child<QLineEdit>(&dialog, u"firstNameEdit"_s)));
        QCOMPARE(dialog.focusWidget(), from);  // the first field in error gets the focus
        QCOMPARE(from->value(), 60);  // nothing typed is lost
        QCOMPARE(to->value(), 30);
        QCOMPARE(storage::MenteeRepository(*m_db).count(true), 0);
        // Put right, it saves and the mark goes.
        typeAgeBand(&dialog, 60, 70);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!isMarked(band));
        QCOMPARE(storage::MenteeRepository(*m_db).count(true), 1);
    }

    void cprDuplicateCanNeverBeSaved()
    {
        Mentee existing;
        existing.firstName = u"Åse"_s;
        existing.lastName = u"Øster"_s;
        existing.cpr = u"010190-1234"_s;
        existing.schemeId = m_schemeId;
        QVERIFY(storage::MenteeRepository(*m_db).add(existing).ok());
        MenteeDialog dialog(*m_db, Mentee{}, kToday);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeInto(&dialog, u"firstNameEdit"_s, u"Aase"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Oester"_s);
        typeInto(&dialog, u"cprEdit"_s, u"010190-1234"_s);
        auto *scheme = child<QComboBox>(&dialog, u"schemeCombo"_s);
        scheme->setCurrentIndex(scheme->findData(m_schemeId));
        for (int attempt = 0; attempt < 2; ++attempt) {
            clickOk(&dialog);
            QVERIFY(dialog.isVisible());
            QVERIFY(isMarked(child<QLineEdit>(&dialog, u"cprEdit"_s)));
            QCOMPARE(child<QLabel>(&dialog, u"duplicateLabel"_s)->text(),
                     u"A mentee with this CPR number is already registered: Åse Øster"_s);
        }
        QCOMPARE(storage::MenteeRepository(*m_db).count(true), 1);
    }

    void duplicateMenteeEmailNeedsASecondOk()
    {
        Mentee existing;
        existing.firstName = u"Åse"_s;
        existing.lastName = u"Øster"_s;
        existing.email = u"aase@example.dk"_s;
        existing.schemeId = m_schemeId;
        QVERIFY(storage::MenteeRepository(*m_db).add(existing).ok());
        MenteeDialog dialog(*m_db, Mentee{}, kToday);
        typeInto(&dialog, u"firstNameEdit"_s, u"Åse"_s);
        typeInto(&dialog, u"lastNameEdit"_s, u"Vester"_s);
        typeInto(&dialog, u"emailEdit"_s, u"aase@example.dk"_s);
        auto *scheme = child<QComboBox>(&dialog, u"schemeCombo"_s);
        scheme->setCurrentIndex(scheme->findData(m_schemeId));
        dialog.accept();
        QVERIFY(child<QLabel>(&dialog, u"duplicateLabel"_s)->text().contains(u"Åse Øster"_s));
        QCOMPARE(storage::MenteeRepository(*m_db).count(true), 1);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage::MenteeRepository(*m_db).count(true), 2);
    }

    void archivingHidesTheMentorFromTheList()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        i18n::Translations translations;
        gui::MainWindow window(settings, translations);
        QCOMPARE(window.openDatabase(dir.filePath(u"w.sqlite"_s), storage::Database::Mode::CreateIfMissing), QString());
        Mentor mentor = sampleMentor();
        mentor.status = MentorStatus::Active;
        QVERIFY(storage::MentorRepository(*window.database()).add(mentor).ok());
        window.refresh();
        gui::ListPage *page = window.listPage(gui::MainWindow::Section::Mentors);
        QCOMPARE(page->model()->totalCount(), 1);

        MentorDialog *dialog = window.recordEditor()->openMentor(mentor.id);
        QVERIFY(dialog);
        QPointer<MentorDialog> guard(dialog);
        int asked = 0;
        dialog->setArchiveQuestion([&asked] { ++asked; return true; });
        auto *archive = child<QPushButton>(dialog, u"archiveButton"_s);
        QVERIFY(archive->isVisible());
        QTest::mouseClick(archive, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QTRY_VERIFY(guard.isNull());  // closed and deleted
        QCOMPARE(storage::MentorRepository(*window.database()).find(mentor.id)->status, MentorStatus::Archived);
        QCOMPARE(page->model()->totalCount(), 0);  // refreshed after the save
    }

    void openingARecordAuditsARead()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        i18n::Translations translations;
        gui::MainWindow window(settings, translations);
        QCOMPARE(window.openDatabase(dir.filePath(u"w.sqlite"_s), storage::Database::Mode::CreateIfMissing), QString());
        Mentor mentor = sampleMentor();
        QVERIFY(storage::MentorRepository(*window.database()).add(mentor).ok());
        const auto reads = [&window](const QString &entity, Id id) {
            int n = 0;
            for (const AuditEvent &event : storage::AuditRepository(*window.database()).forRecord(entity, id))
                n += event.action == AuditAction::Read ? 1 : 0;
            return n;
        };
        QCOMPARE(reads(u"mentor"_s, mentor.id), 0);
        // As a double-click in the list does.
        Q_EMIT window.listPage(gui::MainWindow::Section::Mentors)->recordActivated(mentor.id);
        QCOMPARE(reads(u"mentor"_s, mentor.id), 1);
        auto dialogs = window.findChildren<MentorDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QCOMPARE(dialogs.first()->mentor().email, u"karen@example.dk"_s);
        dialogs.first()->close();

        Scheme scheme;
        scheme.name = u"School"_s;
        QVERIFY(storage::SchemeRepository(*window.database()).add(scheme).ok());
        Mentee mentee = sampleMentee(scheme.id);
        QVERIFY(storage::MenteeRepository(*window.database()).add(mentee).ok());
        Q_EMIT window.listPage(gui::MainWindow::Section::Mentees)->recordActivated(mentee.id);
        QCOMPARE(reads(u"mentee"_s, mentee.id), 1);
        // A new record reads nothing.
        QVERIFY(window.recordEditor()->newMentor());
        QCOMPARE(reads(u"mentor"_s, mentor.id), 1);
    }

    void archivingAMenteeKeepsTheRecord()
    {
        Mentee mentee = sampleMentee(m_schemeId);
        QVERIFY(storage::MenteeRepository(*m_db).add(mentee).ok());
        const int listed = storage::MenteeRepository(*m_db).count(false);
        MenteeDialog dialog(*m_db, *storage::MenteeRepository(*m_db).find(mentee.id), kToday);
        bool answer = false;
        dialog.setArchiveQuestion([&answer] { return answer; });
        QTest::mouseClick(child<QPushButton>(&dialog, u"archiveButton"_s), Qt::LeftButton);
        QCOMPARE(storage::MenteeRepository(*m_db).find(mentee.id)->status, MenteeStatus::Waiting);  // declined
        answer = true;
        QTest::mouseClick(child<QPushButton>(&dialog, u"archiveButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage::MenteeRepository(*m_db).find(mentee.id)->status, MenteeStatus::Archived);
        QCOMPARE(storage::MenteeRepository(*m_db).count(false), listed - 1);
        QCOMPARE(storage::MenteeRepository(*m_db).count(true), listed);
        // A new record has nothing to archive.
        MenteeDialog fresh(*m_db, Mentee{}, kToday);
        QVERIFY(!child<QPushButton>(&fresh, u"archiveButton"_s)->isVisibleTo(&fresh));
    }

    void registerMenuOpensTheForms()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        i18n::Translations translations;
        gui::MainWindow window(settings, translations);
        QAction *newMentor = nullptr;
        for (QAction *action : window.findChildren<QAction *>())
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M))
                newMentor = action;
        QVERIFY(newMentor);
        QVERIFY(!newMentor->isEnabled());  // no file open yet
        QCOMPARE(window.openDatabase(dir.filePath(u"w.sqlite"_s), storage::Database::Mode::CreateIfMissing), QString());
        QVERIFY(newMentor->isEnabled());
        newMentor->trigger();
        const auto dialogs = window.findChildren<MentorDialog *>();
        QCOMPARE(dialogs.size(), 1);
        QVERIFY(dialogs.first()->isVisible());
        QCOMPARE(dialogs.first()->windowModality(), Qt::WindowModal);
        QCOMPARE(dialogs.first()->windowTitle(), u"New mentor"_s);
        // A save refreshes the list behind the form.
        gui::ListPage *page = window.listPage(gui::MainWindow::Section::Mentors);
        QCOMPARE(page->model()->totalCount(), 0);
        typeInto(dialogs.first(), u"firstNameEdit"_s, u"Søren"_s);
        typeInto(dialogs.first(), u"lastNameEdit"_s, u"Ærø"_s);
        typeInto(dialogs.first(), u"phoneEdit"_s, u"20304050"_s);
        dialogs.first()->accept();
        QCOMPARE(page->model()->totalCount(), 1);
    }

    // Both forms and the mentor's suggestions open on demo data and render; the images go to
    // MENTORDESK_SCREENSHOTS (a folder) when it is set, so docs/screenshots can be refreshed, else
    // to a temporary folder.
    void formsRenderWithDemoData()
    {
        const QTemporaryDir scratch;
        const QString folder = guitest::screenshotFolder(scratch);
        QVERIFY(guitest::addDemoData(*m_db, 40, 120));
        storage::MatchRepository matches(*m_db);
        const auto approvedOf = [&matches](Id mentorId) {
            int approved = 0;
            for (const Match &match : matches.forMentor(mentorId))
                approved += match.state == MatchState::Approved ? 1 : 0;
            return approved;
        };
        // A mentor with two mentees and room for more, and another with a free place.
        Id mentorId = 0;
        Id otherMentorId = 0;
        storage::MentorRepository(*m_db).forEach(false, [&](const Mentor &m) {
            if (m.status != MentorStatus::Active)
                return true;
            const int approved = approvedOf(m.id);
            if (!mentorId && approved >= 2 && m.capacity - approved >= 2)
                mentorId = m.id;
            else if (!otherMentorId && m.capacity - approved >= 1)
                otherMentorId = m.id;
            return !mentorId || !otherMentorId;
        });
        QVERIFY(mentorId && otherMentorId);
        // The demo data has approved and ended matches only: add a rejection and an open proposal
        // to the mentor's history, and a rejection before an approval to a waiting mentee's.
        const qsizetype mentorHistory = matches.forMentor(mentorId).size();
        QList<Id> waiting;
        storage::MenteeRepository(*m_db).forEach(false, [&](const Mentee &m) {
            if (m.status == MenteeStatus::Waiting && matches.forMentee(m.id).isEmpty() && !m.cpr.isEmpty())
                waiting << m.id;
            return waiting.size() < 3;
        });
        QCOMPARE(waiting.size(), 3);
        storage::MatchWorkflow workflow(*m_db);
        const auto rejected = workflow.propose({waiting[0], mentorId, 62, {}, MatchSource::Suggestion});
        QVERIFY(rejected.ok());
        QVERIFY(workflow.reject(*rejected, u"Kan kun mødes om aftenen, og mentoren arbejder sent på hverdage."_s, false).ok());
        QVERIFY(workflow.propose({waiting[1], mentorId, 71, {}, MatchSource::Suggestion}).ok());
        const Id menteeId = waiting[2];
        const auto turnedDown = workflow.propose({menteeId, mentorId, 58, {}, MatchSource::Manual});
        QVERIFY(turnedDown.ok());
        QVERIFY(workflow.reject(*turnedDown, u"Bor for langt væk til ugentlige møder."_s, false).ok());
        const auto approved = workflow.propose({menteeId, otherMentorId, 76, {}, MatchSource::Suggestion});
        QVERIFY(approved.ok());
        QVERIFY(workflow.approve(*approved).ok());

        MentorDialog mentorDialog(*m_db, *storage::MentorRepository(*m_db).find(mentorId), QDate::currentDate());
        mentorDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mentorDialog));
        QCOMPARE(child<QTreeWidget>(&mentorDialog, u"matchHistoryList"_s)->topLevelItemCount(), int(mentorHistory) + 3);
        QVERIFY(mentorDialog.grab().save(folder + u"/mentor-form.png"_s));
        QTest::mouseClick(child<QPushButton>(&mentorDialog, u"suggestMenteesButton"_s), Qt::LeftButton);
        auto *suggestions = qobject_cast<gui::MentorSuggestionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(suggestions);
        QVERIFY(QTest::qWaitForWindowExposed(suggestions));
        QVERIFY(child<QTreeWidget>(suggestions, u"suggestionList"_s)->topLevelItemCount() > 3);
        QVERIFY(suggestions->grab().save(folder + u"/mentor-suggestions.png"_s));
        suggestions->close();

        Mentee shownMentee = *storage::MenteeRepository(*m_db).find(menteeId);
        if (shownMentee.availability.slotCount() == 0) {  // the demo data leaves the matching wishes empty
            shownMentee.availability.set(0, 1, true);
            shownMentee.availability.set(2, 0, true);
            shownMentee.availability.set(2, 1, true);
            shownMentee.availability.set(3, 2, true);
        }
        if (!shownMentee.preferredMentorAgeFrom && !shownMentee.preferredMentorAgeTo) {
            shownMentee.preferredMentorAgeFrom = 30;
            shownMentee.preferredMentorAgeTo = 60;
        }
        MenteeDialog menteeDialog(*m_db, shownMentee, QDate::currentDate());
        menteeDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&menteeDialog));
        QCOMPARE(child<QTreeWidget>(&menteeDialog, u"matchHistoryList"_s)->topLevelItemCount(), 2);
        QVERIFY(menteeDialog.grab().save(folder + u"/mentee-form.png"_s));
        // How refused input looks: marked fields and the list of messages.
        Mentor invalid;
        invalid.firstName = u"Søren"_s;
        invalid.email = u"soren@"_s;
        invalid.mentorType = MentorType::Workplace;
        MentorDialog errorDialog(*m_db, invalid, QDate::currentDate());
        errorDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&errorDialog));
        errorDialog.accept();
        QVERIFY(errorDialog.isVisible());
        QVERIFY(errorDialog.grab().save(folder + u"/mentor-form-errors.png"_s));
    }
};

QTEST_MAIN(TestRecordDialogs)
#include "tst_recorddialogs.moc"
