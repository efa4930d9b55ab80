#include "grant.h"

#include "fieldrules.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Grant::validate() const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("A grant belongs to a course.")});
    if (!from.isValid())
        errors.append({u"from"_s, tr("A grant needs a start date.")});
    if (!to.isValid())
        errors.append({u"to"_s, tr("A grant needs an end date.")});
    FieldRules::checkDateOrder(errors, u"to"_s, from, to);
    if (hoursPerWeek <= 0)
        errors.append({u"hours_per_week"_s, tr("Granted hours per week must be above 0.")});
    else if (hoursPerWeek > 37)
        errors.append({u"hours_per_week"_s, tr("Granted hours per week cannot exceed 37 (a full working week).")});
    return errors;
}

} // namespace mentordesk::domain
