#include "mainwindow.h"

#include "csvactions.h"
#include "recordeditor.h"
#include "course/coursespage.h"
#include "dialogs/agreementsettingsdialog.h"
#include "dialogs/settingsdialog.h"
#include "matching/matchingpage.h"
#include "matching/suggestionpanel.h"
#include "models/courselistmodel.h"
#include "models/menteelistmodel.h"
#include "models/mentorlistmodel.h"
#include "models/waitinglistmodel.h"
#include "views/emptystate.h"
#include "views/listpage.h"
#include "views/reportspage.h"
#include "widgets/menteefilterbar.h"
#include "widgets/mentorfilterbar.h"

#include "demo/demodata.h"
#include "storage/listqueries.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;
using mentordesk::storage::Database;

Q_LOGGING_CATEGORY(lcGui, "mentordesk.gui")

namespace mentordesk::gui {

namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = u"recentDatabases"_s;
const QString kLastKey = u"lastDatabase"_s;
const QString kFileFilter = u"*.sqlite *.mentordesk *.db"_s;

} // namespace

MainWindow::MainWindow(QSettings &settings, i18n::Translations &translations, QWidget *parent)
    : QMainWindow(parent), m_settings(settings), m_translations(translations), m_navigation(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_noDatabase(new EmptyState(this)), m_mentors(new ListPage(this)),
      m_mentees(new ListPage(this)), m_matchingPage(new MatchingPage(this)), m_matching(m_matchingPage->waitingList()),
      m_coursesPage(new CoursesPage(this)), m_courses(m_coursesPage->courseList()),
      m_reports(new ReportsPage(this)), m_mentorFilters(new MentorFilterBar(this)),
      m_menteeFilters(new MenteeFilterBar(this)), m_filterStatus(new QLabel(this)), m_fileLabel(new QLabel(this))
{
    setObjectName(u"MainWindow"_s);
    m_records = new RecordEditor(this, [this] { return m_db.get(); });
    connect(m_records, &RecordEditor::recordSaved, this, &MainWindow::refresh);
    connect(m_mentors, &ListPage::recordActivated, m_records, &RecordEditor::openMentor);
    connect(m_mentees, &ListPage::recordActivated, m_records, &RecordEditor::openMentee);
    connect(m_matchingPage, &MatchingPage::dataChanged, this, [this] { refreshLists(false); });
    connect(m_coursesPage, &CoursesPage::dataChanged, this, &MainWindow::refresh);
    connect(m_coursesPage, &CoursesPage::findNewMentor, this, [this](qint64 menteeId) {
        showSection(Section::Matching);
        m_matchingPage->suggestions()->showForMentee(menteeId);
        raise();
        activateWindow();
    });
    m_csv = new CsvActions(this, [this] { return m_db.get(); });
    connect(m_csv, &CsvActions::dataChanged, this, &MainWindow::refresh);
    connect(m_csv, &CsvActions::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    createActions();
    createMenus();

    for (int i = 0; i < 5; ++i)
        m_navigation->addItem(QString());
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setMinimumWidth(170);
    m_navigation->setSpacing(2);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_navigation->setFont(navFont);

    for (QWidget *page : {static_cast<QWidget *>(m_mentors), static_cast<QWidget *>(m_mentees),
                          static_cast<QWidget *>(m_matchingPage), static_cast<QWidget *>(m_coursesPage),
                          static_cast<QWidget *>(m_reports), static_cast<QWidget *>(m_noDatabase)})
        m_pages->addWidget(page);
    m_mentors->emptyState()->addAction(m_demoAction);
    m_mentees->emptyState()->addAction(m_demoAction);
    m_mentors->setFilterBar(m_mentorFilters);
    m_mentees->setFilterBar(m_menteeFilters);
    const QList<std::pair<ListPage *, QString>> columnKeys = {
        {m_mentors, u"lists/mentors/header"_s},
        {m_mentees, u"lists/mentees/header"_s},
        {m_matching, u"lists/waiting/header"_s},
        {m_courses, u"lists/courses/header"_s},
    };
    for (const auto &[page, key] : columnKeys) {
        page->setColumnSettings(m_settings, key);
        connect(page, &ListPage::filterChanged, this, &MainWindow::updateFilterStatus);
    }
    m_noDatabase->addAction(m_newAction);
    m_noDatabase->addAction(m_openAction);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({190, 1000});
    setCentralWidget(splitter);
    m_filterStatus->setObjectName(u"filterStatus"_s);
    statusBar()->addWidget(m_filterStatus);
    statusBar()->addPermanentWidget(m_fileLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_db && row >= 0)
            m_pages->setCurrentIndex(row);
        updateFilterStatus();
    });

    resize(1280, 800);
    restoreGeometry(m_settings.value(u"window/geometry"_s).toByteArray());
    restoreState(m_settings.value(u"window/state"_s).toByteArray());
    splitter->restoreState(m_settings.value(u"window/splitter"_s).toByteArray());
    retranslate();
    setDatabase(nullptr);
    showSection(Section(m_settings.value(u"window/section"_s, 0).toInt()));
}

