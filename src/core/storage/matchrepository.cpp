#include "matchrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Match &m)
{
    return {
        {u"mentee_id"_s, m.menteeId},
        {u"mentor_id"_s, m.mentorId},
        {u"course_id"_s, m.courseId > 0 ? QVariant(m.courseId) : QVariant()},
        {u"score"_s, sql::optional(m.score)},
        {u"reasons"_s, sql::text(m.reasons.join(u'\n'))},
        {u"source"_s, sql::code(m.source)},
        {u"state"_s, sql::code(m.state)},
        {u"proposed_at"_s, sql::dateTime(m.proposedAt)},
        {u"proposed_by"_s, m.proposedBy},
        {u"decided_at"_s, sql::dateTime(m.decidedAt)},
        {u"approved_at"_s, sql::dateTime(m.approvedAt)},
        {u"decided_by"_s, sql::text(m.decidedBy)},
        {u"reason"_s, sql::text(m.reason)},
        {u"exclude_pair"_s, m.excludePairInFuture ? 1 : 0},
        {u"chemistry"_s, sql::optionalCode(m.chemistry)},
        {u"chemistry_date"_s, sql::date(m.chemistryDate)},
        {u"ended_on"_s, sql::date(m.endedOn)},
        {u"end_reason"_s, sql::optionalCode(m.endReason)},
    };
}

Match read(const sql::Row &r)
{
    Match m;
    m.menteeId = r.id(u"mentee_id"_s);
    m.mentorId = r.id(u"mentor_id"_s);
    m.courseId = r.id(u"course_id"_s);
    m.score = r.optionalInt(u"score"_s);
    m.reasons = r.text(u"reasons"_s).split(u'\n', Qt::SkipEmptyParts);
    m.source = r.code(u"source"_s, MatchSource::Manual);
    m.state = r.code(u"state"_s, MatchState::Proposed);
    m.proposedAt = r.dateTime(u"proposed_at"_s);
    m.proposedBy = r.text(u"proposed_by"_s);
    m.decidedAt = r.dateTime(u"decided_at"_s);
    m.approvedAt = r.dateTime(u"approved_at"_s);
    m.decidedBy = r.text(u"decided_by"_s);
    m.reason = r.text(u"reason"_s);
    m.excludePairInFuture = r.flag(u"exclude_pair"_s);
    m.chemistry = r.optionalCode<Chemistry>(u"chemistry"_s);
    m.chemistryDate = r.date(u"chemistry_date"_s);
    m.endedOn = r.date(u"ended_on"_s);
    m.endReason = r.optionalCode<MatchEndReason>(u"end_reason"_s);
    return m;
}

} // namespace

MatchRepository::MatchRepository(Database &db) : m_store(db, {u"match"_s, &values, &read}) {}

Result<Id> MatchRepository::add(Match &match)
{
    if (!match.proposedAt.isValid())
        match.proposedAt = m_store.database().now();
    if (match.proposedBy.isEmpty())
        match.proposedBy = m_store.database().currentUser();
    if (const Status v = invalid(match.validate()); !v)
        return v;
    return m_store.insert(match);
}

Status MatchRepository::update(Match &match)
{
    const auto stored = m_store.find(match.id);
    if (stored && stored->state != match.state && !Match::canMove(stored->state, match.state))
        return Status::failure(Match::tr("A match cannot go from %1 to %2.").arg(label(stored->state), label(match.state)));
    if (const Status v = invalid(match.validate()); !v)
        return v;
    // The approval's time outlives the decision fields, which the end overwrites.
    if (match.state == MatchState::Approved && !match.approvedAt.isValid())
        match.approvedAt = match.decidedAt.isValid() ? match.decidedAt : m_store.database().now();
    return m_store.update(match);
}

QList<Match> MatchRepository::forMentee(Id menteeId) const
{
    return m_store.where(u"mentee_id = ?"_s, {menteeId}, u"proposed_at DESC, id DESC"_s);
}

QList<Match> MatchRepository::forMentor(Id mentorId) const
{
    return m_store.where(u"mentor_id = ?"_s, {mentorId}, u"proposed_at DESC, id DESC"_s);
}

int MatchRepository::countInState(MatchState state) const
{
    return m_store.count(u"state = ?"_s, {toCode(state)});
}

} // namespace mentordesk::storage
