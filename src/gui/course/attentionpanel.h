#pragma once

#include "printing/agreementjobs.h"
#include "storage/attentionqueries.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>
#include <functional>

class QComboBox;
class QLabel;
class QProgressDialog;
class QPushButton;
class QStackedLayout;
class QTableView;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class AttentionListModel;
class EmptyState;

// The start page of the Courses section: every open course that needs the coordinator, one
// line per reason, most urgent first; a choice narrows it to one reason. Opening a line opens
// the course where the reason is fixed.
class AttentionPanel : public QWidget {
    Q_OBJECT
public:
    explicit AttentionPanel(QWidget *parent = nullptr);

    void setDatabase(storage::Database *db);
    void setToday(const QDate &today) { m_today = today; }
    // Re-reads the items and the thresholds.
    void refresh();
    // Courses with at least one item, as last read.
    int courseCount() const { return m_courseCount; }
    QTableView *table() const { return m_table; }
    AttentionListModel *model() const { return m_model; }
    // Shows only the items of `rule`, or all with nullopt.
    void showOnly(std::optional<storage::AttentionRule> rule);
    // A rule's short name for the choice box ("No recent meeting").
    static QString ruleName(storage::AttentionRule rule);
    // Asks for a folder and prints into it, in a worker, the agreement of every open course whose
    // agreement is missing or out of date; at the end says what was printed and what could not be.
    void printDueAgreements();
    // Tests replace the folder dialog and the closing message, and wait for the job.
    void setFolderChooser(std::function<QString(QWidget *)> choose) { m_chooseFolder = std::move(choose); }
    void setReporter(std::function<void(const QString &text, const QStringList &problems)> report) { m_report = std::move(report); }
    const QFutureWatcher<DueOutcome> &dueJob() const { return m_dueJob; }

Q_SIGNALS:
    void openCourse(qint64 courseId, storage::AttentionRule rule);
    // The thresholds were changed: counts and gap markers elsewhere follow.
    void thresholdsChanged();
    // Agreements were printed as new versions: counts elsewhere follow.
    void agreementsPrinted();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyRuleChoice();
    void editThresholds();
    void finishPrintDue();
    void openCurrent();
    // Asked each time, so an app left open overnight counts from the new day.
    QDate today() const;

    storage::Database *m_db = nullptr;
    QDate m_today;
    QList<storage::AttentionItem> m_all;
    int m_courseCount = 0;
    QLabel *m_heading;
    QComboBox *m_rule;
    QPushButton *m_thresholds;
    QPushButton *m_printDue;
    QTableView *m_table;
    AttentionListModel *m_model;
    EmptyState *m_empty;
    QStackedLayout *m_stack;
    QFutureWatcher<DueOutcome> m_dueJob;
    std::shared_ptr<std::atomic_bool> m_stopDue;
    QProgressDialog *m_dueProgress = nullptr;
    QString m_dueFolder;
    std::function<QString(QWidget *)> m_chooseFolder;
    std::function<void(const QString &, const QStringList &)> m_report;
};

} // namespace mentordesk::gui
