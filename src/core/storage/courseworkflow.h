#pragma once

#include "database.h"
#include "domain/ending.h"
#include "domain/enums.h"

#include <QCoreApplication>

namespace mentordesk::storage {

// A mentor change (mentorskift): the current match ends, the course stays open with its goals,
// logbook and hours, and the mentee waits for a new mentor; optionally the new mentor is
// proposed at once.
struct MentorChange {
    domain::MatchEndReason why = domain::MatchEndReason::NoChemistry;
    QString reason;
    bool excludePair = false;
    domain::Id newMentorId = 0;  // 0: propose later from the Matching section
};

// The decisions on a course that change more than the course row, each in one transaction.
class CourseWorkflow {
    Q_DECLARE_TR_FUNCTIONS(CourseWorkflow)
public:
    explicit CourseWorkflow(Database &db) : m_db(db) {}

    // Ending (afslutning): stores the ending, ends the course and its current match (the
    // mentor's place is free again), enters the Ending phase and marks the mentee ended.
    Result<domain::Id> end(domain::Ending &ending);
    // Returns the id of the new proposal, or 0 when none was asked for.
    Result<domain::Id> changeMentor(domain::Id courseId, const MentorChange &change);
    Status pause(domain::Id courseId, const QString &reason);
    Status resume(domain::Id courseId);
    // Records the chemistry check on the course's current match.
    Status recordChemistry(domain::Id courseId, domain::Chemistry chemistry, const QDate &on);

private:
    Database &m_db;
};

} // namespace mentordesk::storage
