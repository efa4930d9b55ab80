#include "qtcatch.h"

#include "matching/assignmentsolver.h"
#include "matching/solveroptions.h"

#include <algorithm>
#include <functional>
#include <ostream>
#include <random>

using namespace mentordesk::matching;

namespace {

struct Objective {
    int matched = 0;
    long long totalScore = 0;
    bool operator==(const Objective &) const = default;
};

std::ostream &operator<<(std::ostream &out, const Objective &objective)
{
    return out << objective.matched << " matched, total " << objective.totalScore;
}

Objective objectiveOf(const Assignment &assignment)
{
    return {assignment.matched, assignment.totalScore};
}

// Lexicographic, as the solver ranks: more matches first, then the higher total.
bool isWorseOrEqual(const Objective &a, const Objective &b)
{
    return a.matched < b.matched || (a.matched == b.matched && a.totalScore <= b.totalScore);
}

// An independent reference: tries every assignment (each free mentee takes nothing or one of
// its admissible mentors, pins fixed) and keeps the best by (matched, total score).
Objective bruteForceOptimum(const AssignmentProblem &problem)
{
    const int mentors = int(problem.freePlaces.size());
    QList<int> scoreOf(problem.menteeCount * mentors, -1);  // -1: no pair
    for (const ScoredPair &pair : problem.pairs)
        scoreOf[pair.mentee * mentors + pair.mentor] = std::max(scoreOf[pair.mentee * mentors + pair.mentor], pair.score);
    QList<int> places = problem.freePlaces;
    QList<bool> pinned(problem.menteeCount, false);
    Objective fixed;
    for (const PinnedPair &pin : problem.pins) {
        pinned[pin.mentee] = true;
        --places[pin.mentor];
        ++fixed.matched;
        fixed.totalScore += pin.score;
    }

    Objective best;
    std::function<void(int, Objective)> tryFrom = [&](int mentee, Objective sofar) {
        if (mentee == problem.menteeCount) {
            if (sofar.matched > best.matched || (sofar.matched == best.matched && sofar.totalScore > best.totalScore))
                best = sofar;
            return;
        }
        tryFrom(mentee + 1, sofar);
        if (pinned[mentee])
            return;
        for (int mentor = 0; mentor < mentors; ++mentor) {
            const int score = scoreOf[mentee * mentors + mentor];
            if (score < 0 || places[mentor] <= 0)
                continue;
            --places[mentor];
            tryFrom(mentee + 1, {sofar.matched + 1, sofar.totalScore + score});
            ++places[mentor];
        }
    };
    tryFrom(0, fixed);
    return best;
}

// The assignment is one the problem allows: pins kept, other matches only on given pairs with
// their scores, no mentor over its places, and the totals add up.
void requireAllowed(const AssignmentProblem &problem, const Assignment &assignment)
{
    REQUIRE(assignment.mentorOf.size() == problem.menteeCount);
    REQUIRE(assignment.scoreOf.size() == problem.menteeCount);
    QList<int> taken(problem.freePlaces.size(), 0);
    int matched = 0;
    long long total = 0;
    for (int mentee = 0; mentee < problem.menteeCount; ++mentee) {
        const int mentor = assignment.mentorOf[mentee];
        const int score = assignment.scoreOf[mentee];
        if (mentor < 0) {
            CHECK(score == 0);
            continue;
        }
        REQUIRE(mentor < problem.freePlaces.size());
        ++taken[mentor];
        ++matched;
        total += score;
        const auto pin = std::find_if(problem.pins.begin(), problem.pins.end(),
                                      [mentee](const PinnedPair &p) { return p.mentee == mentee; });
        const bool isGivenPair = std::any_of(problem.pairs.begin(), problem.pairs.end(), [&](const ScoredPair &p) {
            return p.mentee == mentee && p.mentor == mentor && p.score == score;
        });
        CHECK((pin != problem.pins.end() ? pin->mentor == mentor && pin->score == score : isGivenPair));
    }
    for (const PinnedPair &pin : problem.pins)
        CHECK(assignment.mentorOf[pin.mentee] == pin.mentor);
    for (int mentor = 0; mentor < taken.size(); ++mentor)
        CHECK(taken[mentor] <= problem.freePlaces[mentor]);
    CHECK(assignment.matched == matched);
    CHECK(assignment.totalScore == total);
}

// A small random problem: some pairs missing (gated or excluded), capacities 0–4, a few pins
// (some on pairs no gate admitted), and scores drawn from a narrow range half the time so ties
// are common.
AssignmentProblem smallRandomProblem(std::mt19937 &random)
{
    AssignmentProblem problem;
    problem.menteeCount = 3 + int(random() % 4);
    const int mentors = 2 + int(random() % 3);
    for (int mentor = 0; mentor < mentors; ++mentor)
        problem.freePlaces.append(int(random() % 5));
    const int scoreRange = random() % 2 ? 4 : 101;
    for (int mentee = 0; mentee < problem.menteeCount; ++mentee) {
        for (int mentor = 0; mentor < mentors; ++mentor) {
            if (random() % 10 < 7)
                problem.pairs.append({mentee, mentor, int(random() % scoreRange)});
        }
    }
    QList<int> pinned(mentors, 0);
    for (int mentee = 0; mentee < problem.menteeCount; ++mentee) {
        const int mentor = int(random() % mentors);
        if (random() % 8 == 0 && pinned[mentor] < problem.freePlaces[mentor]) {
            ++pinned[mentor];
            problem.pins.append({mentee, mentor, int(random() % scoreRange)});
        }
    }
    return problem;
}

// A mid-size problem: random scores 0–100, 5 % of the pairs gated out, 1–5 places per mentor.
// With `popular`, a shared mentor quality dominates every mentee's scores and places roughly
// match demand: the hard case for pruning, since everybody's best mentors are the same few.
AssignmentProblem midSizeProblem(int mentees, int mentors, bool popular, unsigned seed)
{
    std::mt19937 random(seed);
    AssignmentProblem problem;
    problem.menteeCount = mentees;
    QList<int> quality;
    for (int mentor = 0; mentor < mentors; ++mentor) {
        problem.freePlaces.append(popular ? 1 + int(random() % 7) : 1 + int(random() % 5));
        quality.append(int(random() % 81));
    }
    for (int mentee = 0; mentee < mentees; ++mentee) {
        for (int mentor = 0; mentor < mentors; ++mentor) {
            if (random() % 100 < 5)
                continue;
            const int score = popular ? quality[mentor] + int(random() % 21) : int(random() % 101);
            problem.pairs.append({mentee, mentor, score});
        }
    }
    return problem;
}

SolveResult solveIn(SolverOptions::Mode mode, const AssignmentProblem &problem, SolveStats *stats = nullptr,
                    PruningLimits limits = {})
{
    SolverOptions options;
    options.mode = mode;
    options.pruning = limits;
    return solveAssignmentWith(problem, options, {}, stats);
}

} // namespace

