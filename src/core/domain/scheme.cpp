#include "scheme.h"

#include "fieldrules.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Scheme::validate() const
{
    Errors errors;
    FieldRules::requireRealText(errors, u"name"_s, name, tr("Name"));
    if (defaultGrantMonths && (*defaultGrantMonths < 1 || *defaultGrantMonths > 60))
        errors.append({u"default_grant_months"_s, tr("The default grant period must be between 1 and 60 months.")});
    if (minMeetingsPerWeek && (*minMeetingsPerWeek < 0 || *minMeetingsPerWeek > 7))
        errors.append({u"min_meetings_per_week"_s, tr("Meetings per week must be between 0 and 7.")});
    if (retentionYears && (*retentionYears < 1 || *retentionYears > 100))
        errors.append({u"retention_years"_s, tr("Retention must be between 1 and 100 years.")});
    return errors;
}

bool Scheme::allows(MentorType type) const
{
    return allowedMentorTypes.isEmpty() || allowedMentorTypes.contains(type);
}

} // namespace mentordesk::domain
