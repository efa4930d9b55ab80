#include "match.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

bool Match::canMove(MatchState from, MatchState to)
{
    switch (from) {
    case MatchState::Proposed:
        return to == MatchState::Approved || to == MatchState::Rejected || to == MatchState::Withdrawn;
    case MatchState::Approved:
        return to == MatchState::Ended;
    case MatchState::Rejected:
    case MatchState::Withdrawn:
    case MatchState::Ended:
        return false;
    }
    return false;
}

Errors Match::validate() const
{
    Errors errors;
    if (menteeId <= 0)
        errors.append({u"mentee"_s, tr("A match needs a mentee.")});
    if (mentorId <= 0)
        errors.append({u"mentor"_s, tr("A match needs a mentor.")});
    if (score && (*score < 0 || *score > 100))
        errors.append({u"score"_s, tr("The score must be between 0 and 100.")});
    if (state != MatchState::Proposed && !decidedAt.isValid())
        errors.append({u"decided_at"_s, tr("A decided match needs the time of the decision.")});
    if ((state == MatchState::Rejected || state == MatchState::Ended) && reason.trimmed().isEmpty())
        errors.append({u"reason"_s, tr("Give a reason when a match is rejected or ended.")});
    if (state == MatchState::Ended && !endReason)
        errors.append({u"end_reason"_s, tr("Choose why the match ended.")});
    if (state == MatchState::Ended && !endedOn.isValid())
        errors.append({u"ended_on"_s, tr("An ended match needs its end date.")});
    return errors;
}

} // namespace mentordesk::domain
