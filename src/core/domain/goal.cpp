#include "goal.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Goal::validate() const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("A goal belongs to a course.")});
    if (text.trimmed().isEmpty())
        errors.append({u"text"_s, tr("Describe the goal.")});
    if (kind == GoalKind::SubGoal && parentGoalId <= 0)
        errors.append({u"parent_goal"_s, tr("A sub-goal must belong to a goal.")});
    return errors;
}

} // namespace mentordesk::domain
