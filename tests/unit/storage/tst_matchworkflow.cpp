#include "dbfixture.h"
#include "matchfixture.h"
#include "records.h"

#include "storage/matchingqueries.h"
#include "storage/matchworkflow.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

// Every row of the tables a decision touches, for "nothing changed".
QStringList snapshot(const TestDatabase &t)
{
    QStringList rows;
    for (const QString &table : {u"match"_s, u"course"_s, u"mentee"_s, u"mentor"_s})
        rows << table + u':' << rowsOf(t.connection(), u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    return rows;
}

MenteeStatus statusOf(Database &db, Id menteeId)
{
    const auto mentee = MenteeRepository(db).find(menteeId);
    REQUIRE(mentee.has_value());
    return mentee->status;
}

// A scheme with a six-month grant, the mentor Søren and the mentees Fatima and Amal.
struct Office {
    Id schemeId = 0;
    Id soeren = 0;
    Id fatima = 0;
    Id amal = 0;
};

Office addOffice(Database &db, int soerensCapacity = 1)
{
    Office o;
    o.schemeId = addGrantScheme(db);
    o.soeren = addNamedMentor(db, u"Søren"_s, soerensCapacity);
    o.fatima = addNamedMentee(db, o.schemeId, u"Fatima"_s);
    o.amal = addNamedMentee(db, o.schemeId, u"Amal"_s);
    return o;
}

} // namespace

TEST_CASE("MatchWorkflow propose stores an open proposal and refuses a duplicate", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t);
    MatchWorkflow workflow(*t);
    const auto id = workflow.propose({o.fatima, o.soeren, 77, {u"+20 speaks Arabic"_s, u"\u22125 lives farther away"_s}, MatchSource::Bulk});
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    const Match stored = matchOf(*t, *id);
    CHECK(stored.state == MatchState::Proposed);
    CHECK(stored.menteeId == o.fatima);
    CHECK(stored.mentorId == o.soeren);
    CHECK(stored.score == std::optional<int>(77));
    CHECK(stored.reasons == QStringList{u"+20 speaks Arabic"_s, u"\u22125 lives farther away"_s});
    CHECK(stored.source == MatchSource::Bulk);
    CHECK(stored.proposedAt == fixedNow());
    CHECK(stored.proposedBy == u"coordinator1"_s);

    const auto again = workflow.propose({o.fatima, o.soeren, 60, {}, MatchSource::Manual});
    CHECK_FALSE(again.ok());
    CHECK(again.error() == u"This pair is already proposed and waits for a decision."_s);
    CHECK(t.rowCount(u"match"_s) == 1);

    // The same mentee with another mentor, and the same mentor with another mentee, are fine.
    const Id other = addNamedMentor(*t, u"Bo"_s);
    proposeOk(*t, o.fatima, other);
    proposeOk(*t, o.amal, o.soeren);
    CHECK(t.rowCount(u"match"_s) == 3);

    // Once rejected, the pair may be proposed again.
    REQUIRE(workflow.reject(*id, u"Ikke nu"_s, false).ok());
    proposeOk(*t, o.fatima, o.soeren);
}

TEST_CASE("MatchWorkflow propose refuses a mentee with an approved match", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t);
    approveOk(*t, proposeOk(*t, o.fatima, o.soeren));
    const Id other = addNamedMentor(*t, u"Bo"_s);
    const auto refused = MatchWorkflow(*t).propose({o.fatima, other, 50, {}, MatchSource::Manual});
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"The mentee already has an approved mentor; end that match first."_s);
    CHECK(MatchRepository(*t).forMentee(o.fatima).size() == 1);
}

