#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace mentordesk::gui {

// A read-only table over a SQL list query: rows arrive in pages of kPageSize as the view
// scrolls (canFetchMore/fetchMore), a header click re-queries with ORDER BY, and the total
// comes from count(*). No proxy model: it would load every row and sort in the wrong order.
// Subclasses say how to count and fetch and how a row looks.
class PagedModelBase : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;
    // Re-counts and shows the first page again, e.g. after a change or a language switch.
    virtual void reload() = 0;
    // The rows the current filter lets through.
    virtual int totalCount() const = 0;
    // The rows without a filter ("Showing 12 of 300"); counted when asked.
    virtual int unfilteredCount() const { return totalCount(); }
};

template <typename Row>
class PagedTableModel : public PagedModelBase {
public:
    static constexpr int kPageSize = 256;

    using PagedModelBase::PagedModelBase;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && !m_changing && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid() || m_changing || m_rows.size() >= m_total)
            return;
        const QList<Row> page = fetch(int(m_rows.size()), kPageSize, m_sortColumn, m_sortOrder);
        if (page.isEmpty()) {
            m_total = int(m_rows.size());  // the data shrank under us; stop asking
            return;
        }
        m_changing = true;
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
        m_changing = false;
    }
    void sort(int column, Qt::SortOrder order) override
    {
        m_sortColumn = column;
        m_sortOrder = order;
        reload();
    }

    void reload() override
    {
        // The first page arrives as an insert after the reset. While the model announces a
        // change, a listener may call fetchMore (QAbstractItemModelTester does, from every
        // signal): m_changing turns that into a no-op instead of an insert inside the change.
        beginResetModel();
        m_rows.clear();
        m_total = count();
        m_changing = true;
        endResetModel();
        m_changing = false;
        fetchMore({});
    }

    int totalCount() const override { return m_total; }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    virtual int count() const = 0;
    virtual QList<Row> fetch(int offset, int limit, int sortColumn, Qt::SortOrder order) const = 0;

private:
    QList<Row> m_rows;
    int m_total = 0;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_changing = false;  // a reset or an insert is being announced
};

} // namespace mentordesk::gui
