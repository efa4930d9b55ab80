#pragma once

#include "availability.h"
#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace mentordesk::domain {

struct Mentor {
    Id id = 0;
    QString externalId;  // the id in the organisation's own system, for imports
    QString firstName;
    QString lastName;
    MentorType mentorType = MentorType::Volunteer;
    QString email;
    QString phone;
    QString organisation;  // employer or provider; required for workplace and external mentors
    std::optional<Gender> gender;
    std::optional<int> birthYear;
    QString postcode;
    QStringList languages;
    QStringList interests;
    QString qualifications;  // copied into each course: the audit asks for them [001]
    int capacity = 1;        // maximum concurrent mentees
    std::optional<double> hoursPerWeek;
    Availability availability;
    std::optional<double> buyoutHoursPerWeek;  // frikøb, workplace mentors
    std::optional<double> fee;                 // honorar, external providers
    QDate confidentialitySigned;
    MentorStatus status = MentorStatus::Active;
    QString notes;
    RecordMeta meta;

    QString fullName() const { return firstName + u' ' + lastName; }
    Errors validate(const QDate &today) const;

    Q_DECLARE_TR_FUNCTIONS(Mentor)
};

} // namespace mentordesk::domain
