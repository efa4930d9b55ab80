#pragma once

#include "i18n/translations.h"
#include "storage/database.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;

namespace mentordesk::storage {
class ListQueries;
}

namespace mentordesk::gui {

class EmptyState;
class ListPage;
class MatchingPage;
class MenteeFilterBar;
class MentorFilterBar;
class ReportsPage;
class CourseListModel;
class CoursesPage;
class MenteeListModel;
class MentorListModel;
class RecordEditor;
class CsvActions;
class WaitingListModel;

// The coordinator's main window: navigation between the registers, matching, courses and
// reports; the File menu for databases and backups; the open file in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { Mentors, Mentees, Matching, Courses, Reports };

    MainWindow(QSettings &settings, i18n::Translations &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or, with CreateIfMissing, creates) a file and shows it. On failure the window keeps
    // what it had and the translated reason is returned; the caller decides how to show it.
    QString openDatabase(const QString &path, storage::Database::Mode mode);
    void setDatabase(std::unique_ptr<storage::Database> database);
    storage::Database *database() const { return m_db.get(); }

    void showSection(Section section);
    Section currentSection() const;
    ListPage *listPage(Section section) const;
    MatchingPage *matchingPage() const { return m_matchingPage; }
    CoursesPage *coursesPage() const { return m_coursesPage; }
    ReportsPage *reportsPage() const { return m_reports; }
    QListWidget *navigation() const { return m_navigation; }
    // Opens the mentor and mentee forms (Register menu, double-click in the lists).
    RecordEditor *recordEditor() const { return m_records; }
    CsvActions *csvActions() const { return m_csv; }

    // Asks whether to fill an empty database with demo data (first start of a newcomer).
    void offerDemoDataIfEmpty();
    // Re-reads lists, counts and figures after the data changed.
    void refresh() { refreshLists(true); }
    void applyLanguage(i18n::Language language);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    // The Matching page re-reads itself after its own changes: then only the rest follows.
    void refreshLists(bool matchingPageToo);
    void createActions();
    void createMenus();
    void retranslate();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void updateTitleAndStatus();
    void updateFilterStatus();

    void newDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    void addDemoData();
    void showSettings();
    void showAgreementSettings();
    void showAbout();
    void reportOpenFailure(const QString &message);

    QSettings &m_settings;
    i18n::Translations &m_translations;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ListQueries> m_queries;

    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    EmptyState *m_noDatabase;
    ListPage *m_mentors;
    ListPage *m_mentees;
    MatchingPage *m_matchingPage;
    ListPage *m_matching;  // the matching page's waiting list
    CoursesPage *m_coursesPage;
    ListPage *m_courses;  // the courses page's list
    ReportsPage *m_reports;
    MentorFilterBar *m_mentorFilters;
    MenteeFilterBar *m_menteeFilters;
    QLabel *m_filterStatus;  // "Showing 12 of 300 mentors" while a filter is on
    QLabel *m_fileLabel;
    RecordEditor *m_records = nullptr;
    CsvActions *m_csv = nullptr;  // File menu: CSV import and export

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_registerMenu = nullptr;
    QAction *m_newMentorAction = nullptr;
    QAction *m_newMenteeAction = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_agreementSettingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace mentordesk::gui
