#pragma once

#include "pagedtablemodel.h"
#include "storage/listqueries.h"

namespace mentordesk::gui {

// Mentor courses: mentee, mentor, scheme, status, phase, period and hours delivered against
// granted, with the gap marked.
class CourseListModel : public PagedTableModel<storage::CourseListRow> {
    Q_OBJECT
public:
    enum Column { Mentee, Mentor, Scheme, Status, Phase, Start, PlannedEnd, Hours, ColumnCount };

    explicit CourseListModel(storage::ListQueries &queries, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Shows the courses `filter` lets through (reloads).
    void setFilter(const storage::CourseFilter &filter)
    {
        m_filter = filter;
        reload();
    }
    const storage::CourseFilter &filter() const { return m_filter; }
    // The day hours are counted to; tests fix it.
    void setToday(const QDate &today) { m_today = today; }
    int unfilteredCount() const override { return m_queries.courseCount({}, today()); }

protected:
    int count() const override { return m_queries.courseCount(m_filter, today()); }
    QList<storage::CourseListRow> fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const override;

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    storage::ListQueries &m_queries;
    storage::CourseFilter m_filter;
    QDate m_today;
};

} // namespace mentordesk::gui
