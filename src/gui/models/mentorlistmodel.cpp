#include "mentorlistmodel.h"

using namespace mentordesk::domain;
using mentordesk::storage::ListQueries;

namespace mentordesk::gui {

MentorListModel::MentorListModel(storage::ListQueries &queries, QObject *parent)
    : PagedTableModel(parent), m_queries(queries)
{
    reload();
}

void MentorListModel::setFilter(const storage::MentorFilter &filter)
{
    m_filter = filter;
    reload();
}

int MentorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MentorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Type: return tr("Type");
    case Email: return tr("E-mail");
    case Phone: return tr("Phone");
    case Postcode: return tr("Postcode");
    case Capacity: return tr("Capacity");
    case ActiveMentees: return tr("Mentees");
    case Status: return tr("Status");
    }
    return {};
}

QVariant MentorListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::MentorListRow &r = rowAt(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Capacity || index.column() == ActiveMentees ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name: return r.name;
    case Type: return label(r.type);
    case Email: return r.email;
    case Phone: return r.phone;
    case Postcode: return r.postcode;
    case Capacity: return r.capacity;
    case ActiveMentees: return r.activeMentees;
    case Status: return label(r.status);
    }
    return {};
}

QList<storage::MentorListRow> MentorListModel::fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const
{
    return m_queries.mentors(m_filter, offset, limit, ListQueries::MentorColumn(sortColumn), order);
}

} // namespace mentordesk::gui
