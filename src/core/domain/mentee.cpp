#include "mentee.h"

#include "cpr.h"
#include "fieldrules.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Mentee::validate(const QDate &today) const
{
    Errors errors;
    FieldRules::requireRealText(errors, u"first_name"_s, firstName, tr("First name"));
    FieldRules::requireRealText(errors, u"last_name"_s, lastName, tr("Last name"));
    if (!cpr.trimmed().isEmpty()) {
        QString reason;
        if (const auto canonical = Cpr::normalise(cpr, &reason); !canonical)
            errors.append({u"cpr"_s, reason});
        else if (Cpr::birthDate(*canonical) > today)
            errors.append({u"cpr"_s, tr("The CPR number gives a date of birth in the future.")});
        else if (Cpr::birthDate(*canonical).year() < 1900)
            // Seventh digit 5–8 with year 58–99 means born 1858–1899: not a living mentee, and
            // the derived birth year would fail every later save.
            errors.append({u"cpr"_s, tr("The CPR number gives a date of birth before 1900 (%1). Check the seventh digit.")
                                         .arg(Cpr::birthDate(*canonical).toString(Qt::ISODate))});
    }
    FieldRules::checkEmail(errors, u"email"_s, email);
    FieldRules::checkPhone(errors, u"phone"_s, phone);
    FieldRules::checkBirthYear(errors, u"birth_year"_s, birthYear, today);
    FieldRules::checkPostcode(errors, u"postcode"_s, postcode);
    if (schemeId <= 0)
        errors.append({u"scheme"_s, tr("Choose the scheme the mentee belongs to.")});
    if (hoursPerWeekGranted && (*hoursPerWeekGranted <= 0 || *hoursPerWeekGranted > 37))
        errors.append({u"hours_per_week_granted"_s, tr("Granted hours per week must be above 0 and at most 37.")});
    if (consentDate.isValid() && consentDate > today)
        errors.append({u"consent_date"_s, tr("Consent cannot be dated in the future.")});
    if (mentorGenderRequired && !preferredMentorGender)
        errors.append({u"preferred_mentor_gender"_s, tr("Choose which gender the mentor must have.")});
    for (const std::optional<int> &age : {preferredMentorAgeFrom, preferredMentorAgeTo})
        if (age && (*age < 15 || *age > 99))
            errors.append({u"preferred_mentor_age"_s, tr("A mentor's age must be between 15 and 99 years.")});
    if (preferredMentorAgeFrom && preferredMentorAgeTo && *preferredMentorAgeTo < *preferredMentorAgeFrom)
        errors.append({u"preferred_mentor_age"_s, tr("The upper age of the mentor is below the lower one.")});
    return errors;
}

} // namespace mentordesk::domain