TEST_CASE("The solver reaches the exhaustive optimum on small random problems", "[matching][solver]")
{
    std::mt19937 random(20240611);
    for (int instance = 0; instance < 400; ++instance) {
        const AssignmentProblem problem = smallRandomProblem(random);
        INFO("instance " << instance);
        const Objective expected = bruteForceOptimum(problem);
        const SolveResult dense = solveIn(SolverOptions::Mode::Dense, problem);
        REQUIRE(dense.ok());
        requireAllowed(problem, dense.assignment);
        CHECK(objectiveOf(dense.assignment) == expected);
        // Tiny limits force the pruned solve through the certificate rounds; with none at all
        // the first round has no pair arcs and the certificate must find every one used.
        for (const PruningLimits limits : {PruningLimits{1, 1}, PruningLimits{0, 0}}) {
            const SolveResult pruned = solveIn(SolverOptions::Mode::Pruned, problem, nullptr, limits);
            REQUIRE(pruned.ok());
            requireAllowed(problem, pruned.assignment);
            CHECK(objectiveOf(pruned.assignment) == expected);
        }
        for (const Assignment &baseline : {greedyAssignment(problem), firstComeFirstServed(problem)}) {
            requireAllowed(problem, baseline);
            CHECK(isWorseOrEqual(objectiveOf(baseline), expected));
        }
    }
}

TEST_CASE("Edge problems: nothing to match", "[matching][solver]")
{
    SECTION("no mentees and no mentors")
    {
        const SolveResult result = solveAssignment(AssignmentProblem{});
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf.isEmpty());
        CHECK(result.assignment.matched == 0);
    }
    SECTION("mentees without any admissible pair stay unmatched")
    {
        const AssignmentProblem problem{3, {2, 0}, {}, {}};
        const SolveResult result = solveAssignment(problem);
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf == QList<int>{-1, -1, -1});
        CHECK(result.assignment.scoreOf == QList<int>{0, 0, 0});
        CHECK(objectiveOf(result.assignment) == Objective{0, 0});
    }
    SECTION("a mentor without free places takes nobody")
    {
        const AssignmentProblem problem{2, {0, 1}, {{0, 0, 100}, {1, 0, 100}, {1, 1, 10}}, {}};
        const SolveResult result = solveAssignment(problem);
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf == QList<int>{-1, 1});
        CHECK(objectiveOf(result.assignment) == Objective{1, 10});
    }
}

