#include "agreementjobs.h"

#include "storage/database.h"

#include <QPromise>
#include <QtConcurrent>

namespace mentordesk::gui {

QFuture<DueOutcome> AgreementJobs::startPrintDue(const storage::Database &main, QString folder, std::shared_ptr<std::atomic_bool> stop)
{
    return QtConcurrent::run([&main, folder = std::move(folder), stop = std::move(stop)](QPromise<DueOutcome> &promise) {
        DueOutcome outcome;
        storage::OpenResult opened = storage::Database::openWorkerConnection(main);
        if (!opened.ok()) {
            outcome.error = opened.message;
        } else {
            const auto report = agreements::AgreementService(*opened.database)
                                    .printDue(folder, std::nullopt, [&promise, &stop](int done, int total) {
                                        promise.setProgressRange(0, total);
                                        promise.setProgressValue(done);
                                        return !*stop;
                                    });
            if (report)
                outcome.report = *report;
            else
                outcome.error = report.error();
        }
        promise.addResult(std::move(outcome));
    });
}

} // namespace mentordesk::gui
