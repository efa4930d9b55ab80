#include "course.h"

#include "fieldrules.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

bool Course::canMove(CourseStatus from, CourseStatus to)
{
    switch (from) {
    case CourseStatus::Planned:
        return to == CourseStatus::Active || to == CourseStatus::Cancelled;
    case CourseStatus::Active:
        return to == CourseStatus::Paused || to == CourseStatus::Ended;
    case CourseStatus::Paused:
        return to == CourseStatus::Active || to == CourseStatus::Ended;
    case CourseStatus::Ended:
    case CourseStatus::Cancelled:
        return false;
    }
    return false;
}

Errors Course::validate() const
{
    Errors errors;
    if (menteeId <= 0)
        errors.append({u"mentee"_s, tr("A course needs a mentee.")});
    if (schemeId <= 0)
        errors.append({u"scheme"_s, tr("A course needs a scheme.")});
    if (!startDate.isValid())
        errors.append({u"start_date"_s, tr("A course needs a start date.")});
    FieldRules::checkDateOrder(errors, u"planned_end_date"_s, startDate, plannedEndDate);
    if (status == CourseStatus::Paused && pauseReason.trimmed().isEmpty())
        errors.append({u"pause_reason"_s, tr("Give a reason for the pause.")});
    return errors;
}

Errors Course::activationProblems(const ActivationContext &context) const
{
    Errors errors;
    if (!context.hasApprovedMatch)
        errors.append({u"current_match"_s, tr("The course has no approved match with a mentor.")});
    if (purpose.trimmed().isEmpty())
        errors.append({u"purpose"_s, tr("The purpose of the mentor support is missing.")});
    if (mentorTasks.trimmed().isEmpty())
        errors.append({u"mentor_tasks"_s, tr("The mentor's tasks are missing.")});
    if (mentorQualifications.trimmed().isEmpty())
        errors.append({u"mentor_qualifications"_s, tr("The mentor's qualifications are missing.")});
    if (context.jobcentreScheme && legalBasis.trimmed().isEmpty())
        errors.append({u"legal_basis"_s, tr("The legal basis is missing.")});
    if (!context.hasGrant)
        errors.append({u"grant"_s, tr("No hours have been granted.")});
    if (!startDate.isValid() || !plannedEndDate.isValid())
        errors.append({u"planned_end_date"_s, tr("The course period (start and planned end) is missing.")});
    return errors;
}

} // namespace mentordesk::domain
