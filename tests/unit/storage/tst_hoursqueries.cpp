#include "coursefixture.h"
#include "dbfixture.h"
#include "records.h"

#include "storage/courseworkflow.h"
#include "storage/hoursqueries.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

// One week as "monday|week/year|granted|delivered|face to face", figures rounded to 0.01.
QString weekText(const HoursWeek &w)
{
    return u"%1|%2/%3|%4|%5|%6"_s.arg(w.monday.toString(Qt::ISODate))
        .arg(w.isoWeek)
        .arg(w.isoYear)
        .arg(QString::number(w.hours.granted, 'f', 2), QString::number(w.hours.delivered, 'f', 2),
             QString::number(w.hours.faceToFace, 'f', 2));
}

QStringList weeksOf(Database &db, Id courseId, const QDate &today)
{
    QStringList out;
    for (const HoursWeek &w : HoursQueries(db).weeks(courseId, today))
        out << weekText(w);
    return out;
}

// The weeks add up to the total: nothing counted twice or lost at the week boundaries.
void checkWeeksAddUp(Database &db, Id courseId, const QDate &today)
{
    HoursFigures sum;
    for (const HoursWeek &w : HoursQueries(db).weeks(courseId, today)) {
        sum.granted += w.hours.granted;
        sum.delivered += w.hours.delivered;
        sum.faceToFace += w.hours.faceToFace;
    }
    const HoursFigures total = HoursQueries(db).total(courseId, today);
    CHECK(sum.granted == Approx(total.granted));
    CHECK(sum.delivered == Approx(total.delivered));
    CHECK(sum.faceToFace == Approx(total.faceToFace));
}

void endOn(Database &db, Id courseId, const QDate &endDate)
{
    Ending ending;
    ending.courseId = courseId;
    ending.endDate = endDate;
    ending.reason = EndingReason::GoalsReached;
    ending.outcome = Outcome::OrdinaryJob;
    const auto ended = CourseWorkflow(db).end(ending);
    INFO(ended.error().toStdString());
    REQUIRE(ended.ok());
}

} // namespace

TEST_CASE("HoursQueries a grant starting mid-week counts pro rata in its first and last week", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.start = QDate(2024, 5, 1);  // a Wednesday, ISO week 18
    setup.hoursPerWeek = 7;           // one hour a day
    setup.today = QDate(2024, 5, 15);  // the Wednesday two weeks later
    const CourseChain c = activeCourse(*t, setup);

    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 15))
          == QStringList{u"2024-04-29|18/2024|5.00|0.00|0.00"_s,   // Wednesday to Sunday
                         u"2024-05-06|19/2024|7.00|0.00|0.00"_s,
                         u"2024-05-13|20/2024|3.00|0.00|0.00"_s});  // Monday to today
    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 5, 15));
    CHECK(total.granted == Approx(15));
    CHECK(total.delivered == 0);
    CHECK(total.ratio() == 0);
    CHECK(total.hasGap(75));
    checkWeeksAddUp(*t, c.courseId, QDate(2024, 5, 15));
    // A day later the current week has one more day.
    CHECK(HoursQueries(*t).total(c.courseId, QDate(2024, 5, 16)).granted == Approx(16));
}

TEST_CASE("HoursQueries a grant from before the course start counts from the start only", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 0;
    setup.activate = false;
    const CourseChain c = activeCourse(*t, setup);  // starts Wednesday 2024-05-01
    addGrantOk(*t, c.courseId, QDate(2024, 4, 1), QDate(2024, 10, 31), 7);
    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 5)) == QStringList{u"2024-04-29|18/2024|5.00|0.00|0.00"_s});
    CHECK(HoursQueries(*t).total(c.courseId, QDate(2024, 5, 5)).granted == Approx(5));
}

