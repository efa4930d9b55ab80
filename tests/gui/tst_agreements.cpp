#include "guitestsupport.h"

#include "course/agreementsignaturesdialog.h"
#include "course/agreementtab.h"
#include "course/attentionpanel.h"
#include "course/coursewindow.h"
#include "dialogs/agreementsettingsdialog.h"
#include "dialogs/mentordialog.h"
#include "i18n/translations.h"
#include "widgets/optionaldateedit.h"

#include "agreements/agreementservice.h"
#include "agreements/shippedtexts.h"
#include "storage/agreementrepository.h"
#include "storage/agreementtemplaterepository.h"
#include "storage/auditrepository.h"
#include "storage/courserepository.h"
#include "storage/grantrepository.h"
#include "storage/matchrepository.h"
#include "storage/mentorrepository.h"
#include "storage/organisationrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::gui;
using mentordesk::agreements::AgreementService;
using guitest::child;

namespace {

const QDate kToday(2026, 11, 23);

int printsOf(storage::Database &db, const QString &entity, Id id)
{
    int prints = 0;
    for (const AuditEvent &e : storage::AuditRepository(db).forRecord(entity, id))
        prints += e.action == AuditAction::Print ? 1 : 0;
    return prints;
}

// A print preview that "prints" into a PDF in `dir`, so the painting is exercised too.
PrintRunner printingInto(const QString &pdf, int *runs)
{
    return [pdf, runs](QWidget *, const QString &, const PagePainter &paint) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(pdf);
        agreements::DocumentPrinter::setUpPage(printer);
        paint(&printer);
        ++*runs;
        return true;
    };
}

} // namespace

class TestAgreements : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_scratch;  // a new file for each test
    std::unique_ptr<storage::Database> m_db;
    Id m_course = 0;  // active, with a current agreement filled by MentorDesk

