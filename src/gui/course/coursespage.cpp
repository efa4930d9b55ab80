#include "coursespage.h"

#include "attentionpanel.h"
#include "coursewindow.h"
#include "searchpanel.h"

#include "storage/attentionqueries.h"
#include "models/pagedtablemodel.h"
#include "views/listpage.h"
#include "widgets/coursefilterbar.h"

#include <QEvent>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

CoursesPage::CoursesPage(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_attention(new AttentionPanel(this)), m_list(new ListPage(this)),
      m_filters(new CourseFilterBar(this)), m_search(nullptr)
{
    setObjectName(u"coursesPage"_s);
    m_tabs->setObjectName(u"coursesTabs"_s);
    m_list->setFilterBar(m_filters);
    m_tabs->addTab(m_attention, QString());
    m_tabs->addTab(m_list, QString());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_attention, &AttentionPanel::openCourse, this,
            [this](qint64 courseId, storage::AttentionRule rule) { openCourse(courseId, AttentionPlace::of(rule).place); });
    connect(m_attention, &AttentionPanel::thresholdsChanged, this, [this] {
        if (m_db)
            m_filters->setGapPercent(storage::AttentionQueries(*m_db).thresholds().hoursPercent);
        Q_EMIT dataChanged();  // the panel has read itself again; the rest follows
    });
    connect(m_attention, &AttentionPanel::agreementsPrinted, this, &CoursesPage::dataChanged);
    connect(m_list, &ListPage::recordActivated, this, [this](qint64 id) { openCourse(id); });
    connect(m_list, &ListPage::filterChanged, this, &CoursesPage::retranslate);
    retranslate();
}

CoursesPage::~CoursesPage()
{
    closeWindows();
}

void CoursesPage::setDatabase(storage::Database *db)
{
    closeWindows();  // their repositories point at the old file
    m_db = db;
    delete m_search;
    m_search = nullptr;
    if (db) {
        m_search = new SearchPanel(*db, this);
        m_tabs->insertTab(SearchTab, m_search, QString());
        connect(m_search, &SearchPanel::openCourse, this, [this](qint64 courseId, int kind, qint64 entityId) {
            if (CourseWindow *window = openCourse(courseId))
                window->showRecord(kind, entityId);
        });
        m_filters->setGapPercent(storage::AttentionQueries(*db).thresholds().hoursPercent);
    }
    m_attention->setDatabase(db);
    retranslate();
}

void CoursesPage::setToday(const QDate &today)
{
    m_today = today;
    m_attention->setToday(today);
    m_attention->refresh();
}

void CoursesPage::refresh()
{
    m_attention->refresh();
    retranslate();
}

int CoursesPage::attentionCount() const
{
    return m_attention->courseCount();
}

CourseWindow *CoursesPage::openCourse(qint64 courseId, std::optional<CoursePlace> place)
{
    if (!m_db)
        return nullptr;
    CourseWindow *window = m_windows.value(courseId);
    if (!window) {
        window = new CourseWindow(*m_db, courseId, this);
        window->setWindowFlag(Qt::Window);
        if (m_today.isValid())
            window->setToday(m_today);
        // The main window re-reads its lists and this page (refreshLists) once.
        connect(window, &CourseWindow::changed, this, &CoursesPage::dataChanged);
        connect(window, &CourseWindow::findNewMentor, this, &CoursesPage::findNewMentor);
        m_windows.insert(courseId, window);
        connect(window, &QObject::destroyed, this, [this, courseId] { m_windows.remove(courseId); });
    }
    window->show();
    window->raise();
    window->activateWindow();
    if (place)
        window->openAt(*place);
    return window;
}

void CoursesPage::closeWindows()
{
    const auto windows = m_windows;
    m_windows.clear();
    for (const QPointer<CourseWindow> &window : windows)
        delete window.data();
}

void CoursesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CoursesPage::retranslate()
{
    const QLocale locale;
    const int attention = m_attention->courseCount();
    m_tabs->setTabText(AttentionTab, attention > 0 ? tr("Needs attention (%1)").arg(locale.toString(attention))
                                                   : tr("Needs attention"));
    const int courses = m_list->model() ? m_list->model()->totalCount() : 0;
    m_tabs->setTabText(ListTab, tr("Courses (%1)").arg(locale.toString(courses)));
    if (m_search)
        m_tabs->setTabText(SearchTab, tr("Search notes"));
}

} // namespace mentordesk::gui
