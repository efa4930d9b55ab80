#include "coursefixture.h"
#include "dbfixture.h"
#include "matchfixture.h"
#include "records.h"

#include "domain/goal.h"
#include "domain/logbookentry.h"
#include "storage/courseworkflow.h"
#include "storage/endingrepository.h"
#include "storage/goalrepository.h"
#include "storage/logbookrepository.h"
#include "storage/matchingqueries.h"
#include "storage/phaserepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

// Every row of the tables a course decision touches, for "nothing changed".
QStringList snapshot(const TestDatabase &t)
{
    QStringList rows;
    for (const QString &table : {u"course"_s, u"course_ending"_s, u"phase_entry"_s, u"match"_s, u"mentee"_s})
        rows << table + u':' << rowsOf(t.connection(), u"SELECT * FROM %1 ORDER BY id"_s.arg(table));
    return rows;
}

MenteeStatus menteeStatus(Database &db, Id menteeId)
{
    const auto mentee = MenteeRepository(db).find(menteeId);
    REQUIRE(mentee.has_value());
    return mentee->status;
}

Ending endingOf(Id courseId, const QDate &endDate = QDate(2024, 6, 10))
{
    Ending e;
    e.courseId = courseId;
    e.endDate = endDate;
    e.reason = EndingReason::Job;
    e.outcome = Outcome::OrdinaryJob;
    e.finalStatus = u"Stærk til at møde op; regnskab er stadig svært"_s;
    e.followUpContact = QDate(2024, 12, 10);
    return e;
}

Id endOk(Database &db, Ending &ending)
{
    const auto id = CourseWorkflow(db).end(ending);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

MentorChange changeFor(const QString &reason, Id newMentorId = 0)
{
    MentorChange change;
    change.why = MatchEndReason::NoChemistry;
    change.reason = reason;
    change.newMentorId = newMentorId;
    return change;
}

} // namespace

TEST_CASE("CourseWorkflow end frees the mentor's place for a new mentee", "[storage][courseworkflow]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.mentorCapacity = 1;
    const CourseChain c = activeCourse(*t, setup);
    const Id amal = addNamedMentee(*t, c.schemeId, u"Amal"_s);
    const Id waiting = proposeOk(*t, amal, c.mentorId);
    CHECK_FALSE(MatchWorkflow(*t).approve(waiting).ok());  // the one place is taken
    CHECK(MatchingQueries(*t).mentorLoads().value(c.mentorId).approved == 1);

    Ending ending = endingOf(c.courseId);
    endOk(*t, ending);
    CHECK(MatchingQueries(*t).mentorLoads().value(c.mentorId).approved == 0);
    const Id newCourse = approveOk(*t, waiting);
    CHECK(newCourse != c.courseId);
    CHECK(MatchingQueries(*t).mentorLoads().value(c.mentorId).approved == 1);
}

TEST_CASE("CourseWorkflow end stores the ending and closes course, match and mentee", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);  // today 2024-06-14
    Ending ending = endingOf(c.courseId);
    const Id id = endOk(*t, ending);
    CHECK(ending.id == id);

    const QList<Ending> stored = EndingRepository(*t).forCourse(c.courseId);
    REQUIRE(stored.size() == 1);
    CHECK(stored.first().id == id);
    CHECK(stored.first().endDate == QDate(2024, 6, 10));
    CHECK(stored.first().reason == EndingReason::Job);
    CHECK(stored.first().outcome == Outcome::OrdinaryJob);
    CHECK(stored.first().finalStatus == ending.finalStatus);
    CHECK(stored.first().followUpContact == QDate(2024, 12, 10));

    const Course course = courseOf(*t, c.courseId);
    CHECK(course.status == CourseStatus::Ended);
    CHECK(course.phase == Phase::Ending);
    const QList<PhaseEntry> phases = PhaseRepository(*t).forCourse(c.courseId);
    REQUIRE(phases.size() == 1);
    CHECK(phases.first().phase == Phase::Ending);
    CHECK(phases.first().enteredOn == QDate(2024, 6, 10));

    const Match match = matchOf(*t, c.matchId);
    CHECK(match.state == MatchState::Ended);
    CHECK(match.endReason == std::optional<MatchEndReason>(MatchEndReason::CourseEnded));
    CHECK_FALSE(match.reason.isEmpty());
    CHECK(menteeStatus(*t, c.menteeId) == MenteeStatus::Ended);
    CHECK(MenteeRepository(*t).openForMatching().isEmpty());  // not offered a mentor again
}

