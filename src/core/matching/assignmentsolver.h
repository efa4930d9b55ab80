#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace mentordesk::matching {

// One admissible mentee–mentor pair with its score (0–100). Indices, not database ids: the
// caller maps them. Pairs that a gate closed, or that the coordinator excluded, are not given.
struct ScoredPair {
    int mentee = 0;
    int mentor = 0;
    int score = 0;
};

// A pair the coordinator pinned: it must be in the result whatever the scores say (it may even
// be a pair no gate would have admitted; the caller warns about that).
struct PinnedPair {
    int mentee = 0;
    int mentor = 0;
    int score = 0;
};

// The capacitated assignment of mentees to mentors.
struct AssignmentProblem {
    int menteeCount = 0;
    QList<int> freePlaces;     // per mentor index: how many more mentees the mentor can take (≥ 0)
    QList<ScoredPair> pairs;   // admissible pairs; at most one per (mentee, mentor)
    QList<PinnedPair> pins;    // at most one per mentee; together within each mentor's free places
};

struct Assignment {
    QList<int> mentorOf;    // per mentee index: the mentor index, or -1 when left unmatched
    QList<int> scoreOf;     // per mentee index: the score of its pair, 0 when unmatched
    int matched = 0;
    long long totalScore = 0;
};

struct SolveResult {
    Assignment assignment;
    bool cancelled = false;
    QString error;  // translated; set when the problem is inconsistent (e.g. pins over capacity)
    bool ok() const { return !cancelled && error.isEmpty(); }
};

// Called between solver rounds with a rough fraction done (0–1); returning false cancels.
using SolveProgress = std::function<bool(double fraction)>;

// Solves the assignment optimally as a min-cost flow (LEMON NetworkSimplex, DESIGN.md §6):
// first the most mentees matched, then the highest total score. Pins are honoured first.
// Large problems are pruned (each mentee's best mentors and each mentor's best mentees) and the
// pruned optimum is certified with the solver's potentials, adding pairs until it holds, so
// the result is always the optimum of the whole problem. Deterministic: ties resolve the same
// way every run.
SolveResult solveAssignment(const AssignmentProblem &problem, const SolveProgress &progress = {});

// Baselines for the benchmark's quality comparison; they honour pins and capacities too.
// Greedy: the best remaining pair first (ties: lower mentee, then lower mentor index).
Assignment greedyAssignment(const AssignmentProblem &problem);
// First come, first served: mentees in index order (= waiting order), each takes its best
// mentor with a free place.
Assignment firstComeFirstServed(const AssignmentProblem &problem);

} // namespace mentordesk::matching
