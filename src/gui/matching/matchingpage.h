#pragma once

#include <QWidget>

class QPushButton;
class QTabWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class ListPage;
class MatchesPanel;
class SuggestionPanel;

// The Matching section: the waiting list with the best mentors for the chosen mentee, the
// proposals and matches to decide, the bulk assignment and the weights of the criteria.
class MatchingPage : public QWidget {
    Q_OBJECT
public:
    explicit MatchingPage(QWidget *parent = nullptr);

    // The waiting list; the main window gives it its model and remembers its columns.
    ListPage *waitingList() const { return m_waiting; }
    SuggestionPanel *suggestions() const { return m_suggestions; }
    MatchesPanel *matches() const { return m_matches; }
    QTabWidget *tabs() const { return m_tabs; }

    void setDatabase(storage::Database *db);
    // Re-reads proposals and suggestions (after a change elsewhere).
    void refresh();
    void openBulkAssignment();
    void openWeights();

Q_SIGNALS:
    // Proposals or matches changed: the main window re-reads its lists and counts.
    void dataChanged();

protected:
    void changeEvent(QEvent *event) override;
    // Proposals can be made elsewhere (a mentor's form): coming back to the page reads again.
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    storage::Database *m_db = nullptr;
    QMetaObject::Connection m_followSelection;
    QTabWidget *m_tabs;
    ListPage *m_waiting;
    SuggestionPanel *m_suggestions;
    MatchesPanel *m_matches;
    QPushButton *m_bulk;
    QPushButton *m_weights;
};

} // namespace mentordesk::gui