TEST_CASE("CourseWorkflow end of a course already in the Ending phase adds no second phase entry", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    for (const Phase phase : {Phase::RoundingOff, Phase::Ending}) {
        PhaseEntry p;
        p.courseId = c.courseId;
        p.phase = phase;
        p.enteredOn = phase == Phase::Ending ? QDate(2024, 6, 5) : QDate(2024, 6, 1);
        REQUIRE(PhaseRepository(*t).add(p).ok());
    }
    Ending ending = endingOf(c.courseId);
    endOk(*t, ending);
    CHECK(PhaseRepository(*t).forCourse(c.courseId).size() == 2);
    CHECK(courseOf(*t, c.courseId).phase == Phase::Ending);
    CHECK(courseOf(*t, c.courseId).status == CourseStatus::Ended);
}

TEST_CASE("CourseWorkflow end of a paused course and of a course between mentors", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    SECTION("paused")
    {
        REQUIRE(CourseWorkflow(*t).pause(c.courseId, u"Sygdom"_s).ok());
        Ending ending = endingOf(c.courseId);
        endOk(*t, ending);
        CHECK(matchOf(*t, c.matchId).state == MatchState::Ended);
    }
    SECTION("during a mentor change")
    {
        REQUIRE(CourseWorkflow(*t).changeMentor(c.courseId, changeFor(u"Ingen kemi"_s)).ok());
        REQUIRE(menteeStatus(*t, c.menteeId) == MenteeStatus::Waiting);
        Ending ending = endingOf(c.courseId);
        endOk(*t, ending);
    }
    CHECK(courseOf(*t, c.courseId).status == CourseStatus::Ended);
    CHECK(courseOf(*t, c.courseId).phase == Phase::Ending);
    CHECK(menteeStatus(*t, c.menteeId) == MenteeStatus::Ended);
    CHECK(MatchingQueries(*t).mentorLoads().value(c.mentorId).approved == 0);
}

TEST_CASE("CourseWorkflow end during a mentor change withdraws the proposal of the new mentor", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    const Id bo = addNamedMentor(*t, u"Bo"_s);
    const auto proposal = CourseWorkflow(*t).changeMentor(c.courseId, changeFor(u"Ingen kemi"_s, bo));
    REQUIRE(proposal.ok());
    Ending ending = endingOf(c.courseId);
    endOk(*t, ending);
    const Match withdrawn = matchOf(*t, *proposal);
    CHECK(withdrawn.state == MatchState::Withdrawn);
    CHECK(withdrawn.reason == u"The mentee's course ended."_s);
    CHECK(MatchingQueries(*t).openProposalCount() == 0);
}

