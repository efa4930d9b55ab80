#include "assignmentsolver.h"

#include "assignmentnetwork.h"
#include "openpairs.h"
#include "pinnedstart.h"
#include "problemcheck.h"
#include "pruning.h"
#include "solveroptions.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

namespace mentordesk::matching {

namespace {

// LEMON's network simplex gives its artificial arcs the cost max/2 of long long; keeping every
// path's cost below 10^17 leaves the potentials far from overflow.
constexpr long long kPathCostLimit = 100'000'000'000'000'000LL;

// B of DESIGN.md §6: one more match must gain more than any difference in total score between
// two solutions, and neither matches more than min(mentees with a pair, open places).
long long matchBonus(const OpenPairs &open, const QList<int> &openPlaces)
{
    long long menteesWithPairs = 0;
    for (int mentee = 0; mentee < open.menteeCount(); ++mentee)
        menteesWithPairs += open.hasPairs(mentee) ? 1 : 0;
    long long places = 0;
    for (const int mentorPlaces : openPlaces)
        places += mentorPlaces;
    return open.maxScore * std::min(menteesWithPairs, places) + 1;
}

bool costsFitInLongLong(const AssignmentProblem &problem, const OpenPairs &open, long long bonus)
{
    // A path visits each node at most once; the network has mentees + mentors + 2 nodes.
    const long long nodes = problem.menteeCount + problem.freePlaces.size() + 2;
    return bonus + open.maxScore <= kPathCostLimit / nodes;
}

// A rough share of the work done before `round`: the number of rounds is not known in
// advance, and most problems need one or two.
double fractionBefore(int round)
{
    return 1.0 - 1.0 / (round + 1);
}

bool usePruning(const SolverOptions &options, const OpenPairs &open)
{
    switch (options.mode) {
    case SolverOptions::Mode::Dense:
        return false;
    case SolverOptions::Mode::Pruned:
        return true;
    case SolverOptions::Mode::Automatic:
        break;
    }
    return open.size() >= options.densePairLimit;
}

Assignment assignmentFrom(const PinnedStart &start, const OpenPairs &open, const std::vector<PairEntry> &arcs,
                          const NetworkFlow &flow)
{
    Assignment assignment = start.assignment;
    for (size_t arc = 0; arc < arcs.size(); ++arc) {
        if (!flow.pairUsed[arc])
            continue;
        const qsizetype entry = arcs[arc].entry;
        recordMatch(assignment, arcs[arc].mentee, open.mentor[entry], open.score[entry]);
    }
    return assignment;
}

} // namespace

SolveResult solveAssignmentWith(const AssignmentProblem &problem, const SolverOptions &options,
                                const SolveProgress &progress, SolveStats *stats)
{
    SolveResult result;
    result.error = problemError(problem);
    if (!result.error.isEmpty())
        return result;
    const PinnedStart start = placePins(problem);
    const OpenPairs open = collectOpenPairs(problem, start);
    const long long bonus = matchBonus(open, start.openPlaces);
    if (!costsFitInLongLong(problem, open, bonus)) {
        result.error = QCoreApplication::translate("AssignmentSolver", "The problem is too large to solve exactly.");
        return result;
    }

    // Pruned: each mentee's best mentors and each mentor's best mentees first, then whatever
    // the certificate finds missing. Dense: every open pair at once.
    const bool pruned = usePruning(options, open);
    std::vector<char> inNetwork = pruned ? firstRoundPairs(open, start.openPlaces, options.pruning)
                                         : std::vector<char>(open.size(), 1);
    AssignmentNetwork network(problem.menteeCount, start.openPlaces);
    network.reservePairs(pruned ? std::count(inNetwork.begin(), inNetwork.end(), 1) : open.size());
    std::vector<PairEntry> arcs;  // the open pair behind each pair arc
    const auto addToNetwork = [&](const PairEntry &pair) {
        network.addPair(pair.mentee, open.mentor[pair.entry], pairArcCost(bonus, open.score[pair.entry]));
        inNetwork[pair.entry] = 1;
        arcs.push_back(pair);
    };
    for (int mentee = 0; mentee < open.menteeCount(); ++mentee) {
        if (open.hasPairs(mentee))
            network.addMentee(mentee);
    }
    for (int mentee = 0; mentee < open.menteeCount(); ++mentee) {
        for (qsizetype entry = open.rowStart[mentee]; entry < open.rowStart[mentee + 1]; ++entry) {
            if (inNetwork[entry])
                addToNetwork({mentee, entry});
        }
    }

    for (int round = 0;; ++round) {
        if (progress && !progress(fractionBefore(round))) {
            result.cancelled = true;
            return result;
        }
        const std::optional<NetworkFlow> flow = network.solve();
        if (!flow) {
            result.error = QCoreApplication::translate("AssignmentSolver", "The solver found no optimal assignment.");
            return result;
        }
        const std::vector<PairEntry> missing = pruned
            ? pairsBreakingCertificate(open, inNetwork, *flow, bonus, options.pruning.mentorsPerMentee)
            : std::vector<PairEntry>();
        if (missing.empty()) {
            if (stats)
                *stats = SolveStats{round + 1, network.pairCount(), pruned};
            result.assignment = assignmentFrom(start, open, arcs, *flow);
            return result;
        }
        for (const PairEntry &pair : missing)
            addToNetwork(pair);
    }
}

SolveResult solveAssignment(const AssignmentProblem &problem, const SolveProgress &progress)
{
    return solveAssignmentWith(problem, SolverOptions{}, progress);
}

} // namespace mentordesk::matching
