#pragma once

#include "csv/csvtable.h"
#include "csv/registerimporter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>
#include <memory>

class QComboBox;
class QProgressDialog;
class QTableWidget;
class QTreeWidget;

namespace Ui {
class ImportDialog;
}

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// Imports mentors or mentees from a CSV file: shows the detected encoding and separator, the
// first rows, a field choice per file column (pre-selected from the header), then checks (a dry
// run) or imports in a worker with progress and Cancel. Problems are listed with line and column.
// A successful import emits imported() and closes the dialog.
class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(storage::Database &db, csv::Register reg, QWidget *parent = nullptr);
    ~ImportDialog() override;

    csv::Register currentRegister() const;
    void setRegister(csv::Register reg);
    // Reads the file in a worker and then shows it (fileLoaded()); what the file dialog calls,
    // and tests directly.
    void setFile(const QString &path);
    bool isReading() const { return m_readPending; }
    csv::ColumnMapping mapping() const;
    QComboBox *mappingCombo(int fileColumn) const;
    QTableWidget *preview() const;
    QTreeWidget *problems() const;
    QString summary() const;
    // From the start of a check or import until its outcome is shown.
    bool isRunning() const { return m_jobPending; }

    void check() { start(true); }
    void startImport() { start(false); }
    void cancelRunning();
    // Called from the worker with (done, total) besides the user's Cancel; false cancels. For tests.
    void setProgressCheck(csv::ImportProgress check) { m_progressCheck = std::move(check); }

    void reject() override;

Q_SIGNALS:
    void fileLoaded();
    void imported(csv::Register reg, int count);
    void jobFinished();

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void fileRead();
    void showTable();
    void fillMappingCombos();
    void fitColumns();
    void start(bool dryRun);
    void finishJob();
    void showProblems(QList<csv::CsvError> errors);
    void updateButtons();
    void retranslate();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    storage::Database &m_db;
    QString m_path;
    csv::CsvTable m_table;
    QList<csv::CsvError> m_readErrors;  // the file's own problems; they block the import
    QFutureWatcher<csv::CsvParseResult> m_reading;
    QFutureWatcher<csv::ImportReport> m_watcher;
    QPointer<QProgressDialog> m_progress;
    bool m_dryRun = false;
    // Set from a start until its finished() is handled: the future itself may end earlier.
    bool m_readPending = false;
    bool m_jobPending = false;
    csv::ImportProgress m_progressCheck;
};

} // namespace mentordesk::gui
