#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>
#include <QStringList>

namespace mentordesk::domain {

// What activation needs beyond the course's own fields; the storage layer knows these.
struct ActivationContext {
    bool hasApprovedMatch = false;
    bool hasGrant = false;
    bool jobcentreScheme = false;  // legal basis is then required
};

// A mentor course (mentorforløb).
// planned → active (needs ActivationContext and the audit's three texts) ⇄ paused → ended;
// planned → cancelled.
struct Course {
    Id id = 0;
    Id menteeId = 0;
    Id schemeId = 0;
    Id currentMatchId = 0;
    QString legalBasis;
    QString purpose;                // formål med mentorstøtten
    QString mentorTasks;            // mentorens opgaver
    QString mentorQualifications;   // mentorens kvalifikationer
    QStringList focusAreas;         // indsatsområder
    CourseFunction function = CourseFunction::Individual;
    QDate startDate;
    QDate plannedEndDate;
    QString meetingFrequency;
    QString contactAgreement;
    QString cancellationRules;
    Phase phase = Phase::Clarification;
    QDate nextReviewDate;
    CourseStatus status = CourseStatus::Planned;
    QString pauseReason;
    RecordMeta meta;

    Errors validate() const;
    // What keeps the course from being active; empty when it may be activated.
    Errors activationProblems(const ActivationContext &context) const;
    static bool canMove(CourseStatus from, CourseStatus to);
    // Planned, active or paused: not ended or cancelled.
    static bool isOpen(CourseStatus status)
    {
        return status == CourseStatus::Planned || status == CourseStatus::Active || status == CourseStatus::Paused;
    }

    Q_DECLARE_TR_FUNCTIONS(Course)
};

} // namespace mentordesk::domain
