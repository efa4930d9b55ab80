#pragma once

#include "storage/matchingqueries.h"

#include <QAbstractTableModel>

namespace mentordesk::gui {

// Proposals and matches with both names, newest proposal first, filtered by state.
class MatchListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Mentee, Mentor, Score, Source, State, Proposed, Decision, ColumnCount };
    enum class Show { OpenProposals, Approved, Decided, All };

    explicit MatchListModel(storage::Database &db, QObject *parent = nullptr);

    void setShow(Show show);
    Show show() const { return m_show; }
    void reload();
    const storage::MatchRow &rowAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    storage::Database &m_db;
    Show m_show = Show::OpenProposals;
    QList<storage::MatchRow> m_rows;
};

} // namespace mentordesk::gui
