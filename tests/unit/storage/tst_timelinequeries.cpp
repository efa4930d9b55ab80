#include "coursefixture.h"
#include "dbfixture.h"
#include "matchfixture.h"
#include "records.h"

#include "domain/goal.h"
#include "domain/logbookentry.h"
#include "domain/phaseentry.h"
#include "domain/statusreview.h"
#include "storage/courseworkflow.h"
#include "storage/goalrepository.h"
#include "storage/logbookrepository.h"
#include "storage/phaserepository.h"
#include "storage/statusreviewrepository.h"
#include "storage/timelinequeries.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

using Kind = TimelineEvent::Kind;

QString nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Proposed: return u"proposed"_s;
    case Kind::Approved: return u"approved"_s;
    case Kind::MatchEnded: return u"match ended"_s;
    case Kind::Grant: return u"grant"_s;
    case Kind::Phase: return u"phase"_s;
    case Kind::Goal: return u"goal"_s;
    case Kind::Meeting: return u"meeting"_s;
    case Kind::Logbook: return u"logbook"_s;
    case Kind::Review: return u"review"_s;
    case Kind::Agreement: return u"agreement"_s;
    case Kind::Ending: return u"ending"_s;
    }
    return u"?"_s;
}

QString lineOf(const TimelineEvent &e)
{
    return e.date.toString(Qt::ISODate) + u' ' + nameOf(e.kind);
}

// The events as "date kind" lines; events of one day sorted by kind, so the comparison does not
// depend on how a day's events are ordered (tested on its own).
QStringList linesOf(const QList<TimelineEvent> &events)
{
    QStringList lines;
    for (const TimelineEvent &e : events)
        lines << lineOf(e);
    std::stable_sort(lines.begin(), lines.end(), [](const QString &a, const QString &b) {
        return a.left(10) != b.left(10) ? a.left(10) > b.left(10) : a.mid(11) < b.mid(11);
    });
    return lines;
}

const TimelineEvent *find(const QList<TimelineEvent> &events, Kind kind, const QDate &date)
{
    const auto it = std::find_if(events.cbegin(), events.cend(),
                                 [&](const TimelineEvent &e) { return e.kind == kind && e.date == date; });
    return it == events.cend() ? nullptr : &*it;
}

struct History {
    Id courseId = 0, menteeId = 0, soeren = 0, bo = 0, firstMatch = 0, secondMatch = 0;
    Id grant = 0, agreement = 0, goal = 0, held = 0, cancelled = 0, logbook = 0, phase = 0, review = 0, ending = 0;
};

