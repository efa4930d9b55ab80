#pragma once

#include "pagedtablemodel.h"
#include "storage/listqueries.h"

namespace mentordesk::gui {

// The mentor register: name, type, contact, postcode, capacity and current load.
class MentorListModel : public PagedTableModel<storage::MentorListRow> {
    Q_OBJECT
public:
    enum Column { Name, Type, Email, Phone, Postcode, Capacity, ActiveMentees, Status, ColumnCount };

    explicit MentorListModel(storage::ListQueries &queries, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    int unfilteredCount() const override { return m_queries.mentorCount(); }

    // Shows only the rows `filter` lets through, from the first page, keeping the sort.
    void setFilter(const storage::MentorFilter &filter);
    const storage::MentorFilter &filter() const { return m_filter; }

protected:
    int count() const override { return m_queries.mentorCount(m_filter); }
    QList<storage::MentorListRow> fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const override;

private:
    storage::ListQueries &m_queries;
    storage::MentorFilter m_filter;
};

} // namespace mentordesk::gui
