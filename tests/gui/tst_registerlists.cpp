#include "mainwindow.h"
#include "models/menteelistmodel.h"
#include "models/mentorlistmodel.h"
#include "views/emptystate.h"
#include "views/listpage.h"
#include "widgets/menteefilterbar.h"

#include "demo/demodata.h"
#include "i18n/translations.h"
#include "storage/listqueries.h"
#include "storage/mentorrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using gui::ListPage;
using gui::MainWindow;

// The mentor and mentee registers as the coordinator uses them: typing in the search field,
// choosing filters, hiding columns and opening a row.
class TestRegisterLists : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        QSettings settings{dir.filePath(u"settings.ini"_s), QSettings::IniFormat};
        i18n::Translations translations;
        QString dbPath = dir.filePath(u"registers.sqlite"_s);
    };

    // A shown main window on a database with demo data and one known mentor, Søren Ærø.
    struct Window {
        MainWindow window;

        Window(Fixture &f, MainWindow::Section section) : window(f.settings, f.translations)
        {
            if (window.openDatabase(f.dbPath, storage::Database::Mode::CreateIfMissing) != QString())
                qFatal("cannot open the test database");
            window.showSection(section);
            window.show();
        }
        ListPage *page() const { return window.listPage(window.currentSection()); }
        storage::ListQueries queries() const { return storage::ListQueries(*window.database()); }
        QString filterStatus() const { return window.findChild<QLabel *>(u"filterStatus"_s)->text(); }
    };

    static void fill(Fixture &f)
    {
        storage::OpenResult opened = storage::Database::open(f.dbPath, storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        demo::DemoOptions options;
        options.mentors = 30;
        options.mentees = 60;
        options.seed = 11;
        QVERIFY(demo::DemoDataGenerator(*opened.database).generate(options).ok());
        domain::Mentor soeren;
        soeren.firstName = u"Søren"_s;
        soeren.lastName = u"Ærø"_s;
        soeren.email = u"soeren.aeroe@example.dk"_s;
        soeren.capacity = 3;
        QVERIFY(storage::MentorRepository(*opened.database).add(soeren).ok());
    }

    static QStringList columnOf(QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }

    static QAction *menuEntry(QMenu *menu, const QString &text)
    {
        const auto actions = menu->actions();
        for (QAction *action : actions)
            if (action->text() == text)
                return action;
        return nullptr;
    }

    // Opens the header's context menu the way a right-click does and returns it.
    static QMenu *openColumnMenu(ListPage *page)
    {
        // A closed menu deletes itself later; make sure the one found is the new one.
        qDeleteAll(page->table()->findChildren<QMenu *>(u"columnMenu"_s));
        QHeaderView *header = page->table()->horizontalHeader();
        Q_EMIT header->customContextMenuRequested(QPoint(5, 5));
        return page->table()->findChild<QMenu *>(u"columnMenu"_s);
    }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void typingFiltersOnceTheTypingPauses()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        Window w(f, MainWindow::Section::Mentors);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        ListPage *page = w.page();
        QAbstractItemModel *rows = page->table()->model();
        QCOMPARE(page->model()->totalCount(), 31);
        QCOMPARE(page->title(), u"Mentors (31)"_s);
        QCOMPARE(w.filterStatus(), QString());

        storage::MentorFilter expected;
        expected.search = u"ærø"_s;
        const int found = w.queries().mentorCount(expected);
        QVERIFY(found >= 1 && found < 31);

        QLineEdit *search = page->filterBar()->searchField();
        search->setFocus();
        QTest::keyClicks(search, u"ærø"_s);
        QCOMPARE(search->text(), u"ærø"_s);
        // Nothing is queried while the user is still typing.
        QCOMPARE(page->model()->totalCount(), 31);
        QTRY_COMPARE(rows->rowCount(), found);
        for (const QString &name : columnOf(rows, gui::MentorListModel::Name))
            QVERIFY2(name.contains(u"Ærø"_s), qPrintable(name));
        QVERIFY(columnOf(rows, gui::MentorListModel::Name).contains(u"Ærø, Søren"_s));
        QCOMPARE(page->title(), u"Mentors (%1)"_s.arg(found));
        QCOMPARE(w.filterStatus(), u"Showing %1 of 31 mentors"_s.arg(found));
        QVERIFY(w.window.navigation()->item(0)->text().contains(u"31"_s));  // the whole register

        // More typing narrows further: the e-mail address, as typed.
        QTest::keyClicks(search, u" soeren.aeroe@ex"_s);
        expected.search = search->text();
        const int narrowed = w.queries().mentorCount(expected);
        QVERIFY(narrowed >= 1 && narrowed <= found);
        QTRY_COMPARE(page->model()->totalCount(), narrowed);
        QVERIFY(columnOf(rows, gui::MentorListModel::Name).contains(u"Ærø, Søren"_s));

        auto *clear = page->filterBar()->findChild<QToolButton *>(u"clearFilters"_s);
        QVERIFY(clear->isEnabled());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(search->text(), QString());
        QCOMPARE(page->model()->totalCount(), 31);  // at once, no typing pause to wait for
        QCOMPARE(w.filterStatus(), QString());
        QVERIFY(!clear->isEnabled());
    }

    void aStrayQuoteShowsNoMatchesAndCanBeCleared()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        Window w(f, MainWindow::Section::Mentors);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        ListPage *page = w.page();
        QTest::keyClicks(page->filterBar()->searchField(), u"\""_s);
        QTRY_VERIFY(page->noMatchesState()->isVisible());
        QCOMPARE(page->noMatchesState()->heading(), u"No matches"_s);
        QCOMPARE(page->title(), u"Mentors (0)"_s);
        QCOMPARE(w.filterStatus(), u"Showing 0 of 31 mentors"_s);
        QVERIFY(page->filterBar()->isVisible());
        QVERIFY(!page->emptyState()->isVisible());  // "no mentors yet" would be wrong here

        // The empty state offers to clear the filters.
        QToolButton *clear = nullptr;
        const auto buttons = page->noMatchesState()->findChildren<QToolButton *>();
        for (QToolButton *button : buttons)
            if (button->text() == u"Clear filters"_s)
                clear = button;
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(page->table()->isVisible());
        QCOMPARE(page->table()->model()->rowCount(), 31);
    }

    void choicesFilterAtOnceAndKeepTheSort()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        Window w(f, MainWindow::Section::Mentors);
        ListPage *page = w.page();
        auto *type = page->filterBar()->findChild<QComboBox *>(u"typeFilter"_s);
        auto *status = page->filterBar()->findChild<QComboBox *>(u"statusFilter"_s);
        auto *free = page->filterBar()->findChild<QCheckBox *>(u"freeCapacityFilter"_s);
        QCOMPARE(type->itemText(0), u"All types"_s);
        QCOMPARE(type->count(), 8);
        QCOMPARE(status->itemText(0), u"All except archived"_s);

        page->table()->sortByColumn(gui::MentorListModel::Capacity, Qt::DescendingOrder);
        storage::MentorFilter expected;
        expected.type = domain::MentorType::Volunteer;
        type->setCurrentIndex(type->findData(u"volunteer"_s));
        QCOMPARE(page->model()->totalCount(), w.queries().mentorCount(expected));
        QVERIFY(page->model()->totalCount() > 0);
        for (const QString &label : columnOf(page->table()->model(), gui::MentorListModel::Type))
            QCOMPARE(label, u"Volunteer mentor"_s);
        expected.onlyWithFreeCapacity = true;
        free->setChecked(true);
        QCOMPARE(page->model()->totalCount(), w.queries().mentorCount(expected));
        // Still sorted by capacity, largest first.
        const QStringList capacities = columnOf(page->table()->model(), gui::MentorListModel::Capacity);
        for (int row = 1; row < capacities.size(); ++row)
            QVERIFY(capacities.at(row - 1).toInt() >= capacities.at(row).toInt());
        QCOMPARE(w.filterStatus(), u"Showing %1 of 31 mentors"_s.arg(page->model()->totalCount()));

        // Archived mentors only when asked for; demo data has none.
        status->setCurrentIndex(status->findData(u"archived"_s));
        QCOMPARE(page->model()->totalCount(), 0);
        QVERIFY(page->noMatchesState()->isVisible());
    }

    void menteeChoicesComeFromTheDatabase()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        Window w(f, MainWindow::Section::Mentees);
        ListPage *page = w.page();
        const int all = page->model()->totalCount();
        QCOMPARE(all, 60);
        auto *scheme = page->filterBar()->findChild<QComboBox *>(u"schemeFilter"_s);
        auto *course = page->filterBar()->findChild<QComboBox *>(u"courseFilter"_s);
        auto *group = page->filterBar()->findChild<QComboBox *>(u"targetGroupFilter"_s);
        const QList<storage::SchemeChoice> schemes = w.queries().schemeChoices();
        QCOMPARE(scheme->count(), schemes.size() + 1);
        QCOMPARE(scheme->itemText(0), u"All schemes"_s);
        QCOMPARE(scheme->itemText(1), schemes.first().name);
        QCOMPARE(group->itemText(0), u"All target groups"_s);
        QCOMPARE(course->itemText(0), u"All mentees"_s);

        scheme->setCurrentIndex(1);
        storage::MenteeFilter expected;
        expected.schemeId = schemes.first().id;
        QCOMPARE(page->model()->totalCount(), w.queries().menteeCount(expected));
        for (const QString &name : columnOf(page->table()->model(), gui::MenteeListModel::Scheme))
            QCOMPARE(name, schemes.first().name);
        course->setCurrentIndex(course->findText(u"With an active course"_s));
        expected.hasActiveCourse = true;
        QCOMPARE(page->model()->totalCount(), w.queries().menteeCount(expected));
        QCOMPARE(w.filterStatus(), u"Showing %1 of 60 mentees"_s.arg(page->model()->totalCount()));

        // The mentors page has no filter on: no count there.
        w.window.showSection(MainWindow::Section::Mentors);
        QCOMPARE(w.filterStatus(), QString());
        w.window.showSection(MainWindow::Section::Mentees);
        QVERIFY(!w.filterStatus().isEmpty());
    }

    void hiddenColumnsOrderAndWidthsAreRemembered()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        {
            Window w(f, MainWindow::Section::Mentors);
            QVERIFY(QTest::qWaitForWindowExposed(&w.window));
            ListPage *page = w.page();
            QHeaderView *header = page->table()->horizontalHeader();
            QMenu *menu = openColumnMenu(page);
            QVERIFY(menu);
            QTRY_VERIFY(menu->isVisible());
            QCOMPARE(menu->actions().size(), int(gui::MentorListModel::ColumnCount));
            QAction *email = menuEntry(menu, u"E-mail"_s);
            QVERIFY(email && email->isChecked());
            email->trigger();
            QVERIFY(header->isSectionHidden(gui::MentorListModel::Email));
            menu->close();
            header->moveSection(header->visualIndex(gui::MentorListModel::Phone), 0);
            header->resizeSection(gui::MentorListModel::Name, 251);
            QVERIFY(f.settings.contains(u"lists/mentors/header"_s));
        }
        // A new window on the same settings, as after a restart.
        Window w(f, MainWindow::Section::Mentors);
        ListPage *page = w.page();
        QHeaderView *header = page->table()->horizontalHeader();
        QVERIFY(header->isSectionHidden(gui::MentorListModel::Email));
        QCOMPARE(header->visualIndex(gui::MentorListModel::Phone), 0);
        QCOMPARE(header->sectionSize(gui::MentorListModel::Name), 251);
        QVERIFY(!w.window.listPage(MainWindow::Section::Mentees)->table()->horizontalHeader()->isSectionHidden(
            gui::MenteeListModel::Postcode));

        // The menu shows the column as hidden and brings it back.
        QMenu *menu = openColumnMenu(page);
        QVERIFY(menu);
        QAction *email = menuEntry(menu, u"E-mail"_s);
        QVERIFY(email && !email->isChecked());
        QCOMPARE(menu->actions().first()->text(), u"Phone"_s);  // in the order the user sees
        email->trigger();
        QVERIFY(!header->isSectionHidden(gui::MentorListModel::Email));
        menu->close();
    }

    void theLastVisibleColumnCannotBeHidden()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        Window w(f, MainWindow::Section::Mentees);
        ListPage *page = w.page();
        QHeaderView *header = page->table()->horizontalHeader();
        for (int column = 1; column < gui::MenteeListModel::ColumnCount; ++column) {
            QMenu *menu = openColumnMenu(page);
            menuEntry(menu, header->model()->headerData(column, Qt::Horizontal).toString())->trigger();
            menu->close();
        }
        QCOMPARE(header->hiddenSectionCount(), gui::MenteeListModel::ColumnCount - 1);
        QMenu *menu = openColumnMenu(page);
        QAction *name = menuEntry(menu, u"Name"_s);
        QVERIFY(name->isChecked());
        QVERIFY(!name->isEnabled());
        QVERIFY(menuEntry(menu, u"Status"_s)->isEnabled());  // hidden ones can come back
        menu->close();
    }

    void doubleClickAndEnterOpenTheRecord()
    {
        Fixture f;
        f.translations.apply(i18n::Language::English);
        fill(f);
        Window w(f, MainWindow::Section::Mentees);
        QVERIFY(QTest::qWaitForWindowExposed(&w.window));
        ListPage *page = w.page();
        QTableView *table = page->table();
        QSignalSpy opened(page, &ListPage::recordActivated);

        // A double-click is a click followed by a double-click event on the same row.
        const QModelIndex third = table->model()->index(2, gui::MenteeListModel::Scheme);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QCOMPARE(opened.count(), 0);  // one click only selects
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toLongLong(), third.data(Qt::UserRole).toLongLong());
        QVERIFY(opened.at(0).at(0).toLongLong() > 0);

        const QModelIndex fifth = table->model()->index(4, 0);
        table->setFocus();
        table->setCurrentIndex(fifth);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).toLongLong(), fifth.data(Qt::UserRole).toLongLong());
        QVERIFY(opened.at(1).at(0) != opened.at(0).at(0));
    }

    void narrowWindowsPutTheChoicesBelowTheSearch()
    {
        gui::MenteeFilterBar bar;
        bar.setSchemes({{1, u"Erhvervsskolens mentorordning"_s}});
        QLineEdit *search = bar.searchField();
        auto *group = bar.findChild<QComboBox *>(u"targetGroupFilter"_s);
        bar.resize(1900, 80);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        const auto middle = [&bar](QWidget *w) { return w->mapTo(&bar, w->rect().center()).y(); };
        QTRY_COMPARE(middle(group), middle(search));
        bar.resize(700, 80);
        QTRY_VERIFY(group->mapTo(&bar, QPoint(0, 0)).y() > search->geometry().bottom());
        QVERIFY(search->width() >= gui::FilterBar::kSearchMinWidth);
        QVERIFY(bar.minimumWidth() <= 700);
    }
};

QTEST_MAIN(TestRegisterLists)
#include "tst_registerlists.moc"
