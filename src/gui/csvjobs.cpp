#include "csvjobs.h"

#include "storage/database.h"

#include <QPromise>
#include <QtConcurrent>

namespace mentordesk::gui {

using storage::Database;

namespace {

// The importer's and exporter's progress callback: forwards to the future (whose signals Qt
// throttles, so every call is cheap) and answers whether to go on.
template <typename T>
csv::ImportProgress forwardTo(QPromise<T> &promise, const csv::ImportProgress &check)
{
    return [&promise, check, range = -1](int done, int total) mutable {
        if (total != range) {
            range = total;
            promise.setProgressRange(0, total);
        }
        promise.setProgressValue(done);
        if (check && !check(done, total))
            promise.future().cancel();
        return !promise.isCanceled();
    };
}

} // namespace

QFuture<csv::ImportReport> CsvJobs::startImport(const Database &main, csv::Register reg, csv::CsvTable table,
                                                csv::ColumnMapping mapping, csv::ImportOptions options,
                                                csv::ImportProgress check)
{
    return QtConcurrent::run([&main, reg, table = std::move(table), mapping = std::move(mapping), options,
                              check = std::move(check)](QPromise<csv::ImportReport> &promise) {
        storage::OpenResult opened = Database::openWorkerConnection(main);
        csv::ImportReport report;
        if (!opened.ok()) {
            report.errors << csv::CsvError{0, 0, opened.message};
        } else {
            csv::RegisterImporter importer(*opened.database, reg);
            report = importer.importTable(table, mapping, options, forwardTo(promise, check));
        }
        promise.addResult(std::move(report));  // dropped by Qt when the future was cancelled
    });
}

QFuture<ExportOutcome> CsvJobs::startExport(const Database &main, csv::ExportKind kind, QString path, csv::Dialect dialect)
{
    return QtConcurrent::run([&main, kind, path = std::move(path), dialect](QPromise<ExportOutcome> &promise) {
        storage::OpenResult opened = Database::openWorkerConnection(main);
        ExportOutcome outcome;
        if (!opened.ok()) {
            outcome.error = opened.message;
        } else {
            const storage::Result<int> written =
                csv::RegisterExporter(*opened.database).exportFile(kind, path, dialect, forwardTo(promise, {}));
            if (written)
                outcome.rows = *written;
            else
                outcome.error = written.error();
        }
        promise.addResult(std::move(outcome));
    });
}

} // namespace mentordesk::gui
