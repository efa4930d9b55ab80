#pragma once

#include "storage/attentionqueries.h"

#include <QAbstractTableModel>

namespace mentordesk::gui {

// The needs-attention items as a table: what needs doing, for which mentee and mentor. Holds
// the list the query returned (a few per open course at most), so no paging is needed.
class AttentionListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { What, Mentee, Mentor, ColumnCount };
    static constexpr int CourseIdRole = Qt::UserRole;
    static constexpr int RuleRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QList<storage::AttentionItem> items);
    const QList<storage::AttentionItem> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<storage::AttentionItem> m_items;
};

} // namespace mentordesk::gui
