#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>
#include <QStringList>
#include <optional>

namespace mentordesk::domain {

// A proposed or decided pairing of mentor and mentee (DOMAIN.md §2).
// proposed → approved → ended; proposed → rejected; proposed → withdrawn.
struct Match {
    Id id = 0;
    Id menteeId = 0;
    Id mentorId = 0;
    Id courseId = 0;  // 0 until approval creates or joins a course
    std::optional<int> score;  // 0–100
    QStringList reasons;       // one explanation line per criterion
    MatchSource source = MatchSource::Manual;
    MatchState state = MatchState::Proposed;
    QDateTime proposedAt;
    QString proposedBy;
    QDateTime decidedAt;  // the last decision: approval, then the end
    QString decidedBy;
    QDateTime approvedAt;  // kept when the match ends
    QString reason;  // required on reject and end
    bool excludePairInFuture = false;
    std::optional<Chemistry> chemistry;
    QDate chemistryDate;
    QDate endedOn;
    std::optional<MatchEndReason> endReason;
    RecordMeta meta;

    Errors validate() const;
    static bool canMove(MatchState from, MatchState to);

    Q_DECLARE_TR_FUNCTIONS(Match)
};

} // namespace mentordesk::domain