TEST_CASE("HoursQueries two consecutive grants with different hours share the week they meet in", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.grantTo = QDate(2024, 5, 14);  // Tuesday: the renewal starts Wednesday
    setup.today = QDate(2024, 5, 26);
    const CourseChain c = activeCourse(*t, setup);
    addGrantOk(*t, c.courseId, QDate(2024, 5, 15), QDate(2024, 11, 1), 14);

    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 26))
          == QStringList{u"2024-04-29|18/2024|5.00|0.00|0.00"_s, u"2024-05-06|19/2024|7.00|0.00|0.00"_s,
                         u"2024-05-13|20/2024|12.00|0.00|0.00"_s,  // 2 days at 7 h/week, 5 days at 14
                         u"2024-05-20|21/2024|14.00|0.00|0.00"_s});
    CHECK(HoursQueries(*t).total(c.courseId, QDate(2024, 5, 26)).granted == Approx(38));
    checkWeeksAddUp(*t, c.courseId, QDate(2024, 5, 26));
}

TEST_CASE("HoursQueries nothing is granted after a grant ends, meetings still count", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.grantTo = QDate(2024, 5, 8);  // a Wednesday
    setup.today = QDate(2024, 5, 26);
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 21), 90);  // after the grant ran out

    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 26))
          == QStringList{u"2024-04-29|18/2024|5.00|0.00|0.00"_s, u"2024-05-06|19/2024|3.00|0.00|0.00"_s,
                         u"2024-05-13|20/2024|0.00|0.00|0.00"_s, u"2024-05-20|21/2024|0.00|1.50|1.50"_s});
    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 5, 26));
    CHECK(total.granted == Approx(8));
    CHECK(total.delivered == Approx(1.5));
    CHECK(total.ratio() == Approx(1.5 / 8));
    // The last four weeks (from 2024-04-29) hold the whole grant and the meeting.
    const HoursFigures recent = HoursQueries(*t).recent(c.courseId, QDate(2024, 5, 26), 4);
    CHECK(recent.granted == Approx(8));
    CHECK(recent.delivered == Approx(1.5));
}

TEST_CASE("HoursQueries an ended course has no hours after its end date", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.today = QDate(2024, 5, 26);
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 15), 60);  // the end date itself counts
    addHeldOk(*t, c.courseId, QDate(2024, 5, 16), 60);  // after the end: not part of the course
    endOn(*t, c.courseId, QDate(2024, 5, 15));

    // Weeks stop with the week of the end date, not of today.
    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 26))
          == QStringList{u"2024-04-29|18/2024|5.00|0.00|0.00"_s, u"2024-05-06|19/2024|7.00|0.00|0.00"_s,
                         u"2024-05-13|20/2024|3.00|1.00|1.00"_s});
    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 5, 26));
    CHECK(total.granted == Approx(15));
    CHECK(total.delivered == Approx(1));
    // Months later nothing more is granted.
    CHECK(HoursQueries(*t).total(c.courseId, QDate(2024, 9, 1)).granted == Approx(15));
    CHECK(HoursQueries(*t).weeks(c.courseId, QDate(2024, 9, 1)).size() == 3);
    // The last four weeks of a course ended long ago are empty.
    const HoursFigures late = HoursQueries(*t).recent(c.courseId, QDate(2024, 9, 1), 4);
    CHECK(late.granted == 0);
    CHECK(late.delivered == 0);
    CHECK_FALSE(late.hasGap(75));
    checkWeeksAddUp(*t, c.courseId, QDate(2024, 9, 1));
}

TEST_CASE("HoursQueries only held meetings are delivered hours", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.today = QDate(2024, 5, 12);
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 7), 45);
    for (const MeetingStatus status : {MeetingStatus::Planned, MeetingStatus::CancelledByMentee,
                                       MeetingStatus::CancelledByMentor, MeetingStatus::NoShow})
        addMeetingOk(*t, c.courseId, QDate(2024, 5, 8), 60, status);
    addMeetingOk(*t, c.courseId, QDate(2024, 5, 20), 60, MeetingStatus::Planned);  // ahead

    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 5, 12));
    CHECK(total.delivered == Approx(0.75));
    CHECK(total.faceToFace == Approx(0.75));
    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 12)).last() == u"2024-05-06|19/2024|7.00|0.75|0.75"_s);
}