TEST_CASE("MatchWorkflow approve opens a planned course and matches the mentee", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t);
    const Id matchId = proposeOk(*t, o.fatima, o.soeren);
    const Id courseId = approveOk(*t, matchId);

    const auto course = CourseRepository(*t).find(courseId);
    REQUIRE(course.has_value());
    CHECK(course->menteeId == o.fatima);
    CHECK(course->schemeId == o.schemeId);
    CHECK(course->status == CourseStatus::Planned);
    CHECK(course->startDate == QDate(2024, 6, 14));
    CHECK(course->plannedEndDate == QDate(2024, 12, 14));
    CHECK(course->legalBasis == u"LAB § 31b"_s);
    CHECK(course->mentorQualifications == u"Uddannet socialrådgiver"_s);
    CHECK(course->currentMatchId == matchId);

    const Match match = matchOf(*t, matchId);
    CHECK(match.state == MatchState::Approved);
    CHECK(match.courseId == courseId);
    CHECK(match.decidedAt == fixedNow());
    CHECK(match.decidedBy == u"coordinator1"_s);
    CHECK(statusOf(*t, o.fatima) == MenteeStatus::Matched);
    CHECK(statusOf(*t, o.amal) == MenteeStatus::Waiting);
    CHECK(t.rowCount(u"course"_s) == 1);
}

TEST_CASE("MatchWorkflow approve leaves the planned end open when the scheme has no grant period", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    const Id mentor = addNamedMentor(*t, u"Søren"_s);
    const Id mentee = addNamedMentee(*t, schemeId, u"Fatima"_s);
    const auto course = CourseRepository(*t).find(approveOk(*t, proposeOk(*t, mentee, mentor)));
    REQUIRE(course.has_value());
    CHECK(course->schemeId == schemeId);
    CHECK(course->startDate == QDate(2024, 6, 14));
    CHECK_FALSE(course->plannedEndDate.isValid());
    CHECK(course->legalBasis.isEmpty());
}

TEST_CASE("MatchWorkflow approve withdraws the mentee's other open proposals with a reason", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 3);
    const Id bo = addNamedMentor(*t, u"Bo"_s), ida = addNamedMentor(*t, u"Ida"_s);
    const Id chosen = proposeOk(*t, o.fatima, o.soeren);
    const Id withBo = proposeOk(*t, o.fatima, bo);
    const Id withIda = proposeOk(*t, o.fatima, ida);
    const Id amalWithBo = proposeOk(*t, o.amal, bo);
    const Id amalWithSoeren = proposeOk(*t, o.amal, o.soeren);
    approveOk(*t, chosen);

    for (const Id withdrawn : {withBo, withIda}) {
        const Match m = matchOf(*t, withdrawn);
        CHECK(m.state == MatchState::Withdrawn);
        CHECK(m.reason == u"Another proposal for the mentee was approved."_s);
        CHECK(m.decidedAt == fixedNow());
        CHECK(m.decidedBy == u"coordinator1"_s);
    }
    // Another mentee's proposals stay open, with Bo and with Søren, who has places left.
    CHECK(matchOf(*t, amalWithBo).state == MatchState::Proposed);
    CHECK(matchOf(*t, amalWithSoeren).state == MatchState::Proposed);
    CHECK(MatchingQueries(*t).menteesWithOpenProposal() == QList<Id>{o.amal});
}

TEST_CASE("MatchWorkflow approve withdraws the mentor's other open proposals once the mentor is full", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 2);
    const Id third = addNamedMentee(*t, o.schemeId, u"Hiba"_s);
    const Id first = proposeOk(*t, o.fatima, o.soeren);
    const Id second = proposeOk(*t, o.amal, o.soeren);
    const Id waiting = proposeOk(*t, third, o.soeren);

    approveOk(*t, first);
    CHECK(matchOf(*t, second).state == MatchState::Proposed);
    CHECK(matchOf(*t, waiting).state == MatchState::Proposed);

    approveOk(*t, second);
    const Match withdrawn = matchOf(*t, waiting);
    CHECK(withdrawn.state == MatchState::Withdrawn);
    CHECK(withdrawn.reason == u"The mentor has no free place left."_s);
    CHECK(withdrawn.decidedAt == fixedNow());
    CHECK(statusOf(*t, third) == MenteeStatus::Waiting);
    CHECK(MatchingQueries(*t).mentorLoads().value(o.soeren).approved == 2);
}

