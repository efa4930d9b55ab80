#pragma once

#include "recordmeta.h"
#include "validation.h"

#include <QDate>

namespace mentordesk::domain {

// Hours granted for a period (bevilling). A change of hours or a renewal is a new Grant on the
// same course, never a new course: the national register splits courses, distorting durations.
struct Grant {
    Id id = 0;
    Id courseId = 0;
    QDate from;
    QDate to;
    double hoursPerWeek = 0;
    QString decidedBy;
    QDate decidedOn;
    RecordMeta meta;

    Errors validate() const;
    // Above 10 h/week national records look like typing errors [003]: warn, do not refuse.
    bool looksUnusuallyHigh() const { return hoursPerWeek > 10; }
    bool overlaps(const Grant &other) const { return from <= other.to && other.from <= to; }

    Q_DECLARE_TR_FUNCTIONS(Grant)
};

} // namespace mentordesk::domain
