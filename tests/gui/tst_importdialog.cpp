#include "csvactions.h"
#include "dialogs/importdialog.h"
#include "mainwindow.h"
#include "models/pagedtablemodel.h"
#include "views/listpage.h"

#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/mentorrepository.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using csv::Column;
using csv::Register;
using gui::ImportDialog;

namespace {

// A fresh database file in its own folder; the folder outlives the connection.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;

    Fixture()
    {
        storage::OpenResult opened = storage::Database::open(dir.filePath(u"test.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        if (!opened.ok())
            qFatal("cannot open the test database");
        db = std::move(opened.database);
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test file");
        return path;
    }
    int mentors() const { return storage::MentorRepository(*db).count(true); }
};

const QByteArray kDanishMentors = "Fornavn;Efternavn;E-mail;Kapacitet;Kommentar;Telefon\r\n"
                                  "Søren;Ærø;soeren@example.dk;2;ringer tilbage;\r\n"
                                  "Åse;Østergaard;aase@example.dk;1;;\r\n"
                                  "Bo;Dahl;;3;kun aftener;22 33 44 55\r\n";

QByteArray manyMentors(int n)
{
    QByteArray bytes = "first_name;last_name;phone\n";
    for (int i = 0; i < n; ++i)
        bytes += "Person" + QByteArray::number(i) + ";Testesen;12345678\n";
    return bytes;
}

// The listed problems, one per line, for failure messages.
QString problemsOf(const ImportDialog &dialog)
{
    QStringList lines{dialog.summary()};
    for (int i = 0; i < dialog.problems()->topLevelItemCount() && i < 10; ++i) {
        const QTreeWidgetItem *item = dialog.problems()->topLevelItem(i);
        lines << u"%1:%2 %3"_s.arg(item->text(0), item->text(1), item->text(2));
    }
    return lines.join(u'\n');
}

// Shows a file in the dialog and waits until it has been read.
void load(ImportDialog &dialog, const QString &path)
{
    QSignalSpy loaded(&dialog, &ImportDialog::fileLoaded);
    dialog.setFile(path);
    QVERIFY(dialog.isReading());
    QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    QVERIFY(loaded.wait(30000));
    QVERIFY(!dialog.isReading());
}

// Waits for the job just started to finish, and consumes the signal for the next one.
void waitForJob(QSignalSpy &finished)
{
    if (finished.isEmpty())
        QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    finished.clear();
}

} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void showsPreviewAndDetectedMapping()
    {
        Fixture f;
        QByteArray bytes = "Fornavn;Efternavn;E-mail;Kapacitet;Kommentar\r\n";
        for (int i = 0; i < 25; ++i)
            bytes += "Navn" + QByteArray::number(i) + ";Hansen;;1;\r\n";
        ImportDialog dialog(*f.db, Register::Mentors);
        load(dialog, f.write(u"mentorer.csv"_s, bytes));

        QTableWidget *preview = dialog.preview();
        QCOMPARE(preview->columnCount(), 5);
        QCOMPARE(preview->rowCount(), 21);  // the field choices, then the first 20 rows
        QCOMPARE(preview->horizontalHeaderItem(0)->text(), u"Fornavn"_s);
        QCOMPARE(preview->item(1, 0)->text(), u"Navn0"_s);
        QCOMPARE(preview->item(20, 0)->text(), u"Navn19"_s);
        QCOMPARE(preview->verticalHeaderItem(1)->text(), u"2"_s);  // the file's line
        QCOMPARE(dialog.mappingCombo(0)->currentData().toInt(), int(Column::FirstName));
        QCOMPARE(dialog.mappingCombo(1)->currentData().toInt(), int(Column::LastName));
        QCOMPARE(dialog.mappingCombo(2)->currentData().toInt(), int(Column::Email));
        QCOMPARE(dialog.mappingCombo(3)->currentData().toInt(), int(Column::Capacity));
        QCOMPARE(dialog.mappingCombo(4)->currentText(), u"(do not import)"_s);
        QCOMPARE(dialog.mapping().byIndex.value(4), std::nullopt);
        const QString format = dialog.findChild<QLabel *>(u"formatLabel"_s)->text();
        QCOMPARE(format, u"UTF-8, separated by semicolon (;), 25 rows"_s);
        QVERIFY(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());

        // The mentees register offers its own fields and detects again.
        dialog.setRegister(Register::Mentees);
        QVERIFY(dialog.mappingCombo(0)->findData(int(Column::Cpr)) > 0);
        QCOMPARE(dialog.mappingCombo(0)->currentData().toInt(), int(Column::FirstName));
        QCOMPARE(dialog.mappingCombo(3)->currentText(), u"(do not import)"_s);  // mentees have no capacity
    }

