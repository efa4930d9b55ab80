#include "waitinglistmodel.h"

#include <QLocale>

using namespace mentordesk::domain;
using mentordesk::storage::ListQueries;

namespace mentordesk::gui {

WaitingListModel::WaitingListModel(storage::ListQueries &queries, QDate today, QObject *parent)
    : PagedTableModel(parent), m_queries(queries), m_today(today)
{
    sort(WaitingDays, Qt::DescendingOrder);
}

int WaitingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaitingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Mentee");
    case Scheme: return tr("Scheme");
    case TargetGroup: return tr("Target group");
    case Registered: return tr("Registered");
    case WaitingDays: return tr("Days waiting");
    }
    return {};
}

QVariant WaitingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::WaitingListRow &r = rowAt(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == WaitingDays ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Scheme: return r.scheme;
    case TargetGroup: return label(r.targetGroup);
    case Registered: return QLocale().toString(r.registeredOn, QLocale::ShortFormat);
    case WaitingDays: return r.waitingDays;
    }
    return {};
}

QList<storage::WaitingListRow> WaitingListModel::fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const
{
    return m_queries.waiting(offset, limit, ListQueries::WaitingColumn(sortColumn), order, m_today);
}

} // namespace mentordesk::gui
