#include "pruning.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>

namespace mentordesk::matching {

namespace {

// Marks each mentee's `count` best pairs: higher score first, ties to the pair listed first.
// The count-th best score comes from a selection over plain ints (no sort, no indirection),
// which matters at 10 million pairs.
void keepBestMentors(const OpenPairs &open, int count, std::vector<char> &keep)
{
    std::vector<int> scores;
    for (int mentee = 0; mentee < open.menteeCount(); ++mentee) {
        const qsizetype begin = open.rowStart[mentee];
        const qsizetype end = open.rowStart[mentee + 1];
        if (end - begin <= count) {
            std::fill(keep.begin() + begin, keep.begin() + end, 1);
            continue;
        }
        if (count <= 0)
            continue;
        scores.assign(open.score.begin() + begin, open.score.begin() + end);
        std::nth_element(scores.begin(), scores.begin() + (count - 1), scores.end(), std::greater<>());
        const int threshold = scores[count - 1];
        // Every score above the threshold sits in the first `count`; the rest of them tie.
        auto tiesToKeep = count - std::count_if(scores.begin(), scores.begin() + count,
                                                [threshold](int score) { return score > threshold; });
        for (qsizetype entry = begin; entry < end; ++entry) {
            if (open.score[entry] > threshold) {
                keep[entry] = 1;
            } else if (open.score[entry] == threshold && tiesToKeep > 0) {
                keep[entry] = 1;
                --tiesToKeep;
            }
        }
    }
}

// A fixed scramble of the pair (the murmur3 finaliser). Ties broken by index would hand every
// mentor the same few low-numbered mentees whenever scores tie often (popular mentors, 0–100
// scores), and the certificate would then need many rounds; this spreads them, run after run
// the same.
quint32 tieBreak(int mentee, int mentor)
{
    quint64 x = (quint64(quint32(mentee)) << 32) | quint32(mentor);
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return quint32(x);
}

// Marks each mentor's best pairs (higher score, then tieBreak()), as many as `perPlace` × its
// open places, with one bounded heap per mentor over a single pass.
void keepBestMentees(const OpenPairs &open, const QList<int> &openPlaces, int perPlace, std::vector<char> &keep)
{
    struct Candidate {
        int score;
        quint32 tie;
        qsizetype entry;
    };
    // As the heap's "less", so the heap's front is the worst candidate kept.
    const auto isBetter = [](const Candidate &a, const Candidate &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.tie != b.tie ? a.tie < b.tie : a.entry < b.entry;
    };
    const auto mentors = openPlaces.size();
    std::vector<std::vector<Candidate>> best(mentors);
    std::vector<qsizetype> limit(mentors);
    // A flat copy of each full heap's worst score rejects most pairs without touching the heap.
    std::vector<int> rejectBelow(mentors, 0);
    for (qsizetype mentor = 0; mentor < mentors; ++mentor) {
        limit[mentor] = qsizetype(perPlace) * openPlaces.at(mentor);
        if (limit[mentor] <= 0)
            rejectBelow[mentor] = std::numeric_limits<int>::max();
    }
    for (int mentee = 0; mentee < open.menteeCount(); ++mentee) {
        for (qsizetype entry = open.rowStart[mentee]; entry < open.rowStart[mentee + 1]; ++entry) {
            const int mentor = open.mentor[entry];
            if (open.score[entry] < rejectBelow[mentor])
                continue;
            const Candidate candidate{open.score[entry], tieBreak(mentee, mentor), entry};
            std::vector<Candidate> &heap = best[mentor];
            if (std::ssize(heap) == limit[mentor]) {
                if (!isBetter(candidate, heap.front()))
                    continue;
                std::pop_heap(heap.begin(), heap.end(), isBetter);
                heap.pop_back();
            }
            heap.push_back(candidate);
            std::push_heap(heap.begin(), heap.end(), isBetter);
            if (std::ssize(heap) == limit[mentor])
                rejectBelow[mentor] = heap.front().score;
        }
    }
    for (const std::vector<Candidate> &heap : best) {
        for (const Candidate &candidate : heap)
            keep[candidate.entry] = 1;
    }
}

} // namespace

std::vector<char> firstRoundPairs(const OpenPairs &open, const QList<int> &openPlaces,
                                  const PruningLimits &limits)
{
    std::vector<char> keep(open.size(), 0);
    keepBestMentors(open, limits.mentorsPerMentee, keep);
    keepBestMentees(open, openPlaces, limits.menteesPerPlace, keep);
    return keep;
}

std::vector<PairEntry> pairsBreakingCertificate(const OpenPairs &open, const std::vector<char> &inNetwork,
                                               const NetworkFlow &flow, long long matchBonus, int perMentee)
{
    std::vector<PairEntry> breaking;
    // At least one per mentee, or a violated certificate could pass for a proof.
    perMentee = std::max(perMentee, 1);
    std::vector<std::pair<long long, qsizetype>> row;  // reduced cost, entry
    for (int mentee = 0; mentee < open.menteeCount(); ++mentee) {
        row.clear();
        for (qsizetype entry = open.rowStart[mentee]; entry < open.rowStart[mentee + 1]; ++entry) {
            if (inNetwork[entry])
                continue;
            // Potentials stay within ±max/2 + path costs in LEMON, so this cannot overflow.
            const long long reducedCost = pairArcCost(matchBonus, open.score[entry])
                + flow.menteePotential[mentee] - flow.mentorPotential[open.mentor[entry]];
            if (reducedCost < 0)
                row.emplace_back(reducedCost, entry);
        }
        if (std::ssize(row) > perMentee) {
            std::nth_element(row.begin(), row.begin() + perMentee, row.end());
            row.resize(perMentee);
        }
        std::sort(row.begin(), row.end());
        for (const auto &violation : row)
            breaking.push_back({mentee, violation.second});
    }
    return breaking;
}

} // namespace mentordesk::matching
