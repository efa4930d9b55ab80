#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>

namespace mentordesk::domain {

// A goal or sub-goal of a course (mål / delmål), e.g. "take public transport alone".
struct Goal {
    Id id = 0;
    Id courseId = 0;
    Id parentGoalId = 0;  // a sub-goal's goal
    QString text;
    GoalKind kind = GoalKind::Goal;
    QDate due;
    GoalStatus status = GoalStatus::Open;
    QString progressNotes;
    RecordMeta meta;

    Errors validate() const;

    Q_DECLARE_TR_FUNCTIONS(Goal)
};

} // namespace mentordesk::domain
