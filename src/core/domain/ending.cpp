#include "ending.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Ending::validate(const QDate &courseStart, bool retOgPligt) const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("An ending belongs to a course.")});
    if (!endDate.isValid())
        errors.append({u"end_date"_s, tr("Enter the end date.")});
    else if (courseStart.isValid() && endDate < courseStart)
        errors.append({u"end_date"_s, tr("The end date is before the course started (%1).").arg(courseStart.toString(Qt::ISODate))});
    // Ret-og-pligt support may only end when the person is in an active offer [003].
    if (retOgPligt && outcome != Outcome::ActiveOffer && reason != EndingReason::Moved
        && reason != EndingReason::OtherSupport)
        errors.append({u"outcome"_s, tr("Ret-og-pligt support may only end when the mentee is in an active offer.")});
    if (followUpContact.isValid() && endDate.isValid() && followUpContact <= endDate)
        errors.append({u"follow_up_contact"_s, tr("The follow-up contact must come after the end date.")});
    return errors;
}

} // namespace mentordesk::domain
