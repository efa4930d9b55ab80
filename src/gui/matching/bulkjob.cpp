#include "bulkjob.h"

#include "matching/matchingloader.h"
#include "storage/database.h"

#include <QPromise>
#include <QtConcurrent>

using namespace mentordesk::matching;

namespace mentordesk::gui {

namespace {

// The request's pairs as indices of this run; pairs of people no longer in the run drop out.
QList<std::pair<int, int>> indicesOf(const MatchingData &data, const QList<storage::PairIds> &pairs)
{
    QList<std::pair<int, int>> indices;
    for (const storage::PairIds &pair : pairs) {
        const int mentee = data.menteeIndex(pair.menteeId), mentor = data.mentorIndex(pair.mentorId);
        if (mentee >= 0 && mentor >= 0)
            indices.append({mentee, mentor});
    }
    return indices;
}

} // namespace

QFuture<BulkRun> startBulkRun(const storage::Database &main, BulkRequest request)
{
    return QtConcurrent::run([&main, request = std::move(request)](QPromise<BulkRun> &promise) {
        promise.setProgressRange(0, 100);
        BulkRun run;
        storage::OpenResult opened = storage::Database::openWorkerConnection(main);
        if (!opened.ok()) {
            run.error = opened.message;
            promise.addResult(std::move(run));
            return;
        }
        const MatchingLoader loader(*opened.database);
        auto data = std::make_shared<MatchingData>(loader.openMentees(request.schemeId));
        BulkChoices choices;
        choices.skippedMentees = loader.menteesWithOpenProposal(*data);
        run.skippedWithOpenProposal = int(choices.skippedMentees.size());
        choices.pins = indicesOf(*data, request.pins);
        choices.exclusions = indicesOf(*data, request.exclusions);
        promise.setProgressValue(10);
        run.result = runBulkAssignment(*data, choices, [&promise](double fraction) {
            promise.setProgressValue(10 + int(fraction * 90));
            return !promise.isCanceled();
        });
        run.data = std::move(data);
        promise.addResult(std::move(run));  // dropped by Qt when the future was cancelled
    });
}

} // namespace mentordesk::gui
