#pragma once

#include "pairscorer.h"

namespace mentordesk::matching {

// A ranked candidate with its score explained.
struct Suggestion {
    int mentee = 0;  // indices into the run's MatchingData
    int mentor = 0;
    Explanation explanation;
};

// The best mentors for a mentee, best first (ties: lower mentor id). Admissible ones first;
// with `includeInadmissible`, then the gated ones with the gate that closed them.
QList<Suggestion> suggestMentors(const MatchingData &data, int mentee, int limit, bool includeInadmissible = false);
// The best mentees for a mentor, likewise.
QList<Suggestion> suggestMentees(const MatchingData &data, int mentor, int limit, bool includeInadmissible = false);

} // namespace mentordesk::matching
