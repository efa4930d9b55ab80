#pragma once

#include "pagedtablemodel.h"
#include "storage/listqueries.h"

namespace mentordesk::gui {

// Mentor courses: mentee, mentor, scheme, status, phase and period.
class CourseListModel : public PagedTableModel<storage::CourseListRow> {
    Q_OBJECT
public:
    enum Column { Mentee, Mentor, Scheme, Status, Phase, Start, PlannedEnd, ColumnCount };

    explicit CourseListModel(storage::ListQueries &queries, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int count() const override { return m_queries.courseCount(); }
    QList<storage::CourseListRow> fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const override;

private:
    storage::ListQueries &m_queries;
};

} // namespace mentordesk::gui
