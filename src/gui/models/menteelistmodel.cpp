#include "menteelistmodel.h"

#include <QLocale>

using namespace mentordesk::domain;
using mentordesk::storage::ListQueries;

namespace mentordesk::gui {

MenteeListModel::MenteeListModel(storage::ListQueries &queries, QObject *parent)
    : PagedTableModel(parent), m_queries(queries)
{
    reload();
}

void MenteeListModel::setFilter(const storage::MenteeFilter &filter)
{
    m_filter = filter;
    reload();
}

int MenteeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MenteeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Scheme: return tr("Scheme");
    case TargetGroup: return tr("Target group");
    case Postcode: return tr("Postcode");
    case Registered: return tr("Registered");
    case Status: return tr("Status");
    }
    return {};
}

QVariant MenteeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::MenteeListRow &r = rowAt(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Scheme: return r.scheme;
    case TargetGroup: return label(r.targetGroup);
    case Postcode: return r.postcode;
    case Registered: return QLocale().toString(r.registeredOn, QLocale::ShortFormat);
    case Status: return label(r.status);
    }
    return {};
}

QList<storage::MenteeListRow> MenteeListModel::fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const
{
    return m_queries.mentees(m_filter, offset, limit, ListQueries::MenteeColumn(sortColumn), order);
}

} // namespace mentordesk::gui
