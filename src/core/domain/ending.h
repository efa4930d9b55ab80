#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>

namespace mentordesk::domain {

// How a course ended (afslutning). One per course.
struct Ending {
    Id id = 0;
    Id courseId = 0;
    QDate endDate;
    EndingReason reason = EndingReason::GoalsReached;
    Outcome outcome = Outcome::Unknown;
    QString finalStatus;     // strengths and remaining challenges [002]
    QDate followUpContact;   // e.g. in half a year [002]
    RecordMeta meta;

    // `courseStart` of the course it ends; `retOgPligt` adds the active-offer rule [003].
    Errors validate(const QDate &courseStart, bool retOgPligt) const;

    Q_DECLARE_TR_FUNCTIONS(Ending)
};

} // namespace mentordesk::domain
