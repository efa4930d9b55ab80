#include "meeting.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Meeting::validate(const QDate &today) const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("A meeting belongs to a course.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("A meeting needs a date.")});
    if (isHeld()) {
        if (date.isValid() && date > today)
            errors.append({u"date"_s, tr("A held meeting cannot be dated in the future (%1).").arg(date.toString(Qt::ISODate))});
        if (!minutes)
            errors.append({u"minutes"_s, tr("Enter how many minutes the held meeting lasted.")});
    }
    if (minutes && (*minutes < 1 || *minutes > 600))
        errors.append({u"minutes"_s, tr("A meeting must last between 1 and 600 minutes (it is %1).").arg(*minutes)});
    return errors;
}

} // namespace mentordesk::domain