MainWindow::~MainWindow()
{
    // The views must let go of the models before the queries and the database go.
    for (ListPage *page : {m_mentors, m_mentees, m_matching, m_courses})
        page->setModel(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newDatabase);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDatabaseDialog);
    m_backupAction = new QAction(this);
    connect(m_backupAction, &QAction::triggered, this, &MainWindow::backupDatabase);
    m_demoAction = new QAction(this);
    connect(m_demoAction, &QAction::triggered, this, &MainWindow::addDemoData);
    m_settingsAction = new QAction(this);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    m_agreementSettingsAction = new QAction(this);
    m_agreementSettingsAction->setObjectName(u"agreementSettingsAction"_s);
    connect(m_agreementSettingsAction, &QAction::triggered, this, &MainWindow::showAgreementSettings);
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
    m_newMentorAction = new QAction(this);
    m_newMentorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    connect(m_newMentorAction, &QAction::triggered, m_records, &RecordEditor::newMentor);
    m_newMenteeAction = new QAction(this);
    connect(m_newMenteeAction, &QAction::triggered, m_records, &RecordEditor::newMentee);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_demoAction);
    m_fileMenu->addSeparator();
    m_csv->addTo(m_fileMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addAction(m_agreementSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_registerMenu = menuBar()->addMenu(QString());
    m_registerMenu->addAction(m_newMentorAction);
    m_registerMenu->addAction(m_newMenteeAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
    rebuildRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &recent"));
    m_helpMenu->setTitle(tr("&Help"));
    m_registerMenu->setTitle(tr("&Register"));
    m_newMentorAction->setText(tr("New &mentor…"));
    m_newMenteeAction->setText(tr("New m&entee…"));
    m_newAction->setText(tr("&New database…"));
    m_openAction->setText(tr("&Open database…"));
    m_backupAction->setText(tr("&Back up database…"));
    m_demoAction->setText(tr("Add &demo data…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_agreementSettingsAction->setText(tr("A&greement settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About MentorDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_mentors->setTexts(tr("Mentors (%n)"), tr("No mentors yet"),
                        tr("Mentors you register appear here with their type, contact data and free places. "
                           "To look around first, fill this database with demo data."));
    m_mentees->setTexts(tr("Mentees (%n)"), tr("No mentees yet"),
                        tr("Mentees you register appear here with their scheme, target group and status. "
                           "To look around first, fill this database with demo data."));
    m_matching->setTexts(tr("Waiting for a mentor (%n)"), tr("Nobody is waiting"),
                         tr("Every registered mentee has an approved mentor. New mentees without a mentor "
                            "appear here, longest waiting first."));
    m_courses->setTexts(tr("Mentor courses (%n)"), tr("No mentor courses yet"),
                        tr("A course starts when a match between a mentor and a mentee is approved. "
                           "Courses then appear here with their status, phase and hours."));
    m_courses->noMatchesState()->setTexts(tr("No course matches the filter"),
                                          tr("Change the search or the choices, or clear the filters."));
    m_noDatabase->setTexts(tr("No database is open"),
                           tr("MentorDesk keeps its data in one file on this computer. Create a new file, "
                              "or open the file you or a colleague used before."));
    rebuildRecentMenu();
    refresh();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setValue(u"window/geometry"_s, saveGeometry());
    m_settings.setValue(u"window/state"_s, saveState());
    m_settings.setValue(u"window/section"_s, int(currentSection()));
    if (auto *splitter = findChild<QSplitter *>(u"mainSplitter"_s))
        m_settings.setValue(u"window/splitter"_s, splitter->saveState());
    event->accept();
}

QString MainWindow::openDatabase(const QString &path, Database::Mode mode)
{
    if (m_db && QFileInfo(path).absoluteFilePath() == m_db->path())
        return {};
    storage::OpenResult opened = Database::open(path, mode);
    if (!opened.ok())
        return opened.message;
    setDatabase(std::move(opened.database));
    return {};
}

void MainWindow::setDatabase(std::unique_ptr<Database> database)
{
    // Build the new models first, swap them in, then let the old ones and the old file go.
    std::unique_ptr<storage::ListQueries> queries = database ? std::make_unique<storage::ListQueries>(*database) : nullptr;
    QList<PagedModelBase *> oldModels;
    for (ListPage *page : {m_mentors, m_mentees, m_matching, m_courses})
        if (page->model())
            oldModels << page->model();
    // Another file: start from its whole registers, without reloading the old models first.
    for (FilterBar *bar : std::initializer_list<FilterBar *>{m_mentorFilters, m_menteeFilters}) {
        const QSignalBlocker block(bar);
        bar->clear();
    }
    if (queries) {
        m_mentors->setModel(new MentorListModel(*queries, this));
        m_mentees->setModel(new MenteeListModel(*queries, this));
        m_matching->setModel(new WaitingListModel(*queries, database->today(), this));
        m_courses->setModel(new CourseListModel(*queries, this));
    } else {
        for (ListPage *page : {m_mentors, m_mentees, m_matching, m_courses})
            page->setModel(nullptr);
    }
    m_matchingPage->setDatabase(database.get());  // lets go of the old file before it closes
    m_coursesPage->setDatabase(database.get());  // closes the course pages of the old file
    qDeleteAll(oldModels);
    m_queries = std::move(queries);
    m_db = std::move(database);

    if (m_db) {
        m_settings.setValue(kLastKey, m_db->path());
        rememberRecent(m_db->path());
        qCInfo(lcGui) << "database opened, data version" << m_db->schemaVersion();
    }
    m_backupAction->setEnabled(m_db != nullptr);
    m_demoAction->setEnabled(m_db != nullptr);
    m_agreementSettingsAction->setEnabled(m_db != nullptr);
    m_newMentorAction->setEnabled(m_db != nullptr);
    m_newMenteeAction->setEnabled(m_db != nullptr);
    m_navigation->setEnabled(m_db != nullptr);
    if (m_db)
        m_pages->setCurrentIndex(std::max(0, m_navigation->currentRow()));
    else
        m_pages->setCurrentWidget(m_noDatabase);
    refresh();
}

void MainWindow::refreshLists(bool matchingPageToo)
{
    if (m_db && m_queries) {
        m_menteeFilters->setSchemes(m_queries->schemeChoices());
        for (ListPage *page : {m_mentors, m_mentees, m_matching, m_courses})
            page->reload();
        if (matchingPageToo)
            m_matchingPage->refresh();
        m_coursesPage->refresh();
        m_reports->showFigures(m_queries->keyFigures(m_db->today()));  // the database's clock: tests inject it
    }
    // The whole register, whatever the page's filter shows.
    const auto count = [this](ListPage *page) { return page->model() ? page->model()->unfilteredCount() : 0; };
    const QList<std::pair<QString, int>> items = {
        {tr("Mentors"), count(m_mentors)},
        {tr("Mentees"), count(m_mentees)},
        {tr("Matching"), count(m_matching)},
        {tr("Courses"), count(m_courses)},
        {tr("Reports"), -1},
    };
    const QLocale locale;
    for (int i = 0; i < items.size(); ++i) {
        const auto &[name, n] = items.at(i);
        m_navigation->item(i)->setText(n >= 0 && m_db ? u"%1   %2"_s.arg(name, locale.toString(n)) : name);
    }
    // The courses that need the coordinator, beside the section's name.
    QListWidgetItem *courses = m_navigation->item(int(Section::Courses));
    const int attention = m_db ? m_coursesPage->attentionCount() : 0;
    if (attention > 0)
        courses->setText(courses->text() + u"  \u26a0 "_s + locale.toString(attention));
    courses->setToolTip(attention > 0 ? tr("%n course(s) need attention", nullptr, attention) : QString());
    updateTitleAndStatus();
    updateFilterStatus();
}

void MainWindow::updateFilterStatus()
{
    const Section section = currentSection();
    ListPage *page = listPage(section);
    QString text;
    if (m_db && page && page->model() && page->filterBar() && page->filterBar()->isActive()) {
        const QLocale locale;
        const QString shown = locale.toString(page->model()->totalCount());
        const QString all = locale.toString(page->model()->unfilteredCount());
        text = section == Section::Mentors   ? tr("Showing %1 of %2 mentors").arg(shown, all)
               : section == Section::Mentees ? tr("Showing %1 of %2 mentees").arg(shown, all)
                                             : tr("Showing %1 of %2 courses").arg(shown, all);
    }
    m_filterStatus->setText(text);
}

void MainWindow::updateTitleAndStatus()
{
    if (m_db) {
        setWindowTitle(tr("%1 — MentorDesk").arg(QFileInfo(m_db->path()).fileName()));
        m_fileLabel->setText(tr("File: %1").arg(QDir::toNativeSeparators(m_db->path())));
    } else {
        setWindowTitle(tr("MentorDesk"));
        m_fileLabel->setText(tr("No database open"));
    }
}

void MainWindow::showSection(Section section)
{
    const int row = std::clamp(int(section), 0, int(Section::Reports));
    m_navigation->setCurrentRow(row);
    if (m_db)
        m_pages->setCurrentIndex(row);
}

MainWindow::Section MainWindow::currentSection() const
{
    return Section(std::max(0, m_navigation->currentRow()));
}

ListPage *MainWindow::listPage(Section section) const
{
    switch (section) {
    case Section::Mentors: return m_mentors;
    case Section::Mentees: return m_mentees;
    case Section::Matching: return m_matching;
    case Section::Courses: return m_courses;
    case Section::Reports: break;
    }
    return nullptr;
}

void MainWindow::rememberRecent(const QString &path)
{
    QStringList recent = m_settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings.setValue(kRecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings.value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            if (const QString error = openDatabase(path, Database::Mode::OpenExisting); !error.isEmpty())
                reportOpenFailure(error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::reportOpenFailure(const QString &message)
{
    QMessageBox::warning(this, tr("The database cannot be opened"), message);
}

void MainWindow::newDatabase()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New MentorDesk database"), QDir::homePath(),
                                                tr("MentorDesk databases (%1)").arg(kFileFilter), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".sqlite"_s;
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("The file already exists"),
                             tr("%1 already exists. Use Open to work in it, or choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (const QString error = openDatabase(path, Database::Mode::CreateIfMissing); !error.isEmpty())
        reportOpenFailure(error);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open MentorDesk database"), QDir::homePath(),
                                                      tr("MentorDesk databases (%1);;All files (*)").arg(kFileFilter));
    if (path.isEmpty())
        return;
    if (const QString error = openDatabase(path, Database::Mode::OpenExisting); !error.isEmpty())
        reportOpenFailure(error);
}

void MainWindow::backupDatabase()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString suggested = current.dir().filePath(
        u"%1-%2.sqlite"_s.arg(current.completeBaseName(), QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested,
                                                      tr("MentorDesk databases (%1)").arg(kFileFilter));
    if (path.isEmpty())
        return;
    if (const storage::Status saved = m_db->backupTo(path); !saved)
        QMessageBox::warning(this, tr("The backup failed"), saved.error());
    else
        statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::addDemoData()
{
    if (!m_db)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Add demo data"),
        tr("Add 40 made-up mentors and 120 made-up mentees, with courses, meetings and logbook entries, "
           "to this database? Use it to look around; do not mix demo data with real cases."));
    if (answer != QMessageBox::Yes)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    demo::DemoOptions options;
    options.seed = quint64(QDateTime::currentMSecsSinceEpoch());
    const auto summary = demo::DemoDataGenerator(*m_db).generate(options);
    QApplication::restoreOverrideCursor();
    if (!summary) {
        QMessageBox::warning(this, tr("Demo data could not be added"), summary.error());
        return;
    }
    refresh();
    statusBar()->showMessage(tr("Added %1 mentors and %2 mentees.").arg(summary->mentors).arg(summary->mentees), 8000);
}

void MainWindow::offerDemoDataIfEmpty()
{
    if (m_db && m_mentors->model() && m_mentees->model() && m_mentors->model()->unfilteredCount() == 0
        && m_mentees->model()->unfilteredCount() == 0)
        addDemoData();
}

void MainWindow::applyLanguage(i18n::Language language)
{
    m_settings.setValue(u"language"_s, i18n::languageCode(language));
    m_translations.apply(language);  // Qt sends LanguageChange to every widget
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(i18n::languageFromCode(m_settings.value(u"language"_s).toString()), this);
    if (dialog.exec() == QDialog::Accepted)
        applyLanguage(dialog.language());
}

void MainWindow::showAgreementSettings()
{
    if (!m_db)
        return;
    AgreementSettingsDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MentorDesk"),
                       tr("<h3>MentorDesk %1</h3>"
                          "<p>Case management for mentor coordinators: mentors, mentees, matching, "
                          "mentor courses and agreements.</p>"
                          "<p>Your data stays in one file on this computer.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace mentordesk::gui