TEST_CASE("HoursQueries a Sunday meeting belongs to its week, a Monday meeting to the next", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.today = QDate(2024, 5, 19);
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 12), 60);  // Sunday of week 19
    addHeldOk(*t, c.courseId, QDate(2024, 5, 13), 90);  // Monday of week 20
    addHeldOk(*t, c.courseId, QDate(2024, 5, 19), 30);  // today, a Sunday

    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 19))
          == QStringList{u"2024-04-29|18/2024|5.00|0.00|0.00"_s, u"2024-05-06|19/2024|7.00|1.00|1.00"_s,
                         u"2024-05-13|20/2024|7.00|2.00|2.00"_s});
    // Asked on the Sunday the week still ends there; asked on the Saturday the Sunday is not yet.
    CHECK(HoursQueries(*t).total(c.courseId, QDate(2024, 5, 18)).delivered == Approx(2.5));
    checkWeeksAddUp(*t, c.courseId, QDate(2024, 5, 19));
}

TEST_CASE("HoursQueries face to face counts in-person meetings only", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.today = QDate(2024, 5, 12);
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 6), 60, MeetingForm::InPerson);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 7), 30, MeetingForm::Phone);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 8), 45, MeetingForm::Video);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 9), 15, MeetingForm::Text);
    addHeldOk(*t, c.courseId, QDate(2024, 5, 10), 30, MeetingForm::InPerson);

    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 5, 12));
    CHECK(total.delivered == Approx(3));
    CHECK(total.faceToFace == Approx(1.5));
    CHECK(weeksOf(*t, c.courseId, QDate(2024, 5, 12)).last() == u"2024-05-06|19/2024|7.00|3.00|1.50"_s);
}

TEST_CASE("HoursQueries ISO week numbers run on across the change of year", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.start = QDate(2025, 12, 22);  // Monday of week 52 of 2025
    setup.plannedEnd = QDate(2026, 6, 22);
    setup.hoursPerWeek = 3.5;
    setup.today = QDate(2026, 2, 1);
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2025, 12, 28), 60);  // Sunday: still week 52 of 2025
    addHeldOk(*t, c.courseId, QDate(2025, 12, 29), 60);  // Monday: week 1 of 2026
    addHeldOk(*t, c.courseId, QDate(2026, 1, 4), 30, MeetingForm::Phone);  // Sunday of week 1
    const QStringList expected = {u"2025-12-22|52/2025|3.50|1.00|1.00"_s, u"2025-12-29|1/2026|3.50|1.50|1.00"_s,
                                  u"2026-01-05|2/2026|3.50|0.00|0.00"_s, u"2026-01-12|3/2026|0.50|0.00|0.00"_s};

    SECTION("asked on the last day")
    {
        CHECK(weeksOf(*t, c.courseId, QDate(2026, 1, 12)) == expected);
        CHECK(HoursQueries(*t).total(c.courseId, QDate(2026, 1, 12)).granted == Approx(11));
    }
    SECTION("ended on the last day, asked later")
    {
        endOn(*t, c.courseId, QDate(2026, 1, 12));
        CHECK(weeksOf(*t, c.courseId, QDate(2026, 2, 1)) == expected);
        const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2026, 2, 1));
        CHECK(total.granted == Approx(11));
        CHECK(total.delivered == Approx(2.5));
        CHECK(total.faceToFace == Approx(2));
        checkWeeksAddUp(*t, c.courseId, QDate(2026, 2, 1));
    }
}

TEST_CASE("HoursQueries recent covers the last 28 days up to today for four weeks", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    const CourseChain c = activeCourse(*t, setup);  // today 2024-06-14
    addHeldOk(*t, c.courseId, QDate(2024, 5, 17), 120);  // 28 days before today: outside
    addHeldOk(*t, c.courseId, QDate(2024, 5, 18), 60);   // 27 days before: the window's first day
    addHeldOk(*t, c.courseId, QDate(2024, 6, 14), 30, MeetingForm::Video);  // today

    const HoursFigures recent = HoursQueries(*t).recent(c.courseId, QDate(2024, 6, 14), 4);
    CHECK(recent.granted == Approx(28));
    CHECK(recent.delivered == Approx(1.5));
    CHECK(recent.faceToFace == Approx(1));
    CHECK(recent.hasGap(75));
    CHECK(HoursQueries(*t).recent(c.courseId, QDate(2024, 6, 14), 1).delivered == Approx(0.5));
    CHECK(HoursQueries(*t).recent(c.courseId, QDate(2024, 6, 14), 1).granted == Approx(7));
    // The day before, today's meeting has not happened yet and the first meeting is inside.
    const HoursFigures before = HoursQueries(*t).recent(c.courseId, QDate(2024, 6, 13), 4);
    CHECK(before.delivered == Approx(3));
    CHECK(before.granted == Approx(28));
}