// A course's life, one step a day: proposed 04-25, approved 05-01 (start, grant, activation),
// agreement 05-02, goal 05-03, meetings 05-06 and 05-07, logbook 05-08, phase 05-10, review
// 05-20, mentor change 05-26, Bo proposed 05-27 and approved 05-28, ended on 06-10 (recorded
// 06-12).
History addHistory(Database &db)
{
    History h;
    setToday(db, QDate(2024, 4, 25));
    const Id scheme = addScheme(db);
    h.soeren = addNamedMentor(db, u"Søren"_s);
    h.bo = addNamedMentor(db, u"Bo"_s);
    h.menteeId = addNamedMentee(db, scheme, u"Fatima"_s);
    h.firstMatch = proposeOk(db, h.menteeId, h.soeren);

    setToday(db, QDate(2024, 5, 1));
    h.courseId = approveOk(db, h.firstMatch);
    Course course = courseOf(db, h.courseId);
    course.purpose = u"Fastholdelse i praktik"_s;
    course.mentorTasks = u"Ugentlige samtaler"_s;
    course.plannedEndDate = QDate(2024, 10, 31);
    h.grant = addGrantOk(db, h.courseId, QDate(2024, 5, 1), QDate(2024, 10, 31), 2);
    course.status = CourseStatus::Active;
    REQUIRE(CourseRepository(db).update(course).ok());

    setToday(db, QDate(2024, 5, 2));
    h.agreement = addAgreementOk(db, h.courseId);
    setToday(db, QDate(2024, 5, 3));
    Goal goal;
    goal.courseId = h.courseId;
    goal.text = u"Tage bussen alene til praktikken\nførst med mentor"_s;
    const auto goalId = GoalRepository(db).add(goal);
    REQUIRE(goalId.ok());
    h.goal = *goalId;

    setToday(db, QDate(2024, 5, 20));
    h.held = addHeldOk(db, h.courseId, QDate(2024, 5, 6), 60);
    h.cancelled = addMeetingOk(db, h.courseId, QDate(2024, 5, 7), 60, MeetingStatus::CancelledByMentee);
    LogbookEntry entry;
    entry.courseId = h.courseId;
    entry.date = QDate(2024, 5, 8);
    entry.author = LogAuthor::Mentee;
    entry.text = u"Tog bussen selv"_s;
    const auto logbookId = LogbookRepository(db).add(entry);
    REQUIRE(logbookId.ok());
    h.logbook = *logbookId;
    PhaseEntry phase;
    phase.courseId = h.courseId;
    phase.phase = Phase::GoalsAndDirection;
    phase.enteredOn = QDate(2024, 5, 10);
    const auto phaseId = PhaseRepository(db).add(phase);
    REQUIRE(phaseId.ok());
    h.phase = *phaseId;
    StatusReview review;
    review.courseId = h.courseId;
    review.date = QDate(2024, 5, 20);
    review.reviewedBy = u"Koordinator"_s;
    review.hoursDeliveredChecked = true;
    review.hoursNote = u"Timerne passer"_s;
    review.decision = ReviewDecision::Continue;
    const auto reviewId = StatusReviewRepository(db).add(review);
    INFO(reviewId.error().toStdString());
    REQUIRE(reviewId.ok());
    h.review = *reviewId;

    setToday(db, QDate(2024, 5, 26));
    MentorChange change;
    change.reason = u"Ingen kemi"_s;
    REQUIRE(CourseWorkflow(db).changeMentor(h.courseId, change).ok());
    setToday(db, QDate(2024, 5, 27));
    h.secondMatch = proposeOk(db, h.menteeId, h.bo);
    setToday(db, QDate(2024, 5, 28));
    REQUIRE(approveOk(db, h.secondMatch) == h.courseId);

    setToday(db, QDate(2024, 6, 12));
    Ending ending;
    ending.courseId = h.courseId;
    ending.endDate = QDate(2024, 6, 10);
    ending.reason = EndingReason::Education;
    ending.outcome = Outcome::Education;
    ending.finalStatus = u"Startet på SOSU"_s;
    const auto endingId = CourseWorkflow(db).end(ending);
    INFO(endingId.error().toStdString());
    REQUIRE(endingId.ok());
    h.ending = *endingId;
    return h;
}

} // namespace

TEST_CASE("TimelineQueries lists every source of a course, newest first", "[storage][timeline]")
{
    TestDatabase t;
    const History h = addHistory(*t);
    const QList<TimelineEvent> events = TimelineQueries(*t).forCourse(h.courseId);

    for (qsizetype i = 1; i < events.size(); ++i) {
        INFO(lineOf(events.at(i - 1)).toStdString() << " before " << lineOf(events.at(i)).toStdString());
        CHECK(events.at(i - 1).date >= events.at(i).date);
    }
    // The approvals of both matches (2024-05-01 and 2024-05-28), ended since, are left out here:
    // see the test of an ended match's approval below.
    QStringList lines = linesOf(events);
    lines.removeAll(u"2024-05-01 approved"_s);
    lines.removeAll(u"2024-05-28 approved"_s);
    CHECK(lines
          == QStringList{u"2024-06-12 match ended"_s, u"2024-06-10 ending"_s, u"2024-06-10 phase"_s,
                         u"2024-05-27 proposed"_s, u"2024-05-26 match ended"_s,
                         u"2024-05-20 review"_s, u"2024-05-10 phase"_s, u"2024-05-08 logbook"_s,
                         u"2024-05-07 meeting"_s, u"2024-05-06 meeting"_s, u"2024-05-03 goal"_s,
                         u"2024-05-02 agreement"_s, u"2024-05-01 grant"_s, u"2024-04-25 proposed"_s});
}