TEST_CASE("More matches beat a higher total score", "[matching][solver]")
{
    // Mentee 0 scores 100 with mentor 0 but also fits mentor 1; mentee 1 fits only mentor 0.
    // Two matches worth 2 beat one match worth 100.
    const AssignmentProblem problem{2, {1, 1}, {{0, 0, 100}, {0, 1, 1}, {1, 0, 1}}, {}};
    const SolveResult result = solveAssignment(problem);
    REQUIRE(result.ok());
    CHECK(result.assignment.mentorOf == QList<int>{1, 0});
    CHECK(result.assignment.scoreOf == QList<int>{1, 1});
    CHECK(objectiveOf(result.assignment) == Objective{2, 2});
    CHECK(objectiveOf(greedyAssignment(problem)) == Objective{1, 100});
}

TEST_CASE("Greedy falls short where the solver is optimal", "[matching][solver][baseline]")
{
    SECTION("greedy matches fewer mentees")
    {
        // Greedy gives mentor 0 to mentee 0 (10), and mentee 1 has nobody else.
        const AssignmentProblem problem{2, {1, 1}, {{0, 0, 10}, {0, 1, 9}, {1, 0, 8}}, {}};
        CHECK(objectiveOf(greedyAssignment(problem)) == Objective{1, 10});
        const SolveResult result = solveAssignment(problem);
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf == QList<int>{1, 0});
        CHECK(objectiveOf(result.assignment) == Objective{2, 17});
        CHECK(objectiveOf(result.assignment) == bruteForceOptimum(problem));
    }
    SECTION("greedy matches as many with a lower total")
    {
        // Greedy: 0–0 (10), then 1–1 (1) = 11; the optimum swaps: 0–1 (9) + 1–0 (9) = 18.
        const AssignmentProblem problem{2, {1, 1}, {{0, 0, 10}, {0, 1, 9}, {1, 0, 9}, {1, 1, 1}}, {}};
        const Assignment greedy = greedyAssignment(problem);
        CHECK(greedy.mentorOf == QList<int>{0, 1});
        CHECK(objectiveOf(greedy) == Objective{2, 11});
        const SolveResult result = solveAssignment(problem);
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf == QList<int>{1, 0});
        CHECK(objectiveOf(result.assignment) == Objective{2, 18});
    }
}

TEST_CASE("Greedy takes the best remaining pair with ties to the lower mentee then mentor", "[matching][baseline]")
{
    // All scores equal: mentee 0 takes mentor 0, mentee 1 the next free place (mentor 0's
    // second), mentee 2 mentor 1.
    const AssignmentProblem problem{3, {2, 1}, {{2, 1, 50}, {2, 0, 50}, {1, 1, 50}, {1, 0, 50}, {0, 1, 50}, {0, 0, 50}}, {}};
    const Assignment greedy = greedyAssignment(problem);
    CHECK(greedy.mentorOf == QList<int>{0, 0, 1});
    CHECK(objectiveOf(greedy) == Objective{3, 150});

    // The best pair (mentee 2 – mentor 0, 90) goes first although mentee 2 waits longest.
    const AssignmentProblem scored{3, {1, 1}, {{0, 0, 80}, {1, 0, 70}, {2, 0, 90}, {2, 1, 85}, {1, 1, 60}}, {}};
    const Assignment best = greedyAssignment(scored);
    CHECK(best.mentorOf == QList<int>{-1, 1, 0});
    CHECK(best.scoreOf == QList<int>{0, 60, 90});
}

TEST_CASE("First come first served takes mentees in waiting order", "[matching][baseline]")
{
    // Mentee 0 comes first and takes mentor 0 although mentee 2 would score higher there.
    const AssignmentProblem problem{3, {1, 1}, {{0, 0, 60}, {0, 1, 60}, {1, 1, 40}, {2, 0, 95}, {2, 1, 20}}, {}};
    const Assignment firstCome = firstComeFirstServed(problem);
    CHECK(firstCome.mentorOf == QList<int>{0, 1, -1});
    CHECK(firstCome.scoreOf == QList<int>{60, 40, 0});
    CHECK(objectiveOf(firstCome) == Objective{2, 100});

    SECTION("pins come first and use up places")
    {
        AssignmentProblem pinned = problem;
        pinned.pins = {{2, 1, 20}};
        const Assignment withPin = firstComeFirstServed(pinned);
        CHECK(withPin.mentorOf == QList<int>{0, -1, 1});
        CHECK(objectiveOf(withPin) == Objective{2, 80});
    }
}

