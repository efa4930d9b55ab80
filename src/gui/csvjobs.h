#pragma once

#include "csv/registerexporter.h"
#include "csv/registerimporter.h"

#include <QFuture>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// What an export in a worker ends with: the rows written, or a translated reason.
struct ExportOutcome {
    int rows = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Runs CSV imports and exports on the thread pool (DESIGN.md §5). Each job opens its own
// connection to the file `main` has open, reports progress through the future and stops when the
// future is cancelled; only plain values cross threads. A cancelled future carries no result:
// the importer's single transaction has then rolled back, and the exporter wrote no file.
// `main` must stay open until the future has finished.
class CsvJobs {
public:
    // `check`, if set, is also called from the worker with (done, total); returning false cancels
    // like the user's Cancel does. Tests use it to cancel at a known point.
    static QFuture<csv::ImportReport> startImport(const storage::Database &main, csv::Register reg, csv::CsvTable table,
                                                  csv::ColumnMapping mapping, csv::ImportOptions options,
                                                  csv::ImportProgress check = {});
    static QFuture<ExportOutcome> startExport(const storage::Database &main, csv::ExportKind kind, QString path,
                                              csv::Dialect dialect);
};

} // namespace mentordesk::gui
