#pragma once

#include "bulkjob.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QTableWidget;

namespace mentordesk::gui {

// The bulk assignment of the open mentees of a scheme: run off the GUI thread with progress
// and Cancel, review the proposals (score, reasons, best alternative) and the unmatched with
// why, pin or exclude pairs and run again, then store all as proposals.
class BulkAssignmentDialog : public QDialog {
    Q_OBJECT
public:
    explicit BulkAssignmentDialog(storage::Database &db, QWidget *parent = nullptr);
    ~BulkAssignmentDialog() override;

    void run();
    // Pins or unpins the pairs of the selected rows; excludes them. Both take effect on the next run.
    void togglePinSelected();
    // Pins each selected mentee to the best alternative shown, instead of the proposed mentor.
    void pinAlternativeSelected();
    void excludeSelected();
    void proposeAll();

Q_SIGNALS:
    void runFinished();
    // Proposals were stored.
    void proposed(int count);

private:
    void finished();
    void showResult();
    QList<storage::PairIds> selectedPairs(int column = 1) const;
    void pin(const storage::PairIds &pair);
    void showChoices();

    storage::Database &m_db;
    BulkRequest m_request;
    BulkRun m_run;
    QFutureWatcher<BulkRun> m_watcher;
    QProgressDialog *m_progress = nullptr;
    QComboBox *m_scheme;
    QPushButton *m_runButton;
    QLabel *m_summary;
    QTableWidget *m_results;
    QTableWidget *m_unmatched;
    QPushButton *m_pin;
    QPushButton *m_pinAlternative;
    QPushButton *m_exclude;
    QPushButton *m_propose;
};

} // namespace mentordesk::gui
