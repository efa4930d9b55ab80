#include "matchlistmodel.h"

#include "domain/enums.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

MatchListModel::MatchListModel(storage::Database &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    reload();
}

void MatchListModel::setShow(Show show)
{
    m_show = show;
    reload();
}

void MatchListModel::reload()
{
    QStringList states;
    switch (m_show) {
    case Show::OpenProposals: states = {toCode(MatchState::Proposed)}; break;
    case Show::Approved: states = {toCode(MatchState::Approved)}; break;
    case Show::Decided:
        states = {toCode(MatchState::Rejected), toCode(MatchState::Withdrawn), toCode(MatchState::Ended)};
        break;
    case Show::All: break;
    }
    beginResetModel();
    m_rows = storage::MatchingQueries(m_db).matchRows(states);
    endResetModel();
}

int MatchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatchListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mentee: return tr("Mentee");
    case Mentor: return tr("Mentor");
    case Score: return tr("Score");
    case Source: return tr("Source");
    case State: return tr("State");
    case Proposed: return tr("Proposed");
    case Decision: return tr("Decision");
    }
    return {};
}

QVariant MatchListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const storage::MatchRow &row = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Score)
        return row.reasons.join(u'\n');
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Mentee: return row.menteeName;
    case Mentor: return row.mentorName;
    case Score: return row.score ? QVariant(*row.score) : QVariant();
    case Source: return fromCode<MatchSource>(row.source) ? label(*fromCode<MatchSource>(row.source)) : row.source;
    case State: return fromCode<MatchState>(row.state) ? label(*fromCode<MatchState>(row.state)) : row.state;
    case Proposed: return locale.toString(row.proposedAt.toLocalTime(), QLocale::ShortFormat);
    case Decision:
        if (!row.decidedAt.isValid())
            return QString();
        return row.reason.isEmpty() ? locale.toString(row.decidedAt.toLocalTime(), QLocale::ShortFormat)
                                    : tr("%1: %2").arg(locale.toString(row.decidedAt.toLocalTime(), QLocale::ShortFormat), row.reason);
    }
    return {};
}

} // namespace mentordesk::gui