TEST_CASE("CourseWorkflow end refuses a planned course and a second ending, changing nothing", "[storage][courseworkflow]")
{
    TestDatabase t;
    SECTION("planned")
    {
        CourseSetup setup;
        setup.activate = false;
        const CourseChain c = activeCourse(*t, setup);
        const QStringList before = snapshot(t);
        Ending ending = endingOf(c.courseId);
        const auto refused = CourseWorkflow(*t).end(ending);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error() == u"Only an active or paused course can be ended; this course is planned."_s);
        CHECK(snapshot(t) == before);
        CHECK(matchOf(*t, c.matchId).state == MatchState::Approved);
    }
    SECTION("ended already")
    {
        const CourseChain c = activeCourse(*t);
        Ending ending = endingOf(c.courseId);
        endOk(*t, ending);
        const QStringList before = snapshot(t);
        Ending again = endingOf(c.courseId, QDate(2024, 6, 12));
        const auto refused = CourseWorkflow(*t).end(again);
        CHECK_FALSE(refused.ok());
        CHECK(refused.error() == u"Only an active or paused course can be ended; this course is ended."_s);
        CHECK(snapshot(t) == before);
        CHECK(t.rowCount(u"course_ending"_s) == 1);
    }
    SECTION("a course that does not exist")
    {
        Ending ending = endingOf(4711);
        CHECK(CourseWorkflow(*t).end(ending).error() == u"The course no longer exists."_s);
    }
}

TEST_CASE("CourseWorkflow end refuses an invalid ending and rolls everything back", "[storage][courseworkflow]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.retOgPligt = true;
    const CourseChain c = activeCourse(*t, setup);
    const QStringList before = snapshot(t);

    Ending early = endingOf(c.courseId, QDate(2024, 4, 30));  // the day before the start
    early.outcome = Outcome::ActiveOffer;
    auto refused = CourseWorkflow(*t).end(early);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"The end date is before the course started"_s));
    CHECK(snapshot(t) == before);

    Ending noOffer = endingOf(c.courseId);  // ret og pligt ends only in an active offer
    refused = CourseWorkflow(*t).end(noOffer);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"active offer"_s));
    CHECK(snapshot(t) == before);
    CHECK(MatchingQueries(*t).mentorLoads().value(c.mentorId).approved == 1);

    noOffer.outcome = Outcome::ActiveOffer;
    endOk(*t, noOffer);
    CHECK(courseOf(*t, c.courseId).status == CourseStatus::Ended);
}

TEST_CASE("CourseWorkflow mentor change ends the match and keeps the course open without a mentor", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    Goal goal;
    goal.courseId = c.courseId;
    goal.text = u"Tage bussen alene til praktikken"_s;
    REQUIRE(GoalRepository(*t).add(goal).ok());
    addHeldOk(*t, c.courseId, QDate(2024, 6, 3), 60);
    LogbookEntry entry;
    entry.courseId = c.courseId;
    entry.date = QDate(2024, 6, 3);
    entry.text = u"Første møde; aftalt ugentlige samtaler"_s;
    REQUIRE(LogbookRepository(*t).add(entry).ok());

    MentorChange change = changeFor(u"  Ingen kemi efter tredje møde  "_s);
    change.excludePair = true;
    const auto result = CourseWorkflow(*t).changeMentor(c.courseId, change);
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    CHECK(*result == 0);  // no new mentor proposed

    const Match old = matchOf(*t, c.matchId);
    CHECK(old.state == MatchState::Ended);
    CHECK(old.endReason == std::optional<MatchEndReason>(MatchEndReason::NoChemistry));
    CHECK(old.reason == u"Ingen kemi efter tredje møde"_s);
    CHECK(old.excludePairInFuture);
    CHECK(old.endedOn == QDate(2024, 6, 14));
    CHECK(MatchingQueries(*t).excludedPairs() == QList<PairIds>{{c.menteeId, c.mentorId}});

    const Course course = courseOf(*t, c.courseId);
    CHECK(course.status == CourseStatus::Active);
    CHECK(course.currentMatchId == 0);
    CHECK(GoalRepository(*t).forCourse(c.courseId).size() == 1);
    CHECK(MeetingRepository(*t).forCourse(c.courseId).size() == 1);
    CHECK(LogbookRepository(*t).forCourse(c.courseId).size() == 1);
    CHECK(menteeStatus(*t, c.menteeId) == MenteeStatus::Waiting);
    CHECK(MatchingQueries(*t).mentorLoads().value(c.mentorId).approved == 0);
}

