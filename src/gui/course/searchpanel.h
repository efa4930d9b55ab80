#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class EmptyState;
class SearchResultModel;

// Full-text search of the course material: meeting notes, logbook entries and goals holding
// every typed word (or the start of it), newest first, the matching words in bold. Searches as
// the user types (after a pause) and on Enter; "Show more" fetches the next page. Activating a
// hit asks the host to open its course there.
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(storage::Database &db, QWidget *parent = nullptr);

    // Puts `text` in the search field and searches at once.
    void setQuery(const QString &text);
    // Searches the field's text again from the first page (the material may have changed).
    void refresh();

    SearchResultModel *model() const { return m_model; }

Q_SIGNALS:
    // `kind` is a SearchRepository::Kind: 3 meeting, 4 logbook entry, 5 goal.
    void openCourse(qint64 courseId, int kind, qint64 entityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void typed();
    void search();
    void clearResults(const QString &searched);
    void showMore();
    void fetch(int offset);
    void activate(int row);
    void showState();
    void retranslate();

    enum class State { Empty, Results, NothingFound, Failed };

    storage::Database &m_db;
    QString m_searched;  // the text of the results shown
    bool m_hasMore = false;
    State m_state = State::Empty;
    QString m_error;

    QLineEdit *m_field;
    QTimer *m_pause;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_view;
    SearchResultModel *m_model;
    QLabel *m_count;
    QPushButton *m_more;
};

} // namespace mentordesk::gui