    void changedMappingChangesWhatIsImported()
    {
        Fixture f;
        ImportDialog dialog(*f.db, Register::Mentors);
        QSignalSpy finished(&dialog, &ImportDialog::jobFinished);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        load(dialog, f.write(u"mentorer.csv"_s, kDanishMentors));
        // "Kommentar" is unknown: the user makes it the notes, and leaves the capacity out.
        QComboBox *comment = dialog.mappingCombo(4);
        comment->setCurrentIndex(comment->findData(int(Column::Notes)));
        dialog.mappingCombo(3)->setCurrentIndex(0);
        dialog.startImport();
        waitForJob(finished);
        QVERIFY2(imported.count() == 1, qPrintable(problemsOf(dialog)));
        QCOMPARE(imported.at(0).at(1).toInt(), 3);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.summary(), u"Imported 3 mentors."_s);

        const QList<domain::Mentor> mentors = storage::MentorRepository(*f.db).page(0, 10);
        QCOMPARE(mentors.size(), 3);
        QStringList notes;
        QList<int> capacities;
        for (const domain::Mentor &m : mentors) {
            notes << m.notes;
            capacities << m.capacity;
        }
        QVERIFY(notes.contains(u"ringer tilbage"_s));
        QVERIFY(notes.contains(u"kun aftener"_s));
        QCOMPARE(capacities, QList<int>({1, 1, 1}));  // the default, since the column was left out
    }

    void dryRunListsProblemsAndWritesNothing()
    {
        Fixture f;
        ImportDialog dialog(*f.db, Register::Mentors);
        QSignalSpy finished(&dialog, &ImportDialog::jobFinished);
        load(dialog, f.write(u"fejl.csv"_s,
                               "fornavn;efternavn;e-mail;kapacitet\n"
                               "Anna;Berg;anna@example.dk;2\n"
                               "Bo;Dahl;not-an-address;x\n"));
        dialog.check();
        waitForJob(finished);
        QTreeWidget *problems = dialog.problems();
        QVERIFY2(problems->topLevelItemCount() == 2, qPrintable(problemsOf(dialog)));
        QCOMPARE(problems->topLevelItem(0)->text(0), u"3"_s);
        QCOMPARE(problems->topLevelItem(0)->text(1), u"3"_s);
        QVERIFY(problems->topLevelItem(0)->text(2).startsWith(u"e-mail: "_s));
        QCOMPARE(problems->topLevelItem(1)->text(0), u"3"_s);
        QCOMPARE(problems->topLevelItem(1)->text(1), u"4"_s);
        QCOMPARE(dialog.summary(), u"Problems found: 2. Nothing was imported."_s);
        QCOMPARE(f.mentors(), 0);
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted);

        // A dry run of a good file says so and still writes nothing.
        load(dialog, f.write(u"god.csv"_s, kDanishMentors));
        dialog.check();
        waitForJob(finished);
        QCOMPARE(dialog.problems()->topLevelItemCount(), 0);
        QCOMPARE(dialog.summary(), u"No problems found: 3 rows can be imported."_s);
        QCOMPARE(f.mentors(), 0);
    }

    void fileProblemsBlockTheImport()
    {
        Fixture f;
        ImportDialog dialog(*f.db, Register::Mentors);
        load(dialog, f.write(u"skæv.csv"_s, "fornavn;efternavn\nAnna;Berg\nBo;Dahl;ekstra\n"));
        QCOMPARE(dialog.problems()->topLevelItemCount(), 1);
        QCOMPARE(dialog.problems()->topLevelItem(0)->text(0), u"3"_s);
        QVERIFY(!dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        QVERIFY(dialog.findChild<QPushButton *>(u"checkButton"_s)->isEnabled());
    }

    void cancelAfterAWrittenChunkLeavesTheDatabaseUnchanged()
    {
        Fixture f;
        ImportDialog dialog(*f.db, Register::Mentors);
        QSignalSpy finished(&dialog, &ImportDialog::jobFinished);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        load(dialog, f.write(u"many.csv"_s, manyMentors(12000)));
        // Progress is reported after each chunk of 5,000 rows is written: cancelling at the second
        // rolls back a write that already happened.
        dialog.setProgressCheck([](int done, int) { return done <= 5000; });
        dialog.startImport();
        waitForJob(finished);
        QVERIFY2(dialog.summary() == u"Cancelled. Nothing was imported."_s, qPrintable(problemsOf(dialog)));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(f.mentors(), 0);
    }

    void cancelButtonStopsTheImport()
    {
        Fixture f;
        ImportDialog dialog(*f.db, Register::Mentors);
        QSignalSpy finished(&dialog, &ImportDialog::jobFinished);
        load(dialog, f.write(u"many.csv"_s, manyMentors(20000)));
        dialog.startImport();
        auto *progress = dialog.findChild<QProgressDialog *>();
        QVERIFY(progress);
        QPushButton *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        waitForJob(finished);
        QCOMPARE(dialog.summary(), u"Cancelled. Nothing was imported."_s);
        QCOMPARE(f.mentors(), 0);
        QVERIFY(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    }

    void exportWritesAFileThatImportsBack()
    {
        Fixture source;
        demo::DemoOptions options;
        options.mentors = 7;
        options.mentees = 3;
        QVERIFY(demo::DemoDataGenerator(*source.db).generate(options).ok());
        const int mentors = source.mentors();
        QVERIFY(mentors > 0);

        QWidget window;
        gui::CsvActions actions(&window, [&] { return source.db.get(); });
        QSignalSpy done(&actions, &gui::CsvActions::exportFinished);
        QSignalSpy messages(&actions, &gui::CsvActions::message);
        const QString path = source.dir.filePath(u"mentors-2026-11-23.csv"_s);
        actions.startExport(csv::ExportKind::Mentors, path, csv::Dialect::ExcelDa);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.at(0).at(0).toBool(), true);
        QCOMPARE(messages.last().at(0).toString(),
                 u"Exported %1 mentors to %2"_s.arg(mentors).arg(QDir::toNativeSeparators(path)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readLine().startsWith("\xEF\xBB\xBF" "external_id;first_name;"));  // excel-da: BOM and ';'

        Fixture target;
        ImportDialog dialog(*target.db, Register::Mentors);
        QSignalSpy finished(&dialog, &ImportDialog::jobFinished);
        load(dialog, path);
        dialog.startImport();
        waitForJob(finished);
        QCOMPARE(dialog.problems()->topLevelItemCount(), 0);
        QCOMPARE(target.mentors(), mentors);

        // The other dialect uses commas.
        const QString rfc = source.dir.filePath(u"courses.csv"_s);
        actions.startExport(csv::ExportKind::Courses, rfc, csv::Dialect::Rfc4180);
        QVERIFY(done.wait(30000));
        QFile rfcFile(rfc);
        QVERIFY(rfcFile.open(QIODevice::ReadOnly));
        QVERIFY(rfcFile.readLine().startsWith("course_id,mentee_id,"));
        QVERIFY(messages.last().at(0).toString().startsWith(u"Exported "_s));
    }

    // A Danish-header file after a check, as a coordinator sees it. The image goes to
    // MENTORDESK_SCREENSHOTS (a folder) when it is set, so docs/screenshots can be refreshed,
    // else to a temporary folder.
    void rendersADanishFileAfterACheck()
    {
        Fixture f;
        QString folder = qEnvironmentVariable("MENTORDESK_SCREENSHOTS");
        if (folder.isEmpty())
            folder = f.dir.path();
        const QString path = f.write(u"frivillige-mentorer.csv"_s,
                                     "Fornavn;Efternavn;E-mail;Telefon;Køn;Fødselsår;Postnummer;Sprog;Mentortype;Kapacitet;Kommentar\r\n"
                                     "Søren;Ærø;soeren.aeroe@example.dk;20 30 40 50;mand;1962;8000;dansk, engelsk;frivillig;2;Ringer mandag\r\n"
                                     "Åse;Østergaard;aase@example.dk;;kvinde;1975;8200;dansk;frivillig;1;\r\n"
                                     "Mohammed;Al-Hassan;mohammed@example;31 41 51 61;mand;1988;8210;arabisk, dansk;frivillig;3;\r\n"
                                     "Fatima;Yilmaz;fatima.y@example.dk;;kvinde;1991;8220;tyrkisk, dansk;lærer;2;Kun aftener\r\n"
                                     "Jens;Kristensen;jens.k@example.dk;40 50 60 70;mand;1958;8240;dansk;frivillig;1;\r\n"
                                     "Mette;Holm;mette.holm@example.dk;;kvinde;1983;8000;dansk, tysk;frivillig;x;\r\n"
                                     "Ahmad;Rahimi;ahmad.r@example.dk;22 44 66 88;mand;1990;8210;dari, dansk;frivillig;2;\r\n");
        ImportDialog dialog(*f.db, Register::Mentors);
        QSignalSpy finished(&dialog, &ImportDialog::jobFinished);
        load(dialog, path);
        dialog.check();
        waitForJob(finished);
        QCOMPARE(dialog.problems()->topLevelItemCount(), 2);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + u"/import-dialog.png"_s));
    }

    void mainWindowFileMenuImportsAndRefreshes()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        i18n::Translations translations;
        translations.apply(i18n::Language::English);
        gui::MainWindow window(settings, translations);
        QMenu *file = window.menuBar()->actions().first()->menu();
        const auto action = [file](const QString &text) -> QAction * {
            const auto actions = file->actions();
            for (QAction *a : actions)
                if (a->text() == text)
                    return a;
            return nullptr;
        };
        QAction *importMentors = action(u"&Import mentors…"_s);
        QVERIFY(importMentors);
        QVERIFY(action(u"Import m&entees…"_s));
        QAction *exportEntry = action(u"E&xport"_s);
        QVERIFY(exportEntry && exportEntry->menu());
        QCOMPARE(exportEntry->menu()->actions().size(), 4);
        // Nothing to import into without a database.
        Q_EMIT file->aboutToShow();
        QVERIFY(!importMentors->isEnabled());

        QCOMPARE(window.openDatabase(dir.filePath(u"test.sqlite"_s), storage::Database::Mode::CreateIfMissing), QString());
        Q_EMIT file->aboutToShow();
        QVERIFY(importMentors->isEnabled());

        QPointer<ImportDialog> dialog = window.csvActions()->createImportDialog(Register::Mentors);
        QVERIFY(dialog);
        QSignalSpy finished(dialog.data(), &ImportDialog::jobFinished);
        QFile csvFile(dir.filePath(u"mentorer.csv"_s));
        QVERIFY(csvFile.open(QIODevice::WriteOnly));
        csvFile.write(kDanishMentors);
        csvFile.close();
        load(*dialog, csvFile.fileName());
        dialog->startImport();
        waitForJob(finished);
        QCOMPARE(window.statusBar()->currentMessage(), u"Imported 3 mentors."_s);
        QCOMPARE(window.listPage(gui::MainWindow::Section::Mentors)->model()->unfilteredCount(), 3);
        QTRY_VERIFY(dialog.isNull());  // closed and deleted after the import
    }

    void defaultExportNameHasKindAndDate()
    {
        QCOMPARE(gui::CsvActions::defaultFileName(csv::ExportKind::Mentors, QDate(2026, 11, 23)), u"mentors-2026-11-23.csv"_s);
        QCOMPARE(gui::CsvActions::defaultFileName(csv::ExportKind::Sessions, QDate(2026, 1, 2)), u"sessions-2026-01-02.csv"_s);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
