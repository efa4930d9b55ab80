#pragma once

#include "attentionplace.h"
#include "coursewindow.h"

#include <QDate>
#include <QHash>
#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class AttentionPanel;
class CourseFilterBar;
class ListPage;
class SearchPanel;

// The Courses section: what needs attention first (its start page), every course with hours
// delivered against granted, and the full-text search of notes, logbook and goals. Every one
// opens the course page; a course already open is brought to the front instead of twice.
class CoursesPage : public QWidget {
    Q_OBJECT
public:
    enum Tab { AttentionTab, ListTab, SearchTab };

    explicit CoursesPage(QWidget *parent = nullptr);
    // Closes the course pages first: they tell the page when they go, which must still be whole.
    ~CoursesPage() override;

    // The course list; the main window gives it its model and remembers its columns.
    ListPage *courseList() const { return m_list; }
    CourseFilterBar *filterBar() const { return m_filters; }
    AttentionPanel *attention() const { return m_attention; }
    SearchPanel *search() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }

    void setDatabase(storage::Database *db);
    void setToday(const QDate &today);
    // Re-reads the needs-attention list and the counts (after a change elsewhere).
    void refresh();
    int attentionCount() const;

    // Opens (or raises) the course page, at `place` when given.
    CourseWindow *openCourse(qint64 courseId, std::optional<CoursePlace> place = std::nullopt);
    CourseWindow *openWindow(qint64 courseId) const { return m_windows.value(courseId); }

Q_SIGNALS:
    // A course changed: the main window re-reads its lists and counts.
    void dataChanged();
    // A mentor change wants a new mentor: show the mentee in the Matching section.
    void findNewMentor(qint64 menteeId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void closeWindows();

    storage::Database *m_db = nullptr;
    QDate m_today;
    QTabWidget *m_tabs;
    AttentionPanel *m_attention;
    ListPage *m_list;
    CourseFilterBar *m_filters;
    SearchPanel *m_search;
    QHash<qint64, QPointer<CourseWindow>> m_windows;
};

} // namespace mentordesk::gui
