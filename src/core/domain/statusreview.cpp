#include "statusreview.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors StatusReview::validate(const QDate &today) const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("A status review belongs to a course.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("A status review needs a date.")});
    else if (date > today)
        errors.append({u"date"_s, tr("A status review cannot be dated in the future.")});
    if (reviewedBy.trimmed().isEmpty())
        errors.append({u"reviewed_by"_s, tr("Enter who made the review.")});
    if (!hoursDeliveredChecked && hoursNote.trimmed().isEmpty())
        errors.append({u"hours_note"_s, tr("Check the delivered hours, or note why they could not be checked.")});
    if (nextReview.isValid() && date.isValid() && nextReview <= date)
        errors.append({u"next_review"_s, tr("The next review must come after this one.")});
    return errors;
}

} // namespace mentordesk::domain