TEST_CASE("CourseWorkflow mentor change can propose the new mentor, whose approval continues the course", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    const Id bo = addNamedMentor(*t, u"Bo"_s);
    const auto proposal = CourseWorkflow(*t).changeMentor(c.courseId, changeFor(u"Mentoren stopper"_s, bo));
    INFO(proposal.error().toStdString());
    REQUIRE(proposal.ok());
    REQUIRE(*proposal > 0);
    const Match proposed = matchOf(*t, *proposal);
    CHECK(proposed.state == MatchState::Proposed);
    CHECK(proposed.menteeId == c.menteeId);
    CHECK(proposed.mentorId == bo);
    CHECK(proposed.source == MatchSource::Manual);
    CHECK(courseOf(*t, c.courseId).currentMatchId == 0);

    CHECK(approveOk(*t, *proposal) == c.courseId);
    CHECK(CourseRepository(*t).forMentee(c.menteeId).size() == 1);
    CHECK(t.rowCount(u"course"_s) == 1);
    const Course course = courseOf(*t, c.courseId);
    CHECK(course.currentMatchId == *proposal);
    CHECK(course.status == CourseStatus::Active);
    CHECK(matchOf(*t, *proposal).courseId == c.courseId);
    CHECK(menteeStatus(*t, c.menteeId) == MenteeStatus::Matched);
}

TEST_CASE("CourseWorkflow mentor change refuses what cannot be changed, changing nothing", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    CourseWorkflow workflow(*t);
    const QStringList before = snapshot(t);

    SECTION("no reason")
    {
        for (const QString &reason : {QString(), u"  "_s})
            CHECK(workflow.changeMentor(c.courseId, changeFor(reason)).error() == u"Say why the mentor is changed."_s);
    }
    SECTION("a new mentor that cannot be proposed: the old match stays")
    {
        const auto refused = workflow.changeMentor(c.courseId, changeFor(u"Ny mentor"_s, c.mentorId + 100));
        CHECK_FALSE(refused.ok());
    }
    SECTION("the course's end as the reason: that is an ending, not a mentor change")
    {
        MentorChange change = changeFor(u"Forløbet er slut"_s);
        change.why = MatchEndReason::CourseEnded;
        CHECK(workflow.changeMentor(c.courseId, change).error()
              == u"A mentor change keeps the course open; to end the course, record its ending."_s);
    }
    SECTION("a course that does not exist")
    {
        CHECK(workflow.changeMentor(c.courseId + 100, changeFor(u"Ny mentor"_s)).error() == u"The course no longer exists."_s);
    }
    CHECK(snapshot(t) == before);
    CHECK(matchOf(*t, c.matchId).state == MatchState::Approved);
    CHECK(menteeStatus(*t, c.menteeId) == MenteeStatus::Matched);
}

TEST_CASE("CourseWorkflow mentor change refuses a course without a mentor or an ended course", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    CourseWorkflow workflow(*t);
    REQUIRE(workflow.changeMentor(c.courseId, changeFor(u"Ingen kemi"_s)).ok());
    CHECK(workflow.changeMentor(c.courseId, changeFor(u"Igen"_s)).error() == u"The course has no mentor to change."_s);
    Ending ending = endingOf(c.courseId);
    endOk(*t, ending);
    CHECK(workflow.changeMentor(c.courseId, changeFor(u"Igen"_s)).error()
          == u"The mentor of a course that is ended cannot be changed."_s);
}

