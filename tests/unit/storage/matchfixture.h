#pragma once

// Helpers for the tests of matching decisions: named people, and proposals, approvals and
// endings that must succeed.

#include "dbfixture.h"
#include "records.h"

#include "storage/matchworkflow.h"

namespace mentordesk::testing {

// A jobcentre scheme whose courses run six months under LAB § 31b.
inline domain::Id addGrantScheme(storage::Database &db, const QString &name = u"Jobcentre Aarhus"_s)
{
    domain::Scheme s = validScheme(domain::SchemeContext::Jobcentre);
    s.name = name;
    s.defaultGrantMonths = 6;
    s.defaultLegalBasis = u"LAB § 31b"_s;
    const auto id = storage::SchemeRepository(db).add(s);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Id addNamedMentor(storage::Database &db, const QString &first, int capacity = 1,
                                 domain::MentorStatus status = domain::MentorStatus::Active)
{
    domain::Mentor m = validMentor(first, u"Ærø"_s);
    m.capacity = capacity;
    m.status = status;
    m.qualifications = u"Uddannet socialrådgiver"_s;
    return addMentor(db, m);
}

inline domain::Id addNamedMentee(storage::Database &db, domain::Id schemeId, const QString &first,
                                 domain::MenteeStatus status = domain::MenteeStatus::Waiting)
{
    domain::Mentee m = validMentee(schemeId, first, u"Hussein"_s);
    m.status = status;
    return addMentee(db, schemeId, m);
}

inline domain::Id proposeOk(storage::Database &db, domain::Id menteeId, domain::Id mentorId)
{
    const auto id = storage::MatchWorkflow(db).propose({menteeId, mentorId, 80, {u"+20 speaks Arabic"_s}, domain::MatchSource::Suggestion});
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

// Returns the id of the course the approval opened.
inline domain::Id approveOk(storage::Database &db, domain::Id matchId)
{
    const auto courseId = storage::MatchWorkflow(db).approve(matchId);
    INFO(courseId.error().toStdString());
    REQUIRE(courseId.ok());
    return *courseId;
}

inline void endOk(storage::Database &db, domain::Id matchId, bool excludePairInFuture = false)
{
    const storage::Status ended = storage::MatchWorkflow(db).end(matchId, domain::MatchEndReason::NoChemistry, u"Passede ikke sammen"_s,
                                                        excludePairInFuture);
    INFO(ended.error().toStdString());
    REQUIRE(ended.ok());
}

inline domain::Match matchOf(storage::Database &db, domain::Id matchId)
{
    const auto match = storage::MatchRepository(db).find(matchId);
    REQUIRE(match.has_value());
    return *match;
}

} // namespace mentordesk::testing
