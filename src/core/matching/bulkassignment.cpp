#include "bulkassignment.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <atomic>
#include <thread>

namespace mentordesk::matching {

namespace {

// Scoring is most of a large run: the mentees are split into one contiguous block per core,
// each scored into its own chunks of fixed size (no growing array that copies itself and keeps
// up to half of its room empty), then the chunks are copied in block order into one list of
// exactly the right size, each freed once copied. The problem is the same whatever the core
// count, and the peak memory is about twice the pairs' size instead of three times.
// The calling thread's block reports progress (0–0.3) every few mentees; a cancel there stops
// every block, and the result is then empty with `*cancelled` set.
QList<ScoredPair> scoreAll(const MatchingData &data, const BulkChoices &choices, const SolveProgress &progress = {},
                           bool *cancelled = nullptr)
{
    constexpr int kReportEvery = 64;  // mentees between progress reports
    constexpr size_t kChunk = 1 << 16;
    using Chunks = std::vector<std::vector<ScoredPair>>;
    QSet<std::pair<int, int>> excluded(choices.exclusions.cbegin(), choices.exclusions.cend());
    const PairScorer scorer(data);
    const int mentees = int(data.mentees.size()), mentors = int(data.mentors.size());
    const int parts = std::clamp(int(std::thread::hardware_concurrency()), 1, 8);
    const int block = (mentees + parts - 1) / parts;
    std::vector<Chunks> scored(static_cast<size_t>(parts));
    std::atomic<bool> stop = false;
    auto scorePart = [&](int part) {
        Chunks &chunks = scored[size_t(part)];
        const int first = part * block;
        for (int mentee = first; mentee < std::min(mentees, (part + 1) * block) && !stop.load(std::memory_order_relaxed); ++mentee) {
            if (part == 0 && progress && (mentee - first) % kReportEvery == 0 && !progress(0.3 * (mentee - first) / std::max(1, block)))
                stop = true;
            if (choices.skippedMentees.contains(mentee))
                continue;
            for (int mentor = 0; mentor < mentors; ++mentor) {
                const PairScore s = scorer.score(mentee, mentor);
                if (!s.admissible() || (!excluded.isEmpty() && excluded.contains({mentee, mentor})))
                    continue;
                if (chunks.empty() || chunks.back().size() == kChunk) {
                    chunks.emplace_back();
                    chunks.back().reserve(kChunk);
                }
                chunks.back().push_back({mentee, mentor, s.score});
            }
        }
    };
    std::vector<std::thread> threads;
    for (int part = 1; part < parts; ++part)
        threads.emplace_back(scorePart, part);
    scorePart(0);
    for (std::thread &t : threads)
        t.join();
    if (stop) {
        if (cancelled)
            *cancelled = true;
        return {};
    }
    qsizetype total = 0;
    for (const Chunks &chunks : scored)
        for (const auto &chunk : chunks)
            total += qsizetype(chunk.size());
    QList<ScoredPair> pairs;
    pairs.reserve(total);
    for (Chunks &chunks : scored)
        for (auto &chunk : chunks) {
            for (const ScoredPair &pair : chunk)
                pairs.append(pair);
            std::vector<ScoredPair>().swap(chunk);
        }
    return pairs;
}

} // namespace

QString noAdmissibleMentorText(const MatchingData &data, int mentee, const QList<std::pair<int, int>> &excludedForRun)
{
    const PairScorer scorer(data);
    QMap<int, int> byGate;
    int excluded = 0;
    for (int mentor = 0; mentor < int(data.mentors.size()); ++mentor) {
        const Gate gate = scorer.score(mentee, mentor).gate;
        if (gate == Gate::None && excludedForRun.contains(std::pair{mentee, mentor}))
            ++excluded;
        else
            ++byGate[static_cast<int>(gate)];
    }
    byGate.remove(static_cast<int>(Gate::None));
    if (byGate.isEmpty() && excluded == 0)
        return QCoreApplication::translate("BulkAssignment", "no admissible mentor (there are no active mentors)");
    QList<std::pair<int, int>> counts;
    for (auto it = byGate.cbegin(); it != byGate.cend(); ++it)
        counts.append({it.value(), it.key()});
    std::stable_sort(counts.begin(), counts.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList parts;
    if (excluded > 0)
        parts << QStringLiteral("%1: %2").arg(QCoreApplication::translate("BulkAssignment", "excluded for this run")).arg(excluded);
    for (const auto &[count, gate] : counts)
        parts << QStringLiteral("%1: %2").arg(PairScorer::gateName(static_cast<Gate>(gate))).arg(count);
    return QCoreApplication::translate("BulkAssignment", "no admissible mentor (%1)").arg(parts.join(QStringLiteral(", ")));
}

storage::NewProposal proposalFor(const MatchingData &data, int mentee, int mentor, const Explanation &explanation,
                                 domain::MatchSource source)
{
    storage::NewProposal proposal;
    proposal.menteeId = data.mentees.at(mentee).id;
    proposal.mentorId = data.mentors.at(mentor).id;
    proposal.score = explanation.score;
    for (const ScoreLine &line : explanation.lines)
        proposal.reasons << line.display();
    proposal.source = source;
    return proposal;
}

QList<storage::NewProposal> proposalsOf(const MatchingData &data, const BulkResult &result)
{
    QList<storage::NewProposal> proposals;
    for (const BulkProposal &p : result.proposals)
        proposals << proposalFor(data, p.mentee, p.mentor, p.explanation, domain::MatchSource::Bulk);
    return proposals;
}

namespace {

AssignmentProblem makeProblem(const MatchingData &data, const BulkChoices &choices, const SolveProgress &progress, bool *cancelled)
{
    AssignmentProblem problem;
    problem.menteeCount = int(data.mentees.size());
    for (const MentorFeatures &mentor : data.mentorFeatures)
        problem.freePlaces << (mentor.active ? mentor.freePlaces() : 0);
    problem.pairs = scoreAll(data, choices, progress, cancelled);
    const PairScorer scorer(data);
    for (const auto &[mentee, mentor] : choices.pins)
        problem.pins.append({mentee, mentor, scorer.score(mentee, mentor).score});
    return problem;
}

} // namespace

AssignmentProblem scoreProblem(const MatchingData &data, const BulkChoices &choices)
{
    return makeProblem(data, choices, {}, nullptr);
}

BulkResult runBulkAssignment(const MatchingData &data, const BulkChoices &choices, const SolveProgress &progress)
{
    BulkResult result;
    bool cancelled = false;
    result.problem = makeProblem(data, choices, progress, &cancelled);
    if (cancelled || (progress && !progress(0.3))) {
        result.cancelled = true;
        return result;
    }
    const SolveResult solved = solveAssignment(result.problem, [&](double fraction) {
        return !progress || progress(0.3 + 0.6 * fraction);
    });
    result.cancelled = solved.cancelled;
    result.error = solved.error;
    if (!solved.ok())
        return result;
    const Assignment &assignment = solved.assignment;
    result.matched = assignment.matched;
    result.totalScore = assignment.totalScore;

    // The best pair per mentee, for the alternative shown next to each proposal.
    QList<int> pairsOf(result.problem.menteeCount, 0);
    for (const ScoredPair &pair : std::as_const(result.problem.pairs))
        ++pairsOf[pair.mentee];
    const PairScorer scorer(data);
    QSet<int> pinnedMentees;
    for (const PinnedPair &pin : std::as_const(result.problem.pins))
        pinnedMentees.insert(pin.mentee);
    qsizetype pairIndex = 0;
    for (int mentee = 0; mentee < result.problem.menteeCount; ++mentee) {
        std::optional<int> alternative;
        int alternativeScore = -1;
        const int chosen = assignment.mentorOf.value(mentee, -1);
        for (; pairIndex < result.problem.pairs.size() && result.problem.pairs.at(pairIndex).mentee == mentee; ++pairIndex) {
            const ScoredPair &pair = result.problem.pairs.at(pairIndex);
            if (pair.mentor != chosen && pair.score > alternativeScore) {
                alternative = pair.mentor;
                alternativeScore = pair.score;
            }
        }
        if (choices.skippedMentees.contains(mentee))
            continue;
        if (chosen >= 0) {
            result.proposals.append({mentee, chosen, pinnedMentees.contains(mentee), scorer.explain(mentee, chosen), alternative,
                                     std::max(0, alternativeScore)});
        } else if (pairsOf.at(mentee) == 0) {
            result.unmatched.append({mentee, UnmatchedMentee::Why::NoAdmissibleMentor, noAdmissibleMentorText(data, mentee, choices.exclusions)});
        } else {
            result.unmatched.append({mentee, UnmatchedMentee::Why::CapacityExhausted,
                                     QCoreApplication::translate("BulkAssignment", "capacity exhausted: the places of all %n admissible mentor(s) went to other mentees", nullptr,
                                                                pairsOf.at(mentee))});
        }
    }
    if (progress)
        progress(1.0);
    return result;
}

} // namespace mentordesk::matching
