#include "attentionlistmodel.h"

#include "attentionplace.h"

#include <QColor>

using mentordesk::storage::AttentionRule;

namespace mentordesk::gui {

void AttentionListModel::setItems(QList<storage::AttentionItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int AttentionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What: return tr("What needs attention");
    case Mentee: return tr("Mentee");
    case Mentor: return tr("Mentor");
    }
    return {};
}

QVariant AttentionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const storage::AttentionItem &item = m_items.at(index.row());
    switch (role) {
    case CourseIdRole: return item.courseId;
    case RuleRole: return int(item.rule);
    case Qt::DisplayRole:
        switch (index.column()) {
        case What: return item.text();
        case Mentee: return item.mentee;
        case Mentor: return item.mentor.isEmpty() ? tr("(no mentor)") : item.mentor;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == What ? AttentionPlace::of(item.rule).hint() : QVariant();
    case Qt::DecorationRole:
        return index.column() == What ? AttentionPlace::of(item.rule).marker() : QVariant();
    }
    return {};
}

} // namespace mentordesk::gui
