#pragma once

#include "assignmentsolver.h"

namespace mentordesk::matching {

// The largest pair or pin score accepted. Scores are meant to be 0–100; the bound only keeps the
// solver's long long costs far from overflow (DESIGN.md §6).
inline constexpr int kMaxScore = 1'000'000;

// Why the problem cannot be solved as given (translated), or an empty string when it is
// consistent: counts and indices in range, scores within 0…kMaxScore, each mentee pinned at most
// once and no mentor pinned beyond its free places.
QString problemError(const AssignmentProblem &problem);

} // namespace mentordesk::matching
