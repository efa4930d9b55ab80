#include "mainwindow.h"
#include "course/coursespage.h"
#include "matching/matchingpage.h"
#include "models/waitinglistmodel.h"
#include "storage/menteerepository.h"
#include "storage/schemerepository.h"
#include "models/pagedtablemodel.h"
#include "views/emptystate.h"
#include "views/listpage.h"
#include "views/reportspage.h"

#include "demo/demodata.h"
#include "i18n/translations.h"

#include <QAbstractItemModel>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using gui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
        i18n::Translations translations;
        QString dbPath = dir.filePath(u"test.sqlite"_s);
    };

    static QString statusText(MainWindow &window)
    {
        QStringList texts;
        const auto labels = window.statusBar()->findChildren<QLabel *>();
        for (const QLabel *label : labels)
            texts << label->text();
        return texts.join(u' ');
    }

    static void fillWithDemoData(MainWindow &window, int mentors, int mentees)
    {
        demo::DemoOptions options;
        options.mentors = mentors;
        options.mentees = mentees;
        options.seed = 11;
        QVERIFY(demo::DemoDataGenerator(*window.database()).generate(options).ok());
        window.refresh();
    }

private Q_SLOTS:
    void init()
    {
        // Each test starts in English whatever the machine's language.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void opensOnATemporaryDatabase()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        MainWindow window(f.settings, f.translations);
        QCOMPARE(window.openDatabase(f.dbPath, storage::Database::Mode::CreateIfMissing), QString());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.database() != nullptr);
        QVERIFY(window.windowTitle().contains(u"test.sqlite"_s));
        QVERIFY(statusText(window).contains(QDir::toNativeSeparators(f.dbPath)));
        // An empty register says what to do next instead of showing an empty table.
        window.showSection(MainWindow::Section::Mentors);
        gui::ListPage *mentors = window.listPage(MainWindow::Section::Mentors);
        QVERIFY(mentors->emptyState()->isVisible());
        QCOMPARE(mentors->emptyState()->heading(), u"No mentors yet"_s);
        // The last file is remembered for the next start.
        QCOMPARE(f.settings.value(u"lastDatabase"_s).toString(), QFileInfo(f.dbPath).absoluteFilePath());
    }

    void withoutADatabaseOffersNewAndOpen()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        MainWindow window(f.settings, f.translations);
        window.show();
        QVERIFY(window.database() == nullptr);
        auto *pages = window.findChild<QStackedWidget *>();
        auto *empty = qobject_cast<gui::EmptyState *>(pages->currentWidget());
        QVERIFY(empty != nullptr);
        QCOMPARE(empty->heading(), u"No database is open"_s);
        QVERIFY(!window.navigation()->isEnabled());
    }

    void navigationSwitchesBetweenSections()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        MainWindow window(f.settings, f.translations);
        QCOMPARE(window.openDatabase(f.dbPath, storage::Database::Mode::CreateIfMissing), QString());
        fillWithDemoData(window, 12, 30);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pages = window.findChild<QStackedWidget *>();
        QListWidget *nav = window.navigation();
        const QList<MainWindow::Section> order = {MainWindow::Section::Mentors, MainWindow::Section::Mentees,
                                                  MainWindow::Section::Matching, MainWindow::Section::Courses,
                                                  MainWindow::Section::Reports};
        for (int row = order.size() - 1; row >= 0; --row) {
            const QRect rect = nav->visualItemRect(nav->item(row));
            QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
            QCOMPARE(window.currentSection(), order.at(row));
            if (order.at(row) == MainWindow::Section::Reports)
                QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window.reportsPage()));
            else if (order.at(row) == MainWindow::Section::Matching)
                QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window.matchingPage()));
            else if (order.at(row) == MainWindow::Section::Courses)
                QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window.coursesPage()));
            else
                QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window.listPage(order.at(row))));
        }
        // The lists show the demo data; the navigation shows their counts.
        QCOMPARE(window.listPage(MainWindow::Section::Mentors)->table()->model()->rowCount(), 12);
        QCOMPARE(window.listPage(MainWindow::Section::Mentees)->table()->model()->rowCount(), 30);
        QVERIFY(nav->item(0)->text().contains(u"12"_s));
        QVERIFY(nav->item(1)->text().contains(u"30"_s));
        // The reports page counts the same courses as the course list.
        const int courses = window.listPage(MainWindow::Section::Courses)->model()->totalCount();
        QVERIFY(courses > 0);
        QCOMPARE(window.reportsPage()->valueText(0), QString::number(courses));
    }

    void waitingDaysCountFromTheDatabasesToday()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        storage::OpenResult opened = storage::Database::open(f.dbPath, storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        opened.database->setClock([] { return QDateTime(QDate(2024, 6, 14), QTime(10, 0), Qt::UTC); });
        domain::Scheme scheme;
        scheme.name = u"Frivillig integrationsmentor"_s;
        QVERIFY(storage::SchemeRepository(*opened.database).add(scheme).ok());
        domain::Mentee mentee;
        mentee.firstName = u"Åse"_s;
        mentee.lastName = u"Ærø"_s;
        mentee.schemeId = scheme.id;
        mentee.registeredOn = QDate(2024, 6, 4);
        QVERIFY(storage::MenteeRepository(*opened.database).add(mentee).ok());
        MainWindow window(f.settings, f.translations);
        window.setDatabase(std::move(opened.database));
        const QAbstractItemModel *waiting = window.listPage(MainWindow::Section::Matching)->table()->model();
        QCOMPARE(waiting->rowCount(), 1);
        QCOMPARE(waiting->index(0, gui::WaitingListModel::WaitingDays).data().toInt(), 10);
        QCOMPARE(window.reportsPage()->valueText(1), u"1"_s);  // mentees waiting
    }

    void languageSwitchChangesVisibleText()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        MainWindow window(f.settings, f.translations);
        QCOMPARE(window.openDatabase(f.dbPath, storage::Database::Mode::CreateIfMissing), QString());
        window.show();
        QMenu *fileMenu = window.menuBar()->findChildren<QMenu *>().first();
        QCOMPARE(fileMenu->title(), u"&File"_s);
        QVERIFY(window.navigation()->item(0)->text().startsWith(u"Mentors"_s));

        window.applyLanguage(i18n::Language::Danish);
        // Qt posts LanguageChange to the windows: wait for it to arrive.
        QTRY_COMPARE(fileMenu->title(), u"&Filer"_s);
        QVERIFY(window.navigation()->item(0)->text().startsWith(u"Mentorer"_s));
        QCOMPARE(window.listPage(MainWindow::Section::Mentors)->emptyState()->heading(), u"Ingen mentorer endnu"_s);
        QCOMPARE(f.settings.value(u"language"_s).toString(), u"da"_s);

        window.applyLanguage(i18n::Language::English);
        QTRY_COMPARE(fileMenu->title(), u"&File"_s);
        QCOMPARE(f.settings.value(u"language"_s).toString(), u"en"_s);
    }

    void refusesAFileThatIsNotADatabaseAndKeepsTheOpenOne()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        MainWindow window(f.settings, f.translations);
        QCOMPARE(window.openDatabase(f.dbPath, storage::Database::Mode::CreateIfMissing), QString());
        const QString junk = f.dir.filePath(u"notes.sqlite"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QString error = window.openDatabase(junk, storage::Database::Mode::OpenExisting);
        QVERIFY(error.contains(u"is not a MentorDesk database"_s));
        QVERIFY(error.contains(u"notes.sqlite"_s));
        QCOMPARE(window.database()->path(), QFileInfo(f.dbPath).absoluteFilePath());
    }

    void tellsWhichFileIsInUseByAnotherInstance()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        const QString other = f.dir.filePath(u"shared.sqlite"_s);
        storage::OpenResult holder = storage::Database::open(other, storage::Database::Mode::CreateIfMissing);
        QVERIFY(holder.ok());
        MainWindow window(f.settings, f.translations);
        const QString error = window.openDatabase(other, storage::Database::Mode::OpenExisting);
        QVERIFY(error.contains(u"already open"_s));
        QVERIFY(error.contains(u"shared.sqlite"_s));
        QVERIFY(window.database() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