TEST_CASE("HoursQueries recent is clipped to the course start", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.start = QDate(2024, 6, 3);
    setup.hoursPerWeek = 7;
    const CourseChain c = activeCourse(*t, setup);  // today 2024-06-14: twelve days of course
    addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 540);
    const HoursFigures recent = HoursQueries(*t).recent(c.courseId, QDate(2024, 6, 14), 4);
    CHECK(recent.granted == Approx(12));
    CHECK(recent.delivered == Approx(9));
    CHECK(recent.ratio() == Approx(0.75));
    CHECK_FALSE(recent.hasGap(75));
    CHECK(recent.hasGap(76));
}

TEST_CASE("HoursQueries a course starting in the future has no weeks and no hours", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.start = QDate(2024, 7, 1);
    setup.plannedEnd = QDate(2024, 12, 31);
    setup.hoursPerWeek = 5;
    setup.activate = false;
    const CourseChain c = activeCourse(*t, setup);  // today 2024-06-14
    CHECK(HoursQueries(*t).weeks(c.courseId, QDate(2024, 6, 14)).isEmpty());
    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 6, 14));
    CHECK(total.granted == 0);
    CHECK(total.delivered == 0);
    CHECK(total.faceToFace == 0);
    CHECK(total.ratio() == -1);
    CHECK_FALSE(total.hasGap(75));
    const HoursFigures recent = HoursQueries(*t).recent(c.courseId, QDate(2024, 6, 14), 4);
    CHECK(recent.granted == 0);
    CHECK(recent.delivered == 0);
    // Its first day is its first week.
    CHECK(weeksOf(*t, c.courseId, QDate(2024, 7, 1)) == QStringList{u"2024-07-01|27/2024|0.71|0.00|0.00"_s});
}

TEST_CASE("HoursQueries a course without grants or meetings, and an unknown course, have zero hours", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 0;
    setup.activate = false;
    const CourseChain c = activeCourse(*t, setup);
    const HoursFigures total = HoursQueries(*t).total(c.courseId, QDate(2024, 5, 12));
    CHECK(total.granted == 0);
    CHECK(total.ratio() == -1);
    CHECK(HoursQueries(*t).weeks(c.courseId, QDate(2024, 5, 12)).size() == 2);
    CHECK(HoursQueries(*t).weeks(c.courseId + 100, QDate(2024, 5, 12)).isEmpty());
    CHECK(HoursQueries(*t).total(c.courseId + 100, QDate(2024, 5, 12)).granted == 0);
}

TEST_CASE("HoursQueries the hours of one course do not include another's", "[storage][hours]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 7;
    setup.today = QDate(2024, 5, 12);
    const CourseChain first = activeCourse(*t, setup);
    setup.menteeFirst = u"Amal"_s;
    setup.mentorId = first.mentorId;
    setup.schemeId = first.schemeId;
    setup.hoursPerWeek = 3.5;
    const CourseChain second = activeCourse(*t, setup);
    addHeldOk(*t, first.courseId, QDate(2024, 5, 6), 60);
    addHeldOk(*t, second.courseId, QDate(2024, 5, 6), 120);
    CHECK(HoursQueries(*t).total(first.courseId, QDate(2024, 5, 12)).granted == Approx(12));
    CHECK(HoursQueries(*t).total(first.courseId, QDate(2024, 5, 12)).delivered == Approx(1));
    CHECK(HoursQueries(*t).total(second.courseId, QDate(2024, 5, 12)).granted == Approx(6));
    CHECK(HoursQueries(*t).total(second.courseId, QDate(2024, 5, 12)).delivered == Approx(2));
}
