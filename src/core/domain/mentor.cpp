#include "mentor.h"

#include "fieldrules.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Mentor::validate(const QDate &today) const
{
    Errors errors;
    FieldRules::requireRealText(errors, u"first_name"_s, firstName, tr("First name"));
    FieldRules::requireRealText(errors, u"last_name"_s, lastName, tr("Last name"));
    if (email.trimmed().isEmpty() && phone.trimmed().isEmpty())
        errors.append({u"email"_s, tr("Enter an e-mail address or a phone number: the agreement needs a way to reach the mentor.")});
    FieldRules::checkEmail(errors, u"email"_s, email);
    FieldRules::checkPhone(errors, u"phone"_s, phone);
    if ((mentorType == MentorType::Workplace || mentorType == MentorType::External) && organisation.trimmed().isEmpty())
        errors.append({u"organisation"_s, tr("A workplace or external mentor needs an organisation.")});
    FieldRules::rejectFiller(errors, u"organisation"_s, organisation, tr("Organisation"));
    FieldRules::checkBirthYear(errors, u"birth_year"_s, birthYear, today);
    FieldRules::checkPostcode(errors, u"postcode"_s, postcode);
    if (capacity < 1)
        errors.append({u"capacity"_s, tr("Capacity must be at least 1 mentee (it is %1).").arg(capacity)});
    else if (capacity > 50)
        errors.append({u"capacity"_s, tr("Capacity must be at most 50 mentees (it is %1).").arg(capacity)});
    if (hoursPerWeek && (*hoursPerWeek < 0 || *hoursPerWeek > 60))
        errors.append({u"hours_per_week"_s, tr("Hours per week must be between 0 and 60.")});
    if (buyoutHoursPerWeek && (*buyoutHoursPerWeek < 0 || *buyoutHoursPerWeek > 37))
        errors.append({u"buyout_hours_per_week"_s, tr("Bought-out hours per week must be between 0 and 37.")});
    if (fee && *fee < 0)
        errors.append({u"fee"_s, tr("The fee cannot be negative.")});
    if (confidentialitySigned.isValid() && confidentialitySigned > today)
        errors.append({u"confidentiality_signed"_s, tr("The confidentiality declaration cannot be signed in the future.")});
    return errors;
}

} // namespace mentordesk::domain
