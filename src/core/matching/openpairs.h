#pragma once

#include "pinnedstart.h"

#include <vector>

namespace mentordesk::matching {

// The pairs still to decide once the pins are placed, grouped by mentee (compressed rows): the
// entries of mentee i are [rowStart[i], rowStart[i + 1]), in the order the problem lists them.
// Pairs of pinned mentees and pairs with mentors left without places are dropped, since they
// can never be used. Plain vectors: at full size this holds about 10 million entries.
struct OpenPairs {
    std::vector<qsizetype> rowStart;  // menteeCount + 1 offsets
    std::vector<int> mentor;          // per entry
    std::vector<int> score;           // per entry
    int maxScore = 0;

    int menteeCount() const { return static_cast<int>(rowStart.size()) - 1; }
    bool hasPairs(int mentee) const { return rowStart[mentee + 1] > rowStart[mentee]; }
    qsizetype size() const { return static_cast<qsizetype>(mentor.size()); }
};

// One open pair: its mentee and its entry in OpenPairs.
struct PairEntry {
    int mentee = 0;
    qsizetype entry = 0;
};

// The problem must have passed problemError().
OpenPairs collectOpenPairs(const AssignmentProblem &problem, const PinnedStart &start);

} // namespace mentordesk::matching