TEST_CASE("MatchWorkflow approve refuses a mentor without a free place, naming it, and changes nothing", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 1);
    approveOk(*t, proposeOk(*t, o.fatima, o.soeren));
    const Id late = proposeOk(*t, o.amal, o.soeren);
    const QStringList before = snapshot(t);

    const auto refused = MatchWorkflow(*t).approve(late);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"Søren Ærø has no free place: 1 of 1 taken. End a match or raise the capacity first."_s);
    CHECK(snapshot(t) == before);
    CHECK(matchOf(*t, late).state == MatchState::Proposed);
    CHECK(statusOf(*t, o.amal) == MenteeStatus::Waiting);
    CHECK(t.rowCount(u"course"_s) == 1);
}

TEST_CASE("MatchWorkflow approve refuses what is not an open proposal of an active mentor and a free mentee", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 2);
    MatchWorkflow workflow(*t);
    const Id approved = proposeOk(*t, o.fatima, o.soeren);
    approveOk(*t, approved);

    SECTION("an approved match")
    {
        const QStringList before = snapshot(t);
        CHECK(workflow.approve(approved).error() == u"Only a proposal can be approved; this match is approved."_s);
        CHECK(snapshot(t) == before);
    }
    SECTION("a match that does not exist")
    {
        CHECK(workflow.approve(approved + 100).error() == u"The proposal no longer exists."_s);
    }
    SECTION("a paused mentor")
    {
        const Id paused = addNamedMentor(*t, u"Bo"_s, 1);
        const Id proposal = proposeOk(*t, o.amal, paused);
        Mentor bo = *MentorRepository(*t).find(paused);
        bo.status = MentorStatus::Paused;
        REQUIRE(MentorRepository(*t).update(bo).ok());
        const QStringList before = snapshot(t);
        CHECK(workflow.approve(proposal).error() == u"Bo Ærø is not active (paused) and cannot take a mentee."_s);
        CHECK(snapshot(t) == before);
    }
    SECTION("a mentee who already has an approved mentor")
    {
        // A proposal stored behind the workflow's back, after the approval.
        const Id stray = addMatch(*t, o.fatima, addNamedMentor(*t, u"Bo"_s));
        const QStringList before = snapshot(t);
        CHECK(workflow.approve(stray).error() == u"Fatima Hussein already has an approved mentor; end that match first."_s);
        CHECK(snapshot(t) == before);
    }
}

TEST_CASE("MatchWorkflow reject needs a reason and can exclude the pair from future proposals", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 2);
    MatchWorkflow workflow(*t);
    const Id proposal = proposeOk(*t, o.fatima, o.soeren);

    for (const QString &reason : {QString(), u"   "_s}) {
        const Status refused = workflow.reject(proposal, reason, true);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error().contains(u"Give a reason when a match is rejected or ended."_s));
        CHECK(matchOf(*t, proposal).state == MatchState::Proposed);
    }
    CHECK(MatchingQueries(*t).excludedPairs().isEmpty());

    const Status rejected = workflow.reject(proposal, u"  Mentoren kender familien  "_s, true);
    INFO(rejected.error().toStdString());
    REQUIRE(rejected.ok());
    const Match m = matchOf(*t, proposal);
    CHECK(m.state == MatchState::Rejected);
    CHECK(m.reason == u"Mentoren kender familien"_s);
    CHECK(m.excludePairInFuture);
    CHECK(m.decidedAt == fixedNow());
    CHECK(m.decidedBy == u"coordinator1"_s);
    CHECK(MatchingQueries(*t).excludedPairs() == QList<PairIds>{{o.fatima, o.soeren}});

    // Rejected without excluding: not remembered as an exclusion.
    REQUIRE(workflow.reject(proposeOk(*t, o.amal, o.soeren), u"Ikke nu"_s, false).ok());
    CHECK(MatchingQueries(*t).excludedPairs() == QList<PairIds>{{o.fatima, o.soeren}});
    CHECK(workflow.reject(proposal, u"Igen"_s, false).error() == u"Only a proposal can be rejected; this match is rejected."_s);
}

