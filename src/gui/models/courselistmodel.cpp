#include "courselistmodel.h"

#include "storage/hoursqueries.h"

#include <QColor>
#include <QLocale>

using namespace mentordesk::domain;
using mentordesk::storage::ListQueries;
using namespace Qt::StringLiterals;

namespace mentordesk::gui {

namespace {

// "12.5 / 20.0 (63 %)" with a warning sign before a gap, so it shows without colour too.
QString hoursText(double delivered, double granted, bool gap)
{
    const QLocale locale;
    if (granted <= 0)
        return delivered > 0 ? CourseListModel::tr("%1 / none").arg(locale.toString(delivered, 'f', 1)) : QString();
    const QString text = CourseListModel::tr("%1 / %2 (%3 %)")
                             .arg(locale.toString(delivered, 'f', 1), locale.toString(granted, 'f', 1))
                             .arg(storage::HoursFigures{granted, delivered, 0}.percent());
    return gap ? u"\u26a0 "_s + text : text;
}

} // namespace

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
    case Hours: return tr("Delivered / granted hours");
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
    const bool gap = storage::HoursFigures{r.grantedHours, r.deliveredHours, 0}.hasGap(m_filter.gapPercent);
    if (index.column() == Hours) {
        if (role == Qt::ForegroundRole && gap)
            return QColor(0xb0, 0x1c, 0x1c);  // the same red as the course page's gap marker
        if (role == Qt::ToolTipRole && gap)
            return tr("Fewer hours delivered than %1 % of the hours granted").arg(m_filter.gapPercent);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
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
    case Hours: return hoursText(r.deliveredHours, r.grantedHours, gap);
    }
    return {};
}

QList<storage::CourseListRow> CourseListModel::fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const
{
    return m_queries.courses(m_filter, today(), offset, limit, ListQueries::CourseColumn(sortColumn), order);
}

} // namespace mentordesk::gui
