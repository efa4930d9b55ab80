#pragma once

#include "agreements/agreementservice.h"

#include <QFuture>
#include <atomic>
#include <memory>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// What printing the agreements due came to, in plain values that may cross threads.
struct DueOutcome {
    agreements::DueReport report;
    QString error;  // the job could not run at all (no connection, no folder)
    bool ok() const { return error.isEmpty(); }
};

// Prints the agreements due on the thread pool (DESIGN.md §5), on its own connection to the
// file `main` has open; progress goes through the future. Setting `stop` ends the run after the
// agreement being printed, and the outcome still tells what was printed. `main` must stay open
// until the future has finished.
class AgreementJobs {
public:
    static QFuture<DueOutcome> startPrintDue(const storage::Database &main, QString folder, std::shared_ptr<std::atomic_bool> stop);
};

} // namespace mentordesk::gui
