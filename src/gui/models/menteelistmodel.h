#pragma once

#include "pagedtablemodel.h"
#include "storage/listqueries.h"

namespace mentordesk::gui {

// The mentee register: name, scheme, target group, postcode, registration date and status.
class MenteeListModel : public PagedTableModel<storage::MenteeListRow> {
    Q_OBJECT
public:
    enum Column { Name, Scheme, TargetGroup, Postcode, Registered, Status, ColumnCount };

    explicit MenteeListModel(storage::ListQueries &queries, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int unfilteredCount() const override { return m_queries.menteeCount(); }

    // Shows only the rows `filter` lets through, from the first page, keeping the sort.
    void setFilter(const storage::MenteeFilter &filter);
    const storage::MenteeFilter &filter() const { return m_filter; }

protected:
    int count() const override { return m_queries.menteeCount(m_filter); }
    QList<storage::MenteeListRow> fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const override;

private:
    storage::ListQueries &m_queries;
    storage::MenteeFilter m_filter;
};

} // namespace mentordesk::gui
