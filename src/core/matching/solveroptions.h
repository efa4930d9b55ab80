#pragma once

#include "assignmentsolver.h"
#include "pruning.h"

// Knobs and figures of solveAssignment() for tests and benchmarks; the application uses the
// defaults through assignmentsolver.h.

namespace mentordesk::matching {

struct SolverOptions {
    enum class Mode {
        Automatic,  // dense below densePairLimit open pairs, pruned from there on
        Dense,
        Pruned,
    };
    Mode mode = Mode::Automatic;
    // Small problems solve faster in one dense round than pruning costs to set up.
    qsizetype densePairLimit = 50'000;
    PruningLimits pruning;
};

struct SolveStats {
    int rounds = 0;            // network simplex runs
    qsizetype pairArcs = 0;    // mentee → mentor arcs in the last round
    bool pruned = false;
};

// solveAssignment() with explicit options; `stats`, when given, receives what the solve did.
SolveResult solveAssignmentWith(const AssignmentProblem &problem, const SolverOptions &options,
                                const SolveProgress &progress = {}, SolveStats *stats = nullptr);

} // namespace mentordesk::matching
