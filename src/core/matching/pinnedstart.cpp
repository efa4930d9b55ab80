#include "pinnedstart.h"

#include <algorithm>

namespace mentordesk::matching {

Assignment unmatchedAssignment(int menteeCount)
{
    Assignment assignment;
    const int count = std::max(menteeCount, 0);
    assignment.mentorOf = QList<int>(count, -1);
    assignment.scoreOf = QList<int>(count, 0);
    return assignment;
}

void recordMatch(Assignment &assignment, int mentee, int mentor, int score)
{
    assignment.mentorOf[mentee] = mentor;
    assignment.scoreOf[mentee] = score;
    ++assignment.matched;
    assignment.totalScore += score;
}

PinnedStart placePins(const AssignmentProblem &problem)
{
    PinnedStart start{unmatchedAssignment(problem.menteeCount), problem.freePlaces};
    for (const PinnedPair &pin : problem.pins) {
        recordMatch(start.assignment, pin.mentee, pin.mentor, pin.score);
        --start.openPlaces[pin.mentor];
    }
    return start;
}

} // namespace mentordesk::matching
