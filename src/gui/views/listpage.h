#pragma once

#include <QWidget>

class QLabel;
class QStackedLayout;
class QTableView;

namespace mentordesk::gui {

class EmptyState;
class PagedModelBase;

// A list screen: a heading with the number of rows, and the table, or an empty state saying
// what to do when there are no rows.
class ListPage : public QWidget {
    Q_OBJECT
public:
    explicit ListPage(QWidget *parent = nullptr);

    void setModel(PagedModelBase *model);  // not owned
    PagedModelBase *model() const { return m_model; }
    // `title` may contain %n for the number of rows.
    void setTexts(const QString &title, const QString &emptyHeading, const QString &emptyExplanation);
    EmptyState *emptyState() const { return m_empty; }
    QTableView *table() const { return m_table; }
    // Re-reads the rows and switches between table and empty state.
    void reload();

private:
    void updateView();

    QLabel *m_title;
    QTableView *m_table;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    PagedModelBase *m_model = nullptr;
    QString m_titleTemplate;
};

} // namespace mentordesk::gui
