#pragma once

#include <QWidget>

class QLabel;
class QSettings;
class QStackedLayout;
class QTableView;

namespace mentordesk::gui {

class EmptyState;
class FilterBar;
class PagedModelBase;
class TableColumns;

// A list screen: a heading with the number of rows, an optional filter bar, and the table, or
// an empty state saying what to do when there are no rows (or that nothing matches the filter).
class ListPage : public QWidget {
    Q_OBJECT
public:
    explicit ListPage(QWidget *parent = nullptr);

    void setModel(PagedModelBase *model);  // not owned
    PagedModelBase *model() const { return m_model; }
    // `title` may contain %n for the number of rows the filter lets through.
    void setTexts(const QString &title, const QString &emptyHeading, const QString &emptyExplanation);
    // Puts `bar` above the table (the page takes it) and filters the model by it.
    void setFilterBar(FilterBar *bar);
    FilterBar *filterBar() const { return m_filterBar; }
    // Remembers the columns (hidden, order, widths, sort) in `settings` under `key`, and lets the
    // user hide and show them from the header's context menu. Call before setModel.
    void setColumnSettings(QSettings &settings, const QString &key);
    QString title() const;
    EmptyState *emptyState() const { return m_empty; }
    EmptyState *noMatchesState() const { return m_noMatches; }
    QTableView *table() const { return m_table; }
    // Re-reads the rows (with the filter) and switches between table and empty states.
    void reload();

Q_SIGNALS:
    // The user opened a row (double-click or Enter); `id` is the record's id.
    void recordActivated(qint64 id);
    // The filter changed and the rows and counts are read again.
    void filterChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyFilter();
    void updateView();
    void retranslate();

    QLabel *m_title;
    QTableView *m_table;
    EmptyState *m_empty;
    EmptyState *m_noMatches;
    QStackedLayout *m_stack;
    FilterBar *m_filterBar = nullptr;
    TableColumns *m_columns = nullptr;
    PagedModelBase *m_model = nullptr;
    QString m_titleTemplate;
    bool m_columnsSized = false;  // widths were restored or fitted to the first rows
};

} // namespace mentordesk::gui