TEST_CASE("TimelineQueries titles and details in the user's language", "[storage][timeline]")
{
    TestDatabase t;
    const History h = addHistory(*t);
    const QList<TimelineEvent> events = TimelineQueries(*t).forCourse(h.courseId);

    const TimelineEvent *proposed = find(events, Kind::Proposed, QDate(2024, 4, 25));
    REQUIRE(proposed);
    CHECK(proposed->entityId == h.firstMatch);
    CHECK(proposed->title == u"Mentor proposed: Søren Ærø"_s);
    CHECK(proposed->detail == u"Score 80"_s);

    const TimelineEvent *changed = find(events, Kind::MatchEnded, QDate(2024, 5, 26));
    REQUIRE(changed);
    CHECK(changed->entityId == h.firstMatch);
    CHECK(changed->title == u"Match ended: Søren Ærø"_s);
    CHECK(changed->detail == u"No chemistry — Ingen kemi"_s);

    const TimelineEvent *proposedBo = find(events, Kind::Proposed, QDate(2024, 5, 27));
    REQUIRE(proposedBo);
    CHECK(proposedBo->entityId == h.secondMatch);
    CHECK(proposedBo->title == u"Mentor proposed: Bo Ærø"_s);

    const TimelineEvent *grant = find(events, Kind::Grant, QDate(2024, 5, 1));
    REQUIRE(grant);
    CHECK(grant->entityId == h.grant);
    CHECK(grant->title.startsWith(u"Grant: "_s));
    CHECK(grant->title.contains(u"hours a week until"_s));

    const TimelineEvent *agreement = find(events, Kind::Agreement, QDate(2024, 5, 2));
    REQUIRE(agreement);
    CHECK(agreement->entityId == h.agreement);
    CHECK(agreement->title.startsWith(u"Agreement version 1 printed"_s));

    const TimelineEvent *goal = find(events, Kind::Goal, QDate(2024, 5, 3));
    REQUIRE(goal);
    CHECK(goal->entityId == h.goal);
    CHECK(goal->title == u"Goal set (open)"_s);
    CHECK(goal->detail == u"Tage bussen alene til praktikken"_s);  // the first line

    const TimelineEvent *held = find(events, Kind::Meeting, QDate(2024, 5, 6));
    REQUIRE(held);
    CHECK(held->entityId == h.held);
    CHECK(held->title.startsWith(u"Meeting held, 60 minute"_s));
    const TimelineEvent *cancelled = find(events, Kind::Meeting, QDate(2024, 5, 7));
    REQUIRE(cancelled);
    CHECK(cancelled->entityId == h.cancelled);
    CHECK(cancelled->title == u"Meeting: cancelled by mentee"_s);

    const TimelineEvent *logbook = find(events, Kind::Logbook, QDate(2024, 5, 8));
    REQUIRE(logbook);
    CHECK(logbook->entityId == h.logbook);
    CHECK(logbook->title == u"Logbook entry by mentee"_s);
    CHECK(logbook->detail == u"Tog bussen selv"_s);

    const TimelineEvent *phase = find(events, Kind::Phase, QDate(2024, 5, 10));
    REQUIRE(phase);
    CHECK(phase->entityId == h.phase);
    CHECK(phase->title == u"Phase: Goals and direction"_s);

    const TimelineEvent *review = find(events, Kind::Review, QDate(2024, 5, 20));
    REQUIRE(review);
    CHECK(review->entityId == h.review);
    CHECK(review->title == u"Status review: continue"_s);
    CHECK(review->detail == u"Delivered hours checked — Timerne passer"_s);

    const TimelineEvent *ending = find(events, Kind::Ending, QDate(2024, 6, 10));
    REQUIRE(ending);
    CHECK(ending->entityId == h.ending);
    CHECK(ending->title == u"Course ended: education"_s);
    CHECK(ending->detail == u"Outcome: education — Startet på SOSU"_s);
    const TimelineEvent *endingPhase = find(events, Kind::Phase, QDate(2024, 6, 10));
    REQUIRE(endingPhase);
    CHECK(endingPhase->title == u"Phase: Ending"_s);
    const TimelineEvent *lastMatch = find(events, Kind::MatchEnded, QDate(2024, 6, 12));
    REQUIRE(lastMatch);
    CHECK(lastMatch->entityId == h.secondMatch);
    CHECK(lastMatch->detail.startsWith(u"Course ended — "_s));
}

