#include "courselistmodel.h"

#include <QLocale>

using namespace mentordesk::domain;
using mentordesk::storage::ListQueries;

namespace mentordesk::gui {

CourseListModel::CourseListModel(storage::ListQueries &queries, QObject *parent)
    : PagedTableModel(parent), m_queries(queries)
{
    sort(Start, Qt::DescendingOrder);
}

int CourseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CourseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mentee: return tr("Mentee");
    case Mentor: return tr("Mentor");
    case Scheme: return tr("Scheme");
    case Status: return tr("Status");
    case Phase: return tr("Phase");
    case Start: return tr("Start");
    case PlannedEnd: return tr("Planned end");
    }
    return {};
}

QVariant CourseListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const storage::CourseListRow &r = rowAt(index.row());
    if (role == Qt::UserRole)
        return r.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Mentee: return r.mentee;
    case Mentor: return r.mentor.isEmpty() ? tr("(no mentor)") : r.mentor;
    case Scheme: return r.scheme;
    case Status: return label(r.status);
    case Phase: return label(r.phase);
    case Start: return QLocale().toString(r.startDate, QLocale::ShortFormat);
    case PlannedEnd: return QLocale().toString(r.plannedEndDate, QLocale::ShortFormat);
    }
    return {};
}

QList<storage::CourseListRow> CourseListModel::fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const
{
    return m_queries.courses(offset, limit, ListQueries::CourseColumn(sortColumn), order);
}

} // namespace mentordesk::gui