TEST_CASE("Pins are honoured first", "[matching][solver][pins]")
{
    SECTION("a pin outside the given pairs still counts, with its score")
    {
        // Mentee 0 is pinned to mentor 1, a pair no gate admitted; mentor 1's only place goes.
        const AssignmentProblem problem{2, {1, 1}, {{0, 0, 100}, {1, 1, 50}}, {{0, 1, 7}}};
        for (const Assignment &assignment :
             {solveAssignment(problem).assignment, greedyAssignment(problem), firstComeFirstServed(problem)}) {
            requireAllowed(problem, assignment);
            CHECK(assignment.mentorOf == QList<int>{1, -1});
            CHECK(assignment.scoreOf == QList<int>{7, 0});
            CHECK(objectiveOf(assignment) == Objective{1, 7});
        }
    }
    SECTION("a pin takes one of the mentor's places")
    {
        const AssignmentProblem problem{3, {2}, {{0, 0, 10}, {1, 0, 90}, {2, 0, 50}}, {{2, 0, 50}}};
        const SolveResult result = solveAssignment(problem);
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf == QList<int>{-1, 0, 0});
        CHECK(objectiveOf(result.assignment) == Objective{2, 140});
    }
    SECTION("a pin overrides the optimum")
    {
        // Unpinned, mentee 0 would take mentor 1 so mentee 1 can have mentor 0.
        const AssignmentProblem problem{2, {1, 1}, {{0, 0, 10}, {0, 1, 9}, {1, 0, 8}}, {{0, 0, 10}}};
        const SolveResult result = solveAssignment(problem);
        REQUIRE(result.ok());
        CHECK(result.assignment.mentorOf == QList<int>{0, -1});
        CHECK(objectiveOf(result.assignment) == Objective{1, 10});
    }
}

TEST_CASE("Inconsistent problems are refused with a message", "[matching][solver][errors]")
{
    const auto errorOf = [](const AssignmentProblem &problem) {
        const SolveResult result = solveAssignment(problem);
        CHECK_FALSE(result.ok());
        CHECK_FALSE(result.cancelled);
        CHECK(result.assignment.mentorOf.isEmpty());
        // The baselines have no error channel: they leave everybody unmatched.
        const Assignment greedy = greedyAssignment(problem);
        CHECK(greedy.matched == 0);
        CHECK(std::all_of(greedy.mentorOf.begin(), greedy.mentorOf.end(), [](int mentor) { return mentor < 0; }));
        CHECK(firstComeFirstServed(problem).matched == 0);
        return result.error;
    };
    CHECK(errorOf({2, {1}, {}, {{0, 0, 5}, {1, 0, 5}}}) == u"Mentor 0 has more pinned mentees (2) than free places (1).");
    CHECK(errorOf({2, {2, 1}, {}, {{0, 0, 5}, {0, 1, 5}}}) == u"Mentee 0 is pinned more than once.");
    CHECK(errorOf({2, {1}, {{5, 0, 1}}, {}}) == u"A pair refers to mentee 5, who is not in the problem.");
    CHECK(errorOf({2, {1}, {{1, -1, 1}}, {}}) == u"A pair refers to mentor -1, who is not in the problem.");
    CHECK(errorOf({2, {1}, {}, {{2, 0, 1}}}) == u"A pin refers to mentee 2, who is not in the problem.");
    CHECK(errorOf({2, {1}, {}, {{0, 1, 1}}}) == u"A pin refers to mentor 1, who is not in the problem.");
    CHECK(errorOf({2, {1, -1}, {}, {}}) == u"Mentor 1 has a negative number of free places.");
    CHECK(errorOf({-1, {1}, {}, {}}) == u"The number of mentees cannot be negative.");
    CHECK(errorOf({1, {1}, {{0, 0, -3}}, {}}) == u"Score -3 is outside the range 0 to 1000000.");
    CHECK(errorOf({1, {1}, {}, {{0, 0, 2'000'000}}}) == u"Score 2000000 is outside the range 0 to 1000000.");
}