TEST_CASE("TimelineQueries shows only the asked course's events", "[storage][timeline]")
{
    TestDatabase t;
    const History h = addHistory(*t);
    const int before = int(TimelineQueries(*t).forCourse(h.courseId).size());

    CourseSetup other;
    other.menteeFirst = u"Amal"_s;
    other.today = QDate(2024, 6, 12);
    const CourseChain c = activeCourse(*t, other);
    addHeldOk(*t, c.courseId, QDate(2024, 6, 3), 45);
    CHECK(TimelineQueries(*t).forCourse(h.courseId).size() == before);

    const QList<TimelineEvent> events = TimelineQueries(*t).forCourse(c.courseId);
    CHECK(linesOf(events)
          == QStringList{u"2024-06-03 meeting"_s, u"2024-05-01 agreement"_s, u"2024-05-01 approved"_s,
                         u"2024-05-01 grant"_s, u"2024-05-01 proposed"_s});
    CHECK(TimelineQueries(*t).forCourse(c.courseId + h.courseId + 100).isEmpty());
}

TEST_CASE("TimelineQueries events of one day come newest first too", "[storage][timeline]")
{
    TestDatabase t;
    // Proposed in the morning, approved in the afternoon of the same day.
    t.db->setClock([] { return QDateTime(QDate(2024, 5, 1), QTime(8, 0), Qt::UTC); });
    const Id scheme = addScheme(*t);
    const Id mentee = addNamedMentee(*t, scheme, u"Fatima"_s);
    const Id match = proposeOk(*t, mentee, addNamedMentor(*t, u"Søren"_s));
    t.db->setClock([] { return QDateTime(QDate(2024, 5, 1), QTime(14, 0), Qt::UTC); });
    const Id courseId = approveOk(*t, match);
    const QList<TimelineEvent> events = TimelineQueries(*t).forCourse(courseId);
    QStringList lines;
    for (const TimelineEvent &e : events)
        lines << lineOf(e);
    CHECK(lines == QStringList{u"2024-05-01 approved"_s, u"2024-05-01 proposed"_s});
    REQUIRE(events.size() == 2);
    CHECK(events.first().entityId == match);
    CHECK(events.first().title == u"Match approved: Søren Ærø"_s);
    CHECK(events.first().detail.isEmpty());
}

// The end of a match overwrites its decision fields; the approval keeps its own time.
TEST_CASE("TimelineQueries keeps the approval of a match that has since ended", "[storage][timeline]")
{
    TestDatabase t;
    const History h = addHistory(*t);
    const QList<TimelineEvent> events = TimelineQueries(*t).forCourse(h.courseId);
    const TimelineEvent *first = find(events, Kind::Approved, QDate(2024, 5, 1));
    const TimelineEvent *second = find(events, Kind::Approved, QDate(2024, 5, 28));
    CHECK((first && first->entityId == h.firstMatch));
    CHECK((second && second->entityId == h.secondMatch));
}