TEST_CASE("MatchWorkflow end frees the mentor's place and reopens the mentee", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 1);
    const Id matchId = proposeOk(*t, o.fatima, o.soeren);
    const Id courseId = approveOk(*t, matchId);
    const MentorLoad busy = MatchingQueries(*t).mentorLoads().value(o.soeren);
    CHECK(busy.approved == 1);
    CHECK(busy.everApproved == 1);
    CHECK(MenteeRepository(*t).openForMatching().size() == 1);  // Amal only

    const Status ended = MatchWorkflow(*t).end(matchId, MatchEndReason::MentorUnavailable, u" Flytter til Odense "_s, true);
    INFO(ended.error().toStdString());
    REQUIRE(ended.ok());

    const MentorLoad freed = MatchingQueries(*t).mentorLoads().value(o.soeren);
    CHECK(freed.approved == 0);
    CHECK(freed.proposed == 0);
    CHECK(freed.everApproved == 1);
    const Match m = matchOf(*t, matchId);
    CHECK(m.state == MatchState::Ended);
    CHECK(m.endReason == std::optional<MatchEndReason>(MatchEndReason::MentorUnavailable));
    CHECK(m.reason == u"Flytter til Odense"_s);
    CHECK(m.endedOn == QDate(2024, 6, 14));
    CHECK(m.courseId == courseId);
    const auto course = CourseRepository(*t).find(courseId);
    REQUIRE(course.has_value());
    CHECK(course->currentMatchId == 0);
    CHECK(course->status == CourseStatus::Planned);
    CHECK(statusOf(*t, o.fatima) == MenteeStatus::Waiting);
    CHECK(MenteeRepository(*t).openForMatching().size() == 2);
    CHECK(MatchingQueries(*t).excludedPairs() == QList<PairIds>{{o.fatima, o.soeren}});

    // The freed place can be taken.
    approveOk(*t, proposeOk(*t, o.amal, o.soeren));
}

TEST_CASE("MatchWorkflow end refuses a match that is not approved and an ending without a reason", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 2);
    MatchWorkflow workflow(*t);
    const Id proposal = proposeOk(*t, o.amal, o.soeren);
    const Id approved = proposeOk(*t, o.fatima, o.soeren);
    approveOk(*t, approved);
    const QStringList before = snapshot(t);

    CHECK(workflow.end(proposal, MatchEndReason::Other, u"Fejl"_s, false).error()
          == u"Only an approved match can be ended; this match is proposed."_s);
    const Status noReason = workflow.end(approved, MatchEndReason::NoChemistry, u"  "_s, false);
    CHECK_FALSE(noReason.ok());
    CHECK(noReason.error().contains(u"Give a reason when a match is rejected or ended."_s));
    CHECK(workflow.end(approved + 100, MatchEndReason::Other, u"Fejl"_s, false).error() == u"The match no longer exists."_s);
    CHECK(snapshot(t) == before);

    endOk(*t, approved);
    CHECK(workflow.end(approved, MatchEndReason::Other, u"Igen"_s, false).error()
          == u"Only an approved match can be ended; this match is ended."_s);
}

