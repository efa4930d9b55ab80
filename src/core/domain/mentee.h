#pragma once

#include "availability.h"
#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace mentordesk::domain {

// The four kinds of need of the jobcentre page [004], as bit flags.
enum NeedTag : quint8 { NeedAcademic = 1, NeedPersonal = 2, NeedPractical = 4, NeedClarifying = 8 };

// A mentee: borger in jobcentres, elev in schools.
struct Mentee {
    Id id = 0;
    QString externalId;
    QString firstName;
    QString lastName;
    QString cpr;  // optional, canonical DDMMYY-SSSS
    QString email;
    QString phone;
    QString address;
    std::optional<Gender> gender;
    std::optional<int> birthYear;  // taken from the CPR number when one is given
    QString postcode;
    QStringList languages;
    std::optional<DanishLevel> danishLevel;
    QStringList interests;
    Id schemeId = 0;
    TargetGroup targetGroup = TargetGroup::Other;
    bool retOgPligt = false;
    QString needs;
    quint8 needTags = 0;
    QString goal;
    std::optional<Gender> preferredMentorGender;
    bool mentorGenderRequired = false;  // a hard preference gates matching
    std::optional<int> preferredMentorAgeFrom;  // soft preference: the mentor's age band, in years
    std::optional<int> preferredMentorAgeTo;
    Availability availability;  // when the mentee can meet; overlaps with the mentor's count in matching
    QString preferredLanguage;
    QString preferencesNote;
    std::optional<double> hoursPerWeekGranted;
    bool consultedOnMentorChoice = false;
    QString referredBy;
    QString caseworker;
    QDate consentDate;
    QString consentScope;
    QDate registeredOn;  // feeds the waiting time
    MenteeStatus status = MenteeStatus::Waiting;
    QString notes;
    RecordMeta meta;

    QString fullName() const { return firstName + u' ' + lastName; }
    Errors validate(const QDate &today) const;

    Q_DECLARE_TR_FUNCTIONS(Mentee)
};

} // namespace mentordesk::domain