TEST_CASE("Pruned solving equals dense solving on mid-size problems", "[matching][solver][pruning]")
{
    const auto [popular, seed] = GENERATE(std::pair{false, 7u}, std::pair{true, 11u}, std::pair{true, 12u});
    INFO((popular ? "popular" : "random") << " seed " << seed);
    const AssignmentProblem problem = midSizeProblem(400, 100, popular, seed);

    SolveStats denseStats;
    const SolveResult dense = solveIn(SolverOptions::Mode::Dense, problem, &denseStats);
    REQUIRE(dense.ok());
    requireAllowed(problem, dense.assignment);
    CHECK(denseStats.rounds == 1);
    CHECK_FALSE(denseStats.pruned);

    SolveStats prunedStats;
    const SolveResult pruned = solveIn(SolverOptions::Mode::Pruned, problem, &prunedStats);
    REQUIRE(pruned.ok());
    requireAllowed(problem, pruned.assignment);
    CHECK(objectiveOf(pruned.assignment) == objectiveOf(dense.assignment));
    CHECK(prunedStats.pruned);
    CHECK(prunedStats.pairArcs < denseStats.pairArcs / 2);

    // Narrow limits make the first round miss pairs of the optimum, so the certificate must
    // find them.
    SolveStats narrowStats;
    const SolveResult narrow = solveIn(SolverOptions::Mode::Pruned, problem, &narrowStats, PruningLimits{2, 1});
    REQUIRE(narrow.ok());
    requireAllowed(problem, narrow.assignment);
    CHECK(objectiveOf(narrow.assignment) == objectiveOf(dense.assignment));
    CHECK(narrowStats.rounds > 1);
}

TEST_CASE("Automatic mode solves small problems densely", "[matching][solver][pruning]")
{
    const AssignmentProblem problem = midSizeProblem(60, 20, false, 3);
    SolveStats stats;
    const SolveResult automatic = solveAssignmentWith(problem, SolverOptions{}, {}, &stats);
    REQUIRE(automatic.ok());
    CHECK_FALSE(stats.pruned);
    SolverOptions lowLimit;
    lowLimit.densePairLimit = 100;
    const SolveResult prunedAutomatically = solveAssignmentWith(problem, lowLimit, {}, &stats);
    REQUIRE(prunedAutomatically.ok());
    CHECK(stats.pruned);
    CHECK(objectiveOf(prunedAutomatically.assignment) == objectiveOf(automatic.assignment));
}

TEST_CASE("The same problem gives the same assignment every run", "[matching][solver]")
{
    // Many ties (scores 0–3) leave many optima; the solver must pick the same one.
    AssignmentProblem problem = midSizeProblem(200, 50, false, 5);
    for (ScoredPair &pair : problem.pairs)
        pair.score %= 4;
    const SolveResult first = solveIn(SolverOptions::Mode::Pruned, problem);
    const SolveResult second = solveIn(SolverOptions::Mode::Pruned, problem);
    REQUIRE(first.ok());
    CHECK(first.assignment.mentorOf == second.assignment.mentorOf);
    CHECK(solveAssignment(problem).assignment.mentorOf == solveAssignment(problem).assignment.mentorOf);
}

TEST_CASE("Progress is reported between rounds and can cancel", "[matching][solver][progress]")
{
    const AssignmentProblem problem = midSizeProblem(400, 100, true, 11);
    SolverOptions narrow;
    narrow.mode = SolverOptions::Mode::Pruned;
    narrow.pruning = PruningLimits{2, 1};

    SECTION("fractions grow within 0–1, one call per round")
    {
        QList<double> fractions;
        SolveStats stats;
        const SolveResult result = solveAssignmentWith(problem, narrow, [&fractions](double fraction) {
            fractions.append(fraction);
            return true;
        }, &stats);
        REQUIRE(result.ok());
        CHECK(fractions.size() == stats.rounds);
        CHECK(fractions.first() == 0.0);
        CHECK(std::is_sorted(fractions.begin(), fractions.end()));
        CHECK(fractions.last() < 1.0);
    }
    SECTION("returning false before the first round cancels")
    {
        const SolveResult result = solveAssignment(problem, [](double) { return false; });
        CHECK(result.cancelled);
        CHECK_FALSE(result.ok());
        CHECK(result.error.isEmpty());
        CHECK(result.assignment.mentorOf.isEmpty());
        CHECK(result.assignment.matched == 0);
    }
    SECTION("returning false between rounds cancels")
    {
        int calls = 0;
        const SolveResult result = solveAssignmentWith(problem, narrow, [&calls](double) { return ++calls < 2; });
        CHECK(calls == 2);
        CHECK(result.cancelled);
        CHECK(result.assignment.mentorOf.isEmpty());
    }
}
