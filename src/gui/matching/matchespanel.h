#pragma once

#include "decisiondialog.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class MatchListModel;

// Proposals and matches: open proposals to approve or reject, approved matches to end, and
// the decided ones for the history, each with the reasons of its score.
class MatchesPanel : public QWidget {
    Q_OBJECT
public:
    explicit MatchesPanel(QWidget *parent = nullptr);
    ~MatchesPanel() override;

    void setDatabase(storage::Database *db);
    void reload();
    int openProposals() const;
    QTableView *table() const { return m_table; }
    MatchListModel *model() const { return m_model; }

    // The decisions, also for tests: act on the selected row.
    void approveSelected();
    void rejectSelected();
    void endSelected();

Q_SIGNALS:
    // A decision changed matches, courses or capacity: lists and counts should re-read.
    void decided();

protected:
    void changeEvent(QEvent *event) override;

private:
    int selectedRow() const;
    void decideSelected(DecisionDialog::Kind kind);
    void updateButtons();
    void retranslate();

    storage::Database *m_db = nullptr;
    MatchListModel *m_model = nullptr;
    QComboBox *m_show;
    QTableView *m_table;
    QListWidget *m_reasons;
    QLabel *m_reasonsLabel;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_end;
};

} // namespace mentordesk::gui
