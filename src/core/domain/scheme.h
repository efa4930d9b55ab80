#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QList>
#include <optional>

namespace mentordesk::domain {

// A mentor scheme (ordning): the legal and organisational frame a mentee is placed in.
struct Scheme {
    Id id = 0;
    QString name;
    SchemeContext context = SchemeContext::Jobcentre;
    QString defaultLegalBasis;              // e.g. "LAB § 31b"
    std::optional<int> defaultGrantMonths;  // 6 for ret-og-pligt [003]
    std::optional<int> minMeetingsPerWeek;  // 1 for ret-og-pligt [003]
    QList<MentorType> allowedMentorTypes;   // empty: every type
    std::optional<int> retentionYears;
    bool sameRegionOnly = false;  // matching: mentors of other regions are not proposed
    bool archived = false;
    RecordMeta meta;

    Errors validate() const;
    bool allows(MentorType type) const;

    Q_DECLARE_TR_FUNCTIONS(Scheme)
};

} // namespace mentordesk::domain
