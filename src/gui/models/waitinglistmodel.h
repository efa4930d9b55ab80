#pragma once

#include "pagedtablemodel.h"
#include "storage/listqueries.h"

#include <QDate>

namespace mentordesk::gui {

// Mentees without an approved match, longest waiting first: the matching work queue.
class WaitingListModel : public PagedTableModel<storage::WaitingListRow> {
    Q_OBJECT
public:
    enum Column { Name, Scheme, TargetGroup, Registered, WaitingDays, ColumnCount };

    WaitingListModel(storage::ListQueries &queries, QDate today, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    int count() const override { return m_queries.waitingCount(); }
    QList<storage::WaitingListRow> fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const override;

private:
    storage::ListQueries &m_queries;
    QDate m_today;
};

} // namespace mentordesk::gui