private Q_SLOTS:
    void init()
    {
        m_scratch = std::make_unique<QTemporaryDir>();
        m_db = guitest::createDatabase(*m_scratch);
        QVERIFY(m_db);
        m_db->setClock([] { return QDateTime(kToday, QTime(10, 0), Qt::UTC); });
        m_db->setCurrentUser(u"hanne"_s);
        demo::DemoOptions options;
        options.mentors = 20;
        options.mentees = 60;
        options.seed = 2026;
        options.today = kToday;
        QVERIFY(demo::DemoDataGenerator(*m_db).generate(options).ok());
        agreements::AgreementService service(*m_db);
        m_course = 0;
        for (const Course &c : storage::CourseRepository(*m_db).page(0, 1000))
            if (c.status == CourseStatus::Active && service.state(c.id).current()) {
                m_course = c.id;
                break;
            }
        QVERIFY(m_course > 0);
    }
    void cleanup()
    {
        m_db.reset();
        m_scratch.reset();
    }

    void tabTellsWhenANewAgreementIsDue()
    {
        AgreementTab tab(*m_db, m_course);
        QVERIFY2(tab.statusText().contains(u"still says what the course says."_s), qPrintable(tab.statusText()));
        const int versions = child<QTreeWidget>(&tab, u"agreementList"_s)->topLevelItemCount();
        QVERIFY(versions >= 1);

        Course course = *storage::CourseRepository(*m_db).find(m_course);
        course.mentorTasks = u"Samtaler hver anden uge og hjælp til jobsøgning"_s;
        QVERIFY(storage::CourseRepository(*m_db).update(course).ok());
        tab.reload();
        QVERIFY2(tab.statusText().contains(u"A new agreement is due"_s), qPrintable(tab.statusText()));
        QVERIFY(tab.statusText().contains(u"The mentor&#x27;s tasks"_s) || tab.statusText().contains(u"The mentor's tasks"_s));

        // The course page says so too, and its link opens the tab.
        CourseWindow window(*m_db, m_course);
        window.setToday(kToday);
        QVERIFY2(window.attentionText().contains(u"A new mentor agreement is due"_s), qPrintable(window.attentionText()));
        window.tabs()->setCurrentIndex(CourseWindow::FormTabIndex);
        window.openAt(CoursePlace::Agreement);
        QCOMPARE(window.tabs()->currentWidget(), window.agreement());

        // An ended course needs no new agreement.
        course.status = CourseStatus::Ended;
        QVERIFY(storage::CourseRepository(*m_db).update(course).ok());
        tab.reload();
        QVERIFY2(!tab.statusText().contains(u"due"_s), qPrintable(tab.statusText()));
        window.setToday(kToday);
        QVERIFY2(!window.attentionText().contains(u"agreement"_s), qPrintable(window.attentionText()));
    }

    void printingSavesTheNextVersion()
    {
        AgreementTab tab(*m_db, m_course);
        QString reported;
        tab.setErrorReporter([&](const QString &message) { reported = message; });
        const int before = int(storage::AgreementRepository(*m_db).forCourse(m_course).size());
        int runs = 0;
        const QString pdf = m_scratch->filePath(u"printed.pdf"_s);

        // Closing the preview without printing saves nothing.
        tab.setPrintRunner([&runs](QWidget *, const QString &, const PagePainter &) { ++runs; return false; });
        tab.startNew();
        QCOMPARE(runs, 1);
        QCOMPARE(int(storage::AgreementRepository(*m_db).forCourse(m_course).size()), before);

        tab.setPrintRunner(printingInto(pdf, &runs));
        QSignalSpy changed(&tab, &CourseTab::changed);
        child<QComboBox>(&tab, u"agreementLanguage"_s)->setCurrentIndex(1);  // English
        tab.reload();  // a change elsewhere on the course page keeps the choice
        QCOMPARE(child<QComboBox>(&tab, u"agreementLanguage"_s)->currentIndex(), 1);
        tab.startNew();
        QCOMPARE(changed.count(), 1);
        const auto latest = storage::AgreementRepository(*m_db).latest(m_course);
        QVERIFY(latest.has_value());
        QCOMPARE(latest->version, before + 1);
        QCOMPARE(latest->language, AgreementLanguage::English);
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QCOMPARE(child<QTreeWidget>(&tab, u"agreementList"_s)->topLevelItemCount(), before + 1);
        QVERIFY(tab.statusText().contains(u"Version %1, printed"_s.arg(before + 1)));
        // The next print keeps the language of the last.
        QCOMPARE(child<QComboBox>(&tab, u"agreementLanguage"_s)->currentIndex(), 1);

        // Save as PDF: a file and one more version.
        const QString chosen = m_scratch->filePath(u"chosen.pdf"_s);
        QString suggested;
        tab.setPdfPathChooser([&](QWidget *, const QString &name) { suggested = name; return chosen; });
        tab.saveNewAsPdf();
        QCOMPARE(suggested, u"mentor-agreement-%1-v%2.pdf"_s.arg(m_course).arg(before + 2));
        QVERIFY(QFileInfo(chosen).size() > 1000);
        QCOMPARE(storage::AgreementRepository(*m_db).latest(m_course)->version, before + 2);
        QVERIFY2(reported.isEmpty(), qPrintable(reported));
    }

    void reprintAndSignatures()
    {
        AgreementTab tab(*m_db, m_course);
        QString reported;
        tab.setErrorReporter([&](const QString &message) { reported = message; });
        auto *list = child<QTreeWidget>(&tab, u"agreementList"_s);
        list->setCurrentItem(list->topLevelItem(0));
        const Id agreementId = tab.selectedId();
        QVERIFY(agreementId > 0);
        const int versions = list->topLevelItemCount();
        const int prints = printsOf(*m_db, u"agreement"_s, agreementId);

        int runs = 0;
        tab.setPrintRunner(printingInto(m_scratch->filePath(u"reprint.pdf"_s), &runs));
        tab.reprintSelected();
        QCOMPARE(runs, 1);
        QCOMPARE(printsOf(*m_db, u"agreement"_s, agreementId), prints + 1);
        QCOMPARE(list->topLevelItemCount(), versions);
        QVERIFY2(reported.isEmpty(), qPrintable(reported));

        const auto agreement = storage::AgreementRepository(*m_db).find(agreementId);
        AgreementSignaturesDialog dialog(*m_db, *agreement, kToday);
        dialog.mentee()->setDate(kToday);
        dialog.mentor()->setDate(kToday);
        dialog.coordinator()->setDate(QDate());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto signedNow = storage::AgreementRepository(*m_db).find(agreementId);
        QCOMPARE(signedNow->signedByMentee, kToday);
        QCOMPARE(signedNow->signedByCoordinator, QDate());
        QCOMPARE(signedNow->snapshotHtml, agreement->snapshotHtml);
    }

    void aCourseThatCannotBePrintedSaysWhy()
    {
        // A course whose grant is gone (the file says so; the forms would not let it happen).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"DELETE FROM course_grant WHERE course_id = %1"_s.arg(m_course)));
        AgreementTab tab(*m_db, m_course);
        QString reported;
        tab.setErrorReporter([&](const QString &message) { reported = message; });
        int runs = 0;
        tab.setPrintRunner(printingInto(m_scratch->filePath(u"never.pdf"_s), &runs));
        tab.startNew();
        QCOMPARE(runs, 0);
        QVERIFY2(reported.contains(u"it lacks the hours per week (a grant)"_s), qPrintable(reported));
    }

    void settingsRefuseATemplateWithoutARequiredPart()
    {
        AgreementSettingsDialog dialog(*m_db);
        QString reported;
        dialog.setErrorReporter([&](const QString &message) { reported = message; });
        QPlainTextEdit *edit = dialog.templateEdit();
        QCOMPARE(edit->toPlainText(), agreements::defaultTemplate(AgreementLanguage::Danish));
        dialog.updatePreview();
        QVERIFY(dialog.problemsLabel()->text().contains(u"every part"_s));
        QVERIFY(dialog.preview()->toPlainText().contains(u"Søren Ærøskøbing Åberg"_s));

        dialog.nameEdit()->setText(u"Jobcenter Ærø"_s);
        edit->setPlainText(edit->toPlainText().remove(u"{{complaint_guidance}}"_s));
        dialog.updatePreview();
        QVERIFY2(dialog.problemsLabel()->text().contains(u"lacks the complaint guidance"_s), qPrintable(dialog.problemsLabel()->text()));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(reported.startsWith(u"Nothing was saved: the template of "_s), qPrintable(reported));
        QVERIFY2(reported.contains(u"The template lacks the complaint guidance ({{complaint_guidance}})."_s), qPrintable(reported));
        const Id scheme = dialog.schemeCombo()->currentData().toLongLong();
        QVERIFY(!storage::AgreementTemplateRepository(*m_db).find(scheme, AgreementLanguage::Danish));
        QCOMPARE(storage::OrganisationRepository(*m_db).read().name, u"Jobcenter Demoby"_s);  // nothing saved
    }

    void settingsSaveTheOrganisationAndATemplate()
    {
        AgreementSettingsDialog dialog(*m_db);
        dialog.setErrorReporter([](const QString &message) { QFAIL(qPrintable(message)); });
        dialog.nameEdit()->setText(u"Jobcenter Ærø"_s);
        dialog.updatePreview();
        QVERIFY(dialog.preview()->toPlainText().contains(u"Jobcenter Ærø"_s));  // before it is saved

        // A double-clicked placeholder goes in where the cursor is.
        QPlainTextEdit *edit = dialog.templateEdit();
        edit->moveCursor(QTextCursor::End);
        QTreeWidget *placeholders = dialog.placeholderList();
        QTreeWidgetItem *cpr = placeholders->findItems(u"{{mentee.cpr}}"_s, Qt::MatchExactly | Qt::MatchRecursive).value(0);
        QVERIFY(cpr);
        Q_EMIT placeholders->itemDoubleClicked(cpr, 0);
        QVERIFY(edit->toPlainText().endsWith(u"{{mentee.cpr}}"_s));

        const Id scheme = dialog.schemeCombo()->currentData().toLongLong();
        dialog.languageCombo()->setCurrentIndex(1);  // English, not edited
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage::OrganisationRepository(*m_db).read().name, u"Jobcenter Ærø"_s);
        const auto saved = storage::AgreementTemplateRepository(*m_db).find(scheme, AgreementLanguage::Danish);
        QVERIFY(saved.has_value());
        QVERIFY(saved->html.endsWith(u"{{mentee.cpr}}"_s));
        QVERIFY(!storage::AgreementTemplateRepository(*m_db).find(scheme, AgreementLanguage::English));

        AgreementSettingsDialog again(*m_db);
        QVERIFY(again.templateEdit()->toPlainText().endsWith(u"{{mentee.cpr}}"_s));
        again.restoreDefault();
        again.accept();
        QVERIFY(!storage::AgreementTemplateRepository(*m_db).find(scheme, AgreementLanguage::Danish));
    }

    void summaryAndCaseloadSheetPrint()
    {
        int runs = 0;
        CourseWindow window(*m_db, m_course);
        const QString summary = m_scratch->filePath(u"summary.pdf"_s);
        window.setPrintRunner(printingInto(summary, &runs));
        window.printSummary();
        QCOMPARE(runs, 1);
        QVERIFY(QFileInfo(summary).size() > 1000);
        QCOMPARE(printsOf(*m_db, u"course"_s, m_course), 1);

        const Course course = *storage::CourseRepository(*m_db).find(m_course);
        const Id mentorId = storage::MatchRepository(*m_db).find(course.currentMatchId)->mentorId;
        MentorDialog dialog(*m_db, *storage::MentorRepository(*m_db).find(mentorId), kToday);
        QVERIFY(child<QPushButton>(&dialog, u"caseloadButton"_s)->isVisibleTo(&dialog));
        dialog.setPrintRunner(printingInto(m_scratch->filePath(u"caseload.pdf"_s), &runs));
        dialog.printCaseload();
        QCOMPARE(runs, 2);
        QCOMPARE(printsOf(*m_db, u"mentor"_s, mentorId), 1);
    }

    void printsTheAgreementsDueInAWorker()
    {
        Course course = *storage::CourseRepository(*m_db).find(m_course);
        course.meetingFrequency = u"Tre gange om ugen de første fire uger"_s;
        QVERIFY(storage::CourseRepository(*m_db).update(course).ok());
        const QList<Id> due = *agreements::AgreementService(*m_db).coursesDue();
        QVERIFY(due.contains(m_course));

        AttentionPanel panel;
        panel.setDatabase(m_db.get());
        const QString folder = m_scratch->filePath(u"due"_s);
        QString text;
        QStringList problems;
        bool reported = false;
        panel.setFolderChooser([&](QWidget *) { return folder; });
        panel.setReporter([&](const QString &t, const QStringList &p) {
            text = t;
            problems = p;
            reported = true;
        });
        QSignalSpy printed(&panel, &AttentionPanel::agreementsPrinted);
        panel.printDueAgreements();
        QTRY_VERIFY_WITH_TIMEOUT(reported, 60000);

        const QStringList files = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files);
        QCOMPARE(int(files.size()), int(due.size() - problems.size()));
        QVERIFY(files.contains(AgreementService::pdfFileName(m_course, storage::AgreementRepository(*m_db).latest(m_course)->version,
                                                             AgreementLanguage::Danish)));
        QVERIFY2(text.startsWith(u"%1 of %2 agreements due were printed into"_s.arg(files.size()).arg(due.size())), qPrintable(text));
        QCOMPARE(printed.count(), 1);
        // What was printed is current now; what could not be printed is still due.
        QCOMPARE(int(agreements::AgreementService(*m_db).coursesDue()->size()), int(problems.size()));
    }

    // The tab and the settings in Danish, as a coordinator sees them; the pictures go to
    // MENTORDESK_SCREENSHOTS (a folder) when set, else a temporary folder.
    void rendersInDanish()
    {
        i18n::Translations translations;
        translations.apply(i18n::Language::Danish);
        const QString folder = guitest::screenshotFolder(*m_scratch);
        // One course with a changed field, so the picture shows the due line.
        Course course = *storage::CourseRepository(*m_db).find(m_course);
        course.meetingFrequency = u"Tre gange om ugen de første fire uger"_s;
        QVERIFY(storage::CourseRepository(*m_db).update(course).ok());

        auto *window = new CourseWindow(*m_db, m_course);  // deletes itself on close
        window->setToday(kToday);
        window->resize(1180, 820);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->openAt(CoursePlace::Agreement);
        QVERIFY2(window->agreement()->statusText().contains(u"Der skal laves en ny aftale"_s), qPrintable(window->agreement()->statusText()));
        QVERIFY(window->grab().save(folder + u"/course-agreement.png"_s));
        window->close();

        AgreementSettingsDialog dialog(*m_db);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.tabs()->setCurrentIndex(2);
        dialog.updatePreview();
        QVERIFY(dialog.grab().save(folder + u"/agreement-settings.png"_s));
        dialog.tabs()->setCurrentIndex(0);
        QVERIFY(dialog.grab().save(folder + u"/agreement-settings-organisation.png"_s));
        translations.apply(i18n::Language::English);
    }
};

QTEST_MAIN(TestAgreements)
#include "tst_agreements.moc"
