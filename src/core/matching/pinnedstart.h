#pragma once

#include "assignmentsolver.h"

namespace mentordesk::matching {

// Where every solver and baseline starts: the pinned pairs already matched, and the places each
// mentor still has for everybody else.
struct PinnedStart {
    Assignment assignment;
    QList<int> openPlaces;  // per mentor: free places minus its pins
};

// Every mentee unmatched; what a baseline returns for a problem problemError() rejects.
Assignment unmatchedAssignment(int menteeCount);

// Records mentee → mentor with its score in the assignment and its totals.
void recordMatch(Assignment &assignment, int mentee, int mentor, int score);

// The pins placed; the problem must have passed problemError().
PinnedStart placePins(const AssignmentProblem &problem);

} // namespace mentordesk::matching