TEST_CASE("CourseWorkflow pause needs a reason and resume makes the course active again", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    CourseWorkflow workflow(*t);
    for (const QString &reason : {QString(), u"   "_s}) {
        CHECK(workflow.pause(c.courseId, reason).error() == u"Say why the course is paused."_s);
        CHECK(courseOf(*t, c.courseId).status == CourseStatus::Active);
    }
    CHECK(workflow.resume(c.courseId).error() == u"Only a paused course can be resumed; this course is active."_s);

    REQUIRE(workflow.pause(c.courseId, u"  Indlagt på hospitalet  "_s).ok());
    Course course = courseOf(*t, c.courseId);
    CHECK(course.status == CourseStatus::Paused);
    CHECK(course.pauseReason == u"Indlagt på hospitalet"_s);
    CHECK(workflow.pause(c.courseId, u"Igen"_s).error() == u"Only an active course can be paused; this course is paused."_s);
    // The mentor keeps the mentee during a pause.
    CHECK(matchOf(*t, c.matchId).state == MatchState::Approved);

    const Status resumed = workflow.resume(c.courseId);
    INFO(resumed.error().toStdString());
    REQUIRE(resumed.ok());
    course = courseOf(*t, c.courseId);
    CHECK(course.status == CourseStatus::Active);
    CHECK(course.pauseReason.isEmpty());
}

TEST_CASE("CourseWorkflow pause refuses a planned course", "[storage][courseworkflow]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.activate = false;
    const CourseChain c = activeCourse(*t, setup);
    CHECK(CourseWorkflow(*t).pause(c.courseId, u"Ferie"_s).error()
          == u"Only an active course can be paused; this course is planned."_s);
    CHECK(CourseWorkflow(*t).resume(c.courseId + 100).error() == u"The course no longer exists."_s);
}

TEST_CASE("CourseWorkflow a course paused during a mentor change can be resumed without a mentor", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    CourseWorkflow workflow(*t);
    REQUIRE(workflow.changeMentor(c.courseId, changeFor(u"Mentoren flytter"_s)).ok());
    REQUIRE(workflow.pause(c.courseId, u"Indlagt"_s).ok());
    // The course was active without a mentor before the pause and is so again after it.
    const Status resumed = workflow.resume(c.courseId);
    INFO(resumed.error().toStdString());
    CHECK(resumed.ok());
    CHECK(courseOf(*t, c.courseId).status == CourseStatus::Active);
}

TEST_CASE("CourseWorkflow chemistry is recorded on the course's current match", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    CourseWorkflow workflow(*t);
    REQUIRE(workflow.recordChemistry(c.courseId, Chemistry::NotOk, QDate(2024, 6, 12)).ok());
    Match match = matchOf(*t, c.matchId);
    CHECK(match.chemistry == std::optional<Chemistry>(Chemistry::NotOk));
    CHECK(match.chemistryDate == QDate(2024, 6, 12));
    CHECK(match.state == MatchState::Approved);

    // After a mentor change the new mentor's match gets the next check; the old one keeps its.
    const auto proposal = workflow.changeMentor(c.courseId, changeFor(u"Ingen kemi"_s, addNamedMentor(*t, u"Bo"_s)));
    REQUIRE(proposal.ok());
    CHECK(workflow.recordChemistry(c.courseId, Chemistry::Ok, QDate(2024, 6, 14)).error()
          == u"The course has no mentor whose chemistry could be checked."_s);
    approveOk(*t, *proposal);
    REQUIRE(workflow.recordChemistry(c.courseId, Chemistry::Ok, QDate(2024, 6, 14)).ok());
    CHECK(matchOf(*t, *proposal).chemistry == std::optional<Chemistry>(Chemistry::Ok));
    CHECK(matchOf(*t, c.matchId).chemistry == std::optional<Chemistry>(Chemistry::NotOk));
    CHECK(workflow.recordChemistry(c.courseId + 100, Chemistry::Ok, QDate(2024, 6, 14)).error()
          == u"The course no longer exists."_s);
}

TEST_CASE("CourseWorkflow chemistry is not recorded on an ended course", "[storage][courseworkflow]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);
    Ending ending = endingOf(c.courseId);
    endOk(*t, ending);
    CHECK(CourseWorkflow(*t).recordChemistry(c.courseId, Chemistry::Ok, QDate(2024, 6, 14)).error()
          == u"The chemistry can only be checked on an active or paused course; this course is ended."_s);
    CHECK_FALSE(matchOf(*t, c.matchId).chemistry.has_value());
}
