#include "openpairs.h"

#include <algorithm>

namespace mentordesk::matching {

OpenPairs collectOpenPairs(const AssignmentProblem &problem, const PinnedStart &start)
{
    const auto isOpen = [&start](const ScoredPair &pair) {
        return start.assignment.mentorOf.at(pair.mentee) < 0 && start.openPlaces.at(pair.mentor) > 0;
    };

    // Two passes over the pairs (count, then place) build the rows without a sort.
    OpenPairs open;
    open.rowStart.assign(problem.menteeCount + 1, 0);
    for (const ScoredPair &pair : problem.pairs) {
        if (isOpen(pair))
            ++open.rowStart[pair.mentee + 1];
    }
    for (int mentee = 0; mentee < problem.menteeCount; ++mentee)
        open.rowStart[mentee + 1] += open.rowStart[mentee];

    open.mentor.resize(open.rowStart.back());
    open.score.resize(open.rowStart.back());
    std::vector<qsizetype> nextEntry(open.rowStart.begin(), open.rowStart.end() - 1);
    for (const ScoredPair &pair : problem.pairs) {
        if (!isOpen(pair))
            continue;
        const qsizetype entry = nextEntry[pair.mentee]++;
        open.mentor[entry] = pair.mentor;
        open.score[entry] = pair.score;
        open.maxScore = std::max(open.maxScore, pair.score);
    }
    return open;
}

} // namespace mentordesk::matching