TEST_CASE("MatchWorkflow proposeAll stores every proposal or none", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t, 2);
    const Id bo = addNamedMentor(*t, u"Bo"_s);
    MatchWorkflow workflow(*t);

    SECTION("all valid: stored in order")
    {
        const auto ids = workflow.proposeAll({{o.fatima, o.soeren, 90, {u"+20 a"_s}, MatchSource::Bulk},
                                              {o.amal, o.soeren, 70, {}, MatchSource::Bulk},
                                              {o.amal, bo, 65, {}, MatchSource::Bulk}});
        INFO(ids.error().toStdString());
        REQUIRE(ids.ok());
        REQUIRE(ids->size() == 3);
        CHECK(matchOf(*t, ids->at(0)).menteeId == o.fatima);
        CHECK(matchOf(*t, ids->at(0)).score == std::optional<int>(90));
        CHECK(matchOf(*t, ids->at(1)).menteeId == o.amal);
        CHECK(matchOf(*t, ids->at(2)).mentorId == bo);
        CHECK(matchOf(*t, ids->at(2)).source == MatchSource::Bulk);
        CHECK(t.rowCount(u"match"_s) == 3);
    }
    SECTION("one duplicate: none stored")
    {
        const auto ids = workflow.proposeAll({{o.fatima, o.soeren, 90, {}, MatchSource::Bulk},
                                              {o.amal, bo, 70, {}, MatchSource::Bulk},
                                              {o.fatima, o.soeren, 90, {}, MatchSource::Bulk}});
        CHECK_FALSE(ids.ok());
        CHECK(ids.error() == u"This pair is already proposed and waits for a decision."_s);
        CHECK(t.rowCount(u"match"_s) == 0);
    }
    SECTION("one invalid proposal at the end: none stored")
    {
        const auto ids = workflow.proposeAll({{o.fatima, o.soeren, 90, {}, MatchSource::Bulk}, {o.amal, bo, 170, {}, MatchSource::Bulk}});
        CHECK_FALSE(ids.ok());
        CHECK(ids.error().contains(u"The score must be between 0 and 100."_s));
        CHECK(t.rowCount(u"match"_s) == 0);
        // The database takes writes again afterwards.
        proposeOk(*t, o.fatima, o.soeren);
        CHECK(t.rowCount(u"match"_s) == 1);
    }
}

TEST_CASE("MatchWorkflow a new mentor after a mentor change continues the same course", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t);
    const Id other = addNamedMentor(*t, u"Bo"_s);
    const Id first = proposeOk(*t, o.fatima, o.soeren);
    const Id courseId = approveOk(*t, first);
    endOk(*t, first);
    // The second mentor's approval joins the course the first one left.
    const Id second = proposeOk(*t, o.fatima, other);
    CHECK(approveOk(*t, second) == courseId);
    CHECK(CourseRepository(*t).forMentee(o.fatima).size() == 1);
    const auto course = CourseRepository(*t).find(courseId);
    REQUIRE(course.has_value());
    CHECK(course->currentMatchId == second);
    CHECK(matchOf(*t, second).courseId == courseId);
    CHECK(statusOf(*t, o.fatima) == MenteeStatus::Matched);
}

TEST_CASE("MatchWorkflow approve refuses an archived or ended mentee and changes nothing", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t);
    const Id matchId = proposeOk(*t, o.fatima, o.soeren);
    Mentee fatima = *MenteeRepository(*t).find(o.fatima);
    fatima.status = MenteeStatus::Archived;  // archived after the proposal
    REQUIRE(MenteeRepository(*t).update(fatima).ok());
    const auto refused = MatchWorkflow(*t).approve(matchId);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"Fatima Hussein is archived and cannot be matched."_s);
    CHECK(statusOf(*t, o.fatima) == MenteeStatus::Archived);
    CHECK(matchOf(*t, matchId).state == MatchState::Proposed);
    CHECK(CourseRepository(*t).forMentee(o.fatima).isEmpty());
}

TEST_CASE("MatchWorkflow ending a match with its course ends the mentee's wait too", "[storage][matchworkflow]")
{
    TestDatabase t;
    const Office o = addOffice(*t);
    const Id matchId = proposeOk(*t, o.fatima, o.soeren);
    const Id courseId = approveOk(*t, matchId);
    REQUIRE(MatchWorkflow(*t).end(matchId, MatchEndReason::CourseEnded, u"Forløbet er slut"_s, false).ok());
    CHECK(statusOf(*t, o.fatima) == MenteeStatus::Ended);
    CHECK(MenteeRepository(*t).openForMatching().size() == 1);  // Amal only: Fatima is not proposed again
    CHECK(CourseRepository(*t).find(courseId)->currentMatchId == matchId);  // the course keeps its last match
    CHECK(MatchingQueries(*t).mentorLoads().value(o.soeren).approved == 0);
}
