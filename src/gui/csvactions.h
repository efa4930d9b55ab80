#pragma once

#include "csv/registerexporter.h"
#include "csv/registerimporter.h"
#include "csvjobs.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QProgressDialog;
class QWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class ImportDialog;

// The File menu's CSV import and export: the actions, the import dialog, and the export flow
// (file name, dialect, worker with progress and Cancel). Kept apart from MainWindow, which only
// adds the actions and listens to dataChanged() and message().
class CsvActions : public QObject {
    Q_OBJECT
public:
    CsvActions(QWidget *window, std::function<storage::Database *()> database);
    ~CsvActions() override;

    // Adds "Import mentors…", "Import mentees…" and the Export sub-menu to `menu`.
    void addTo(QMenu *menu);

    // Opens the import dialog (non-modal would let the lists change under it: it is modal).
    ImportDialog *createImportDialog(csv::Register reg);
    void importRegister(csv::Register reg);
    // Asks for the file and the dialect, then exports.
    void exportRegister(csv::ExportKind kind);
    // Exports in a worker; message() tells the outcome, exportFinished() follows.
    void startExport(csv::ExportKind kind, const QString &path, csv::Dialect dialect);
    // From the start until the outcome is told (the future itself may end earlier).
    bool isExporting() const { return m_exportPending; }
    void cancelExport();
    static QString defaultFileName(csv::ExportKind kind, const QDate &day);

Q_SIGNALS:
    void dataChanged();
    void message(const QString &text);
    void exportFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateEnabled();
    void finishExport();

    QWidget *m_window;
    std::function<storage::Database *()> m_database;
    QAction *m_importMentors;
    QAction *m_importMentees;
    QMenu *m_exportMenu;
    QList<std::pair<csv::ExportKind, QAction *>> m_exportActions;
    QFutureWatcher<ExportOutcome> m_export;
    QPointer<QProgressDialog> m_progress;
    csv::ExportKind m_exportKind = csv::ExportKind::Mentors;
    QString m_exportPath;
    bool m_exportPending = false;
};

} // namespace mentordesk::gui
