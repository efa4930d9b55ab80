#pragma once

#include "assignmentsolver.h"
#include "pairscorer.h"

#include "storage/matchworkflow.h"

#include <QSet>

#include <optional>

namespace mentordesk::matching {

// The coordinator's choices before a bulk run, as indices into the run's MatchingData.
struct BulkChoices {
    QList<std::pair<int, int>> pins;        // (mentee, mentor): must be in the result
    QList<std::pair<int, int>> exclusions;  // (mentee, mentor): must not be
    QSet<int> skippedMentees;               // e.g. mentees with an open proposal
};

struct BulkProposal {
    int mentee = 0;
    int mentor = 0;
    bool pinned = false;
    Explanation explanation;
    // The best other admissible mentor, had this one not been chosen.
    std::optional<int> alternativeMentor;
    int alternativeScore = 0;
};

struct UnmatchedMentee {
    enum class Why { NoAdmissibleMentor, CapacityExhausted };
    int mentee = 0;
    Why why = Why::NoAdmissibleMentor;
    QString text;  // "no admissible mentor (12 without free capacity, 3 too far away)"
};

struct BulkResult {
    AssignmentProblem problem;  // as solved: for dumps and comparisons
    QList<BulkProposal> proposals;
    QList<UnmatchedMentee> unmatched;
    int matched = 0;
    long long totalScore = 0;
    bool cancelled = false;
    QString error;
    bool ok() const { return !cancelled && error.isEmpty(); }
};

// The proposal to store for an explained pair of the run: ids, score and its lines as shown.
storage::NewProposal proposalFor(const MatchingData &data, int mentee, int mentor, const Explanation &explanation,
                                 domain::MatchSource source);

// The bulk result's proposals to store, all from the bulk run.
QList<storage::NewProposal> proposalsOf(const MatchingData &data, const BulkResult &result);

// Scores every pair of the run and the problem the solver gets: admissible pairs minus the
// coordinator's exclusions, the mentors' free places, the pins. Mentee i of the problem is
// mentee i of the data (skipped mentees have no pairs).
AssignmentProblem scoreProblem(const MatchingData &data, const BulkChoices &choices = {});

// Why no mentor can be proposed to `mentee`: the gates that closed its pairs, most frequent
// first ("no admissible mentor (no free capacity: 12, no shared language: 3)").
// Pairs the coordinator excluded for this run count as a reason of their own.
QString noAdmissibleMentorText(const MatchingData &data, int mentee, const QList<std::pair<int, int>> &excludedForRun = {});

// Scores, solves and explains: the optimal assignment as reviewable proposals, and why each
// unmatched mentee stayed so. `progress` (0–1) returning false cancels.
BulkResult runBulkAssignment(const MatchingData &data, const BulkChoices &choices = {}, const SolveProgress &progress = {});

} // namespace mentordesk::matching
