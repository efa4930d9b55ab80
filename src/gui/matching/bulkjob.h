#pragma once

#include "matching/bulkassignment.h"
#include "matching/matchingdata.h"
#include "storage/matchingqueries.h"

#include <QFuture>

#include <memory>
#include <optional>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// What the coordinator asks of a bulk run; pairs by database ids, so they survive a re-run.
struct BulkRequest {
    std::optional<domain::Id> schemeId;
    QList<storage::PairIds> pins;
    QList<storage::PairIds> exclusions;
};

// A finished run: the data it read (the result's indices point into it) and the result.
struct BulkRun {
    std::shared_ptr<const matching::MatchingData> data;
    matching::BulkResult result;
    int skippedWithOpenProposal = 0;
    QString error;  // the database could not be read
};

// Runs the bulk assignment on the thread pool with its own connection (DESIGN.md §5); progress
// through the future, cancel by cancelling it. `main` must stay open until it has finished.
QFuture<BulkRun> startBulkRun(const storage::Database &main, BulkRequest request);

} // namespace mentordesk::gui
