#include "suggestions.h"

#include <algorithm>

namespace mentordesk::matching {

namespace {

// Ranks the pairs of one person against every candidate on the other side.
QList<Suggestion> rank(const MatchingData &data, int count, int limit, bool includeInadmissible,
                       const std::function<std::pair<int, int>(int)> &pairOf)
{
    const PairScorer scorer(data);
    struct Ranked {
        int candidate;
        PairScore score;
    };
    std::vector<Ranked> ranked;
    for (int candidate = 0; candidate < count; ++candidate) {
        const auto [mentee, mentor] = pairOf(candidate);
        const PairScore score = scorer.score(mentee, mentor);
        if (score.admissible() || includeInadmissible)
            ranked.push_back({candidate, score});
    }
    // Admissible before gated, then the higher score; candidates are in id order already.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.score.admissible() != b.score.admissible())
            return a.score.admissible();
        return a.score.score > b.score.score;
    });
    QList<Suggestion> suggestions;
    for (const Ranked &r : ranked) {
        if (int(suggestions.size()) >= limit)
            break;
        const auto [mentee, mentor] = pairOf(r.candidate);
        suggestions.append({mentee, mentor, scorer.explain(mentee, mentor)});
    }
    return suggestions;
}

} // namespace

QList<Suggestion> suggestMentors(const MatchingData &data, int mentee, int limit, bool includeInadmissible)
{
    return rank(data, int(data.mentors.size()), limit, includeInadmissible,
                [mentee](int mentor) { return std::pair{mentee, mentor}; });
}

QList<Suggestion> suggestMentees(const MatchingData &data, int mentor, int limit, bool includeInadmissible)
{
    return rank(data, int(data.mentees.size()), limit, includeInadmissible,
                [mentor](int mentee) { return std::pair{mentee, mentor}; });
}

} // namespace mentordesk::matching
