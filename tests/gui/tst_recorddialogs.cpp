#include "guitestsupport.h"

#include "dialogs/menteedialog.h"
#include "dialogs/mentordialog.h"
#include "mainwindow.h"
#include "models/pagedtablemodel.h"
#include "recordeditor.h"
#include "views/listpage.h"

#include "i18n/translations.h"
#include "storage/auditrepository.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QAction>
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
        auto *tree = child<QTreeWidget>(&menteeDialog, u"historyTree"_s);
        QVERIFY(tree->topLevelItemCount() >= 1);
        QCOMPARE(tree->topLevelItem(0)->text(1), u"Karen Blixen"_s);
        QCOMPARE(tree->topLevelItem(0)->text(2), u"Approved"_s);
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

    // Both forms open on demo data and render; the images go to MENTORDESK_SCREENSHOTS (a
    // folder) when it is set, so docs/screenshots can be refreshed, else to a temporary folder.
    void formsRenderWithDemoData()
    {
        const QTemporaryDir scratch;
        const QString folder = guitest::screenshotFolder(scratch);
        QVERIFY(guitest::addDemoData(*m_db, 40, 120));
        Id mentorId = 0;
        storage::MatchRepository matches(*m_db);
        storage::MentorRepository(*m_db).forEach(false, [&](const Mentor &m) {
            int approved = 0;
            for (const Match &match : matches.forMentor(m.id))
                approved += match.state == MatchState::Approved ? 1 : 0;
            if (approved >= 2)
                mentorId = m.id;
            return mentorId == 0;
        });
        QVERIFY(mentorId);
        MentorDialog mentorDialog(*m_db, *storage::MentorRepository(*m_db).find(mentorId), QDate::currentDate());
        mentorDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&mentorDialog));
        QVERIFY(mentorDialog.grab().save(folder + u"/mentor-form.png"_s));
        Id menteeId = 0;
        storage::MenteeRepository(*m_db).forEach(false, [&](const Mentee &m) {
            if (matches.forMentee(m.id).size() >= 2 && !m.cpr.isEmpty())
                menteeId = m.id;
            return menteeId == 0;
        });
        if (!menteeId)
            storage::MenteeRepository(*m_db).forEach(false, [&](const Mentee &m) {
                if (!matches.forMentee(m.id).isEmpty())
                    menteeId = m.id;
                return menteeId == 0;
            });
        QVERIFY(menteeId);
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
