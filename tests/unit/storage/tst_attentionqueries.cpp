#include "coursefixture.h"
#include "dbfixture.h"
#include "records.h"

#include "storage/attentionqueries.h"
#include "storage/courseworkflow.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

using Rule = AttentionRule;
using Rules = QList<AttentionRule>;

QString nameOf(Rule rule)
{
    switch (rule) {
    case Rule::NoRecentMeeting: return u"NoRecentMeeting"_s;
    case Rule::HoursBelowGrant: return u"HoursBelowGrant"_s;
    case Rule::ReviewOverdue: return u"ReviewOverdue"_s;
    case Rule::EndingSoon: return u"EndingSoon"_s;
    case Rule::ChemistryCheckMissing: return u"ChemistryCheckMissing"_s;
    case Rule::MissingPurpose: return u"MissingPurpose"_s;
    case Rule::MissingTasks: return u"MissingTasks"_s;
    case Rule::MissingQualifications: return u"MissingQualifications"_s;
    case Rule::NoAgreement: return u"NoAgreement"_s;
    case Rule::NoMentor: return u"NoMentor"_s;
    }
    return u"?"_s;
}

// The rules a course breaks on `today`, as names (readable in a failure).
QStringList rulesOf(Database &db, Id courseId, const QDate &today, const AttentionThresholds &limits = {})
{
    QStringList names;
    for (const AttentionItem &item : AttentionQueries(db).forCourse(courseId, today, limits)) {
        CHECK(item.courseId == courseId);
        names << nameOf(item.rule);
    }
    return names;
}

// The one item of `rule` for the course; fails when there is none.
AttentionItem itemOf(Database &db, Id courseId, Rule rule, const QDate &today, const AttentionThresholds &limits = {})
{
    for (const AttentionItem &item : AttentionQueries(db).forCourse(courseId, today, limits))
        if (item.rule == rule)
            return item;
    FAIL("no " << nameOf(rule).toStdString() << " item");
    return {};
}

Status updateCourse(Database &db, Id courseId, const std::function<void(Course &)> &change)
{
    Course course = courseOf(db, courseId);
    change(course);
    return CourseRepository(db).update(course);
}

void updateCourseOk(Database &db, Id courseId, const std::function<void(Course &)> &change)
{
    const Status saved = updateCourse(db, courseId, change);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
}

// A course that needs nothing on 2024-06-14: started 2024-05-01, 1.5 h a week granted and 90
// minutes held every Monday of the last four weeks (6 of 6 hours), the last one four days ago,
// chemistry checked, planned end in November, documentation and agreement complete.
CourseChain keptCourse(Database &db, CourseSetup setup = {})
{
    setup.hoursPerWeek = 1.5;
    const CourseChain c = activeCourse(db, setup);
    for (const QDate &monday : {QDate(2024, 5, 20), QDate(2024, 5, 27), QDate(2024, 6, 3), QDate(2024, 6, 10)})
        addHeldOk(db, c.courseId, monday, 90);
    REQUIRE(CourseWorkflow(db).recordChemistry(c.courseId, Chemistry::Ok, QDate(2024, 6, 10)).ok());
    return c;
}

const QDate kToday = QDate(2024, 6, 14);

} // namespace

TEST_CASE("AttentionQueries a well-kept course needs no attention", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);
    CHECK(rulesOf(*t, c.courseId, kToday).isEmpty());
    CHECK(AttentionQueries(*t).items(kToday, {}).isEmpty());
    CHECK(AttentionQueries(*t).courseCount(kToday, {}) == 0);
}

TEST_CASE("AttentionQueries no recent meeting: 14 days without one is fine, 15 are not", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);  // last held meeting 2024-06-10
    // Meetings that did not take place do not count as contact.
    setToday(*t, QDate(2024, 7, 1));
    addMeetingOk(*t, c.courseId, QDate(2024, 6, 20), 60, MeetingStatus::CancelledByMentee);
    addMeetingOk(*t, c.courseId, QDate(2024, 6, 21), 60, MeetingStatus::NoShow);
    addMeetingOk(*t, c.courseId, QDate(2024, 6, 30), 60, MeetingStatus::Planned);

    CHECK_FALSE(rulesOf(*t, c.courseId, QDate(2024, 6, 24)).contains(u"NoRecentMeeting"_s));
    CHECK(rulesOf(*t, c.courseId, QDate(2024, 6, 25)).contains(u"NoRecentMeeting"_s));
    const AttentionItem item = itemOf(*t, c.courseId, Rule::NoRecentMeeting, QDate(2024, 6, 25));
    CHECK(item.date == QDate(2024, 6, 10));
    CHECK(item.number == 15);
    CHECK(item.mentee == u"Hussein, Fatima"_s);
    CHECK(item.mentor == u"Ærø, Søren"_s);
    CHECK(item.text().contains(u"15"_s));

    // A meeting held later resets the count.
    addHeldOk(*t, c.courseId, QDate(2024, 6, 24), 60);
    CHECK_FALSE(rulesOf(*t, c.courseId, QDate(2024, 6, 25)).contains(u"NoRecentMeeting"_s));
}

TEST_CASE("AttentionQueries no meeting ever held counts from the course start", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);  // started 2024-05-01, no meetings
    CHECK_FALSE(rulesOf(*t, c.courseId, QDate(2024, 5, 15)).contains(u"NoRecentMeeting"_s));
    CHECK(rulesOf(*t, c.courseId, QDate(2024, 5, 16)).contains(u"NoRecentMeeting"_s));
    const AttentionItem item = itemOf(*t, c.courseId, Rule::NoRecentMeeting, QDate(2024, 5, 16));
    CHECK_FALSE(item.date.isValid());
    CHECK(item.number == 15);
    CHECK(item.text().contains(u"start"_s));
}

TEST_CASE("AttentionQueries no recent meeting: 7 days for ret og pligt are fine, 8 are not", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.retOgPligt = true;
    const CourseChain ret = keptCourse(*t, setup);  // last held meeting 2024-06-10
    setup.retOgPligt = false;
    setup.menteeFirst = u"Amal"_s;
    const CourseChain ordinary = keptCourse(*t, setup);
    CHECK_FALSE(rulesOf(*t, ret.courseId, QDate(2024, 6, 17)).contains(u"NoRecentMeeting"_s));
    CHECK(rulesOf(*t, ret.courseId, QDate(2024, 6, 18)).contains(u"NoRecentMeeting"_s));
    CHECK(itemOf(*t, ret.courseId, Rule::NoRecentMeeting, QDate(2024, 6, 18)).number == 8);
    CHECK_FALSE(rulesOf(*t, ordinary.courseId, QDate(2024, 6, 18)).contains(u"NoRecentMeeting"_s));

    AttentionThresholds limits;
    limits.daysWithoutMeetingRetOgPligt = 10;
    CHECK_FALSE(rulesOf(*t, ret.courseId, QDate(2024, 6, 20), limits).contains(u"NoRecentMeeting"_s));
    CHECK(rulesOf(*t, ret.courseId, QDate(2024, 6, 21), limits).contains(u"NoRecentMeeting"_s));
}

TEST_CASE("AttentionQueries custom thresholds change the outcome and survive a reload", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);  // last held meeting 2024-06-10
    CHECK(AttentionQueries(*t).thresholds() == AttentionThresholds{});

    AttentionThresholds limits;
    limits.daysWithoutMeeting = 20;
    limits.daysWithoutMeetingRetOgPligt = 5;
    limits.hoursPercent = 50;
    limits.hoursWeeks = 6;
    limits.endingSoonDays = 30;
    limits.chemistryAfterMeetings = 5;
    const Status saved = AttentionQueries(*t).setThresholds(limits);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(AttentionQueries(*t).thresholds() == limits);

    // 15 days: due under the default, not under the stored limit of 20.
    CHECK(rulesOf(*t, c.courseId, QDate(2024, 6, 25)).contains(u"NoRecentMeeting"_s));
    const AttentionThresholds stored = AttentionQueries(*t).thresholds();
    CHECK_FALSE(rulesOf(*t, c.courseId, QDate(2024, 6, 25), stored).contains(u"NoRecentMeeting"_s));
    CHECK(rulesOf(*t, c.courseId, QDate(2024, 7, 1), stored).contains(u"NoRecentMeeting"_s));

    // Saved again: the values are replaced, not added.
    limits.daysWithoutMeeting = 21;
    REQUIRE(AttentionQueries(*t).setThresholds(limits).ok());
    CHECK(AttentionQueries(*t).thresholds().daysWithoutMeeting == 21);
    CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM setting WHERE key LIKE 'attention.%'"_s).toInt() == 6);

    // Closed and opened again: the organisation's limits are still there.
    t.db.reset();
    OpenResult reopened = Database::open(t.path, Database::Mode::OpenExisting);
    INFO(reopened.message.toStdString());
    REQUIRE(reopened.ok());
    t.db = std::move(reopened.database);
    CHECK(AttentionQueries(*t).thresholds() == limits);
}

TEST_CASE("AttentionQueries thresholds ignore stored values that are not numbers or negative", "[storage][attention]")
{
    TestDatabase t;
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"INSERT INTO setting (key, value) VALUES ('attention.days_without_meeting', 'abc'),"
                   " ('attention.hours_percent', '-3'), ('attention.hours_weeks', '6'), ('attention.unknown', '9')"_s));
    AttentionThresholds expected;
    expected.hoursWeeks = 6;
    CHECK(AttentionQueries(*t).thresholds() == expected);
}

TEST_CASE("AttentionQueries hours below grant: 74 percent is flagged, 75 is not", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 1;  // 4 hours over the last four weeks
    const CourseChain c = activeCourse(*t, setup);
    addHeldOk(*t, c.courseId, QDate(2024, 6, 3), 90);

    SECTION("75 percent")
    {
        addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 90);  // 3 of 4 hours
        CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"HoursBelowGrant"_s));
    }
    SECTION("74 percent")
    {
        addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 88);  // 178 minutes of 240
        CHECK(rulesOf(*t, c.courseId, kToday).contains(u"HoursBelowGrant"_s));
        const AttentionItem item = itemOf(*t, c.courseId, Rule::HoursBelowGrant, kToday);
        CHECK(item.number == 74);
        CHECK(item.date == QDate(2024, 5, 18));  // the window's first day
        // A lower limit, or a shorter window, lets it pass.
        AttentionThresholds limits;
        limits.hoursPercent = 74;
        CHECK_FALSE(rulesOf(*t, c.courseId, kToday, limits).contains(u"HoursBelowGrant"_s));
        limits = {};
        limits.hoursWeeks = 2;  // 2 hours granted, 2.97 delivered
        CHECK_FALSE(rulesOf(*t, c.courseId, kToday, limits).contains(u"HoursBelowGrant"_s));
    }
    SECTION("meetings before the window do not make up for it")
    {
        addHeldOk(*t, c.courseId, QDate(2024, 5, 17), 600);
        addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 88);
        CHECK(rulesOf(*t, c.courseId, kToday).contains(u"HoursBelowGrant"_s));
    }
}

TEST_CASE("AttentionQueries hours below grant: the window is clipped to the course start", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.start = QDate(2024, 6, 3);
    setup.hoursPerWeek = 7;  // twelve hours granted from 2024-06-03 to 2024-06-14
    const CourseChain c = activeCourse(*t, setup);
    SECTION("75 percent")
    {
        addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 540);
        CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"HoursBelowGrant"_s));
    }
    SECTION("74 percent")
    {
        addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 533);
        const AttentionItem item = itemOf(*t, c.courseId, Rule::HoursBelowGrant, kToday);
        CHECK(item.number == 74);
        CHECK(item.date == QDate(2024, 6, 3));
    }
}

TEST_CASE("AttentionQueries meeting and hours rules wait while a course is paused", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = activeCourse(*t);  // no meetings at all
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"NoRecentMeeting"_s, u"HoursBelowGrant"_s});
    REQUIRE(CourseWorkflow(*t).pause(c.courseId, u"Indlagt"_s).ok());
    CHECK(rulesOf(*t, c.courseId, kToday).isEmpty());
}

TEST_CASE("AttentionQueries review overdue: due yesterday is flagged, due today is not", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);
    updateCourseOk(*t, c.courseId, [](Course &course) { course.nextReviewDate = QDate(2024, 6, 14); });
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"ReviewOverdue"_s));
    updateCourseOk(*t, c.courseId, [](Course &course) { course.nextReviewDate = QDate(2024, 6, 13); });
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"ReviewOverdue"_s});
    CHECK(itemOf(*t, c.courseId, Rule::ReviewOverdue, kToday).date == QDate(2024, 6, 13));

    // Planned and paused courses are reviewed too.
    REQUIRE(CourseWorkflow(*t).pause(c.courseId, u"Indlagt"_s).ok());
    CHECK(rulesOf(*t, c.courseId, kToday).contains(u"ReviewOverdue"_s));
    CourseSetup planned;
    planned.activate = false;
    planned.menteeFirst = u"Amal"_s;
    const CourseChain p = activeCourse(*t, planned);
    updateCourseOk(*t, p.courseId, [](Course &course) { course.nextReviewDate = QDate(2024, 6, 13); });
    CHECK(rulesOf(*t, p.courseId, kToday) == QStringList{u"ReviewOverdue"_s});
}

TEST_CASE("AttentionQueries ending soon: planned end in 14 days is flagged, in 15 days is not", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);
    updateCourseOk(*t, c.courseId, [](Course &course) { course.plannedEndDate = QDate(2024, 6, 29); });
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"EndingSoon"_s));
    updateCourseOk(*t, c.courseId, [](Course &course) { course.plannedEndDate = QDate(2024, 6, 28); });
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"EndingSoon"_s});
    AttentionItem item = itemOf(*t, c.courseId, Rule::EndingSoon, kToday);
    CHECK(item.number == 14);
    CHECK(item.date == QDate(2024, 6, 28));

    // Today and passed, still open.
    updateCourseOk(*t, c.courseId, [](Course &course) { course.plannedEndDate = QDate(2024, 6, 14); });
    CHECK(itemOf(*t, c.courseId, Rule::EndingSoon, kToday).number == 0);
    updateCourseOk(*t, c.courseId, [](Course &course) { course.plannedEndDate = QDate(2024, 6, 13); });
    item = itemOf(*t, c.courseId, Rule::EndingSoon, kToday);
    CHECK(item.number == -1);
    CHECK(item.text().contains(u"passed"_s));

    // A longer notice from the thresholds.
    updateCourseOk(*t, c.courseId, [](Course &course) { course.plannedEndDate = QDate(2024, 7, 14); });
    AttentionThresholds limits;
    limits.endingSoonDays = 29;
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday, limits).contains(u"EndingSoon"_s));
    limits.endingSoonDays = 30;
    CHECK(rulesOf(*t, c.courseId, kToday, limits).contains(u"EndingSoon"_s));

    // Paused courses end too; a planned course has not begun.
    updateCourseOk(*t, c.courseId, [](Course &course) { course.plannedEndDate = QDate(2024, 6, 20); });
    REQUIRE(CourseWorkflow(*t).pause(c.courseId, u"Ferie"_s).ok());
    CHECK(rulesOf(*t, c.courseId, kToday).contains(u"EndingSoon"_s));
    CourseSetup planned;
    planned.activate = false;
    planned.menteeFirst = u"Amal"_s;
    planned.plannedEnd = QDate(2024, 6, 20);
    const CourseChain p = activeCourse(*t, planned);
    CHECK_FALSE(rulesOf(*t, p.courseId, kToday).contains(u"EndingSoon"_s));
}

TEST_CASE("AttentionQueries chemistry check: asked for after the third held meeting until recorded", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 1;
    const CourseChain c = activeCourse(*t, setup);  // match approved 2024-05-01
    addHeldOk(*t, c.courseId, QDate(2024, 6, 3), 60);
    addMeetingOk(*t, c.courseId, QDate(2024, 6, 5), 60, MeetingStatus::NoShow);
    addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 60);
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"ChemistryCheckMissing"_s));

    addHeldOk(*t, c.courseId, QDate(2024, 6, 12), 60);
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"ChemistryCheckMissing"_s});
    CHECK(itemOf(*t, c.courseId, Rule::ChemistryCheckMissing, kToday).number == 3);
    // Counted up to today: on the 11th only two had been held.
    CHECK_FALSE(rulesOf(*t, c.courseId, QDate(2024, 6, 11)).contains(u"ChemistryCheckMissing"_s));
    AttentionThresholds limits;
    limits.chemistryAfterMeetings = 4;
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday, limits).contains(u"ChemistryCheckMissing"_s));

    SECTION("recorded as working")
    {
        REQUIRE(CourseWorkflow(*t).recordChemistry(c.courseId, Chemistry::Ok, kToday).ok());
        CHECK(rulesOf(*t, c.courseId, kToday).isEmpty());
    }
    SECTION("recorded as not working: checked, the mentor change is another decision")
    {
        REQUIRE(CourseWorkflow(*t).recordChemistry(c.courseId, Chemistry::NotOk, kToday).ok());
        CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"ChemistryCheckMissing"_s));
    }
}

TEST_CASE("AttentionQueries chemistry check counts only meetings with the current mentor", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.hoursPerWeek = 1;
    setup.today = QDate(2024, 5, 27);
    const CourseChain c = activeCourse(*t, setup);
    for (const QDate &day : {QDate(2024, 5, 6), QDate(2024, 5, 13), QDate(2024, 5, 20)})
        addHeldOk(*t, c.courseId, day, 60);
    CHECK(rulesOf(*t, c.courseId, QDate(2024, 5, 27)).contains(u"ChemistryCheckMissing"_s));

    MentorChange change;
    change.reason = u"Kemien passede ikke"_s;
    change.newMentorId = addNamedMentor(*t, u"Bo"_s);
    const auto proposal = CourseWorkflow(*t).changeMentor(c.courseId, change);
    REQUIRE(proposal.ok());
    setToday(*t, QDate(2024, 5, 28));
    REQUIRE(approveOk(*t, *proposal) == c.courseId);
    setToday(*t, kToday);
    addHeldOk(*t, c.courseId, QDate(2024, 6, 3), 60);
    addHeldOk(*t, c.courseId, QDate(2024, 6, 10), 60);
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"ChemistryCheckMissing"_s));
    addHeldOk(*t, c.courseId, QDate(2024, 6, 12), 60);
    CHECK(rulesOf(*t, c.courseId, kToday).contains(u"ChemistryCheckMissing"_s));
    const AttentionItem item = itemOf(*t, c.courseId, Rule::ChemistryCheckMissing, kToday);
    CHECK(item.number == 3);
    CHECK(item.mentor == u"Ærø, Bo"_s);
}

TEST_CASE("AttentionQueries missing documentation names each missing part", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);
    using Field = QString Course::*;
    const auto [field, rule] = GENERATE(table<Field, QString>({
        {&Course::purpose, u"MissingPurpose"_s},
        {&Course::mentorTasks, u"MissingTasks"_s},
        {&Course::mentorQualifications, u"MissingQualifications"_s},
    }));
    INFO(rule.toStdString());
    const QString blank = GENERATE(QString(), u"   "_s, u"\n\t"_s);
    // Cleared on an active course (only activation checks the texts).
    updateCourseOk(*t, c.courseId, [field = field, blank](Course &course) { course.*field = blank; });
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{rule});
    updateCourseOk(*t, c.courseId, [field = field](Course &course) { course.*field = u"Udfyldt igen"_s; });
    CHECK(rulesOf(*t, c.courseId, kToday).isEmpty());
}

TEST_CASE("AttentionQueries a planned course is asked for its documentation and agreement", "[storage][attention]")
{
    TestDatabase t;
    const Id scheme = addScheme(*t);
    const Id mentee = addNamedMentee(*t, scheme, u"Fatima"_s);
    const Id courseId = approveOk(*t, proposeOk(*t, mentee, addNamedMentor(*t, u"Søren"_s)));
    updateCourseOk(*t, courseId, [](Course &course) { course.mentorQualifications.clear(); });
    CHECK(rulesOf(*t, courseId, kToday)
          == QStringList{u"MissingPurpose"_s, u"MissingTasks"_s, u"MissingQualifications"_s, u"NoAgreement"_s});
}

TEST_CASE("AttentionQueries no agreement until one is printed", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.agreement = false;
    setup.hoursPerWeek = 1.5;
    const CourseChain c = activeCourse(*t, setup);
    for (const QDate &monday : {QDate(2024, 5, 20), QDate(2024, 5, 27), QDate(2024, 6, 3), QDate(2024, 6, 10)})
        addHeldOk(*t, c.courseId, monday, 90);
    REQUIRE(CourseWorkflow(*t).recordChemistry(c.courseId, Chemistry::Ok, kToday).ok());
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"NoAgreement"_s});
    addAgreementOk(*t, c.courseId);
    CHECK(rulesOf(*t, c.courseId, kToday).isEmpty());
}

TEST_CASE("AttentionQueries no mentor while a mentor change is not finished", "[storage][attention]")
{
    TestDatabase t;
    const CourseChain c = keptCourse(*t);
    MentorChange change;
    change.why = MatchEndReason::MentorUnavailable;
    change.reason = u"Mentoren flytter"_s;
    REQUIRE(CourseWorkflow(*t).changeMentor(c.courseId, change).ok());
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"NoMentor"_s});
    const AttentionItem item = itemOf(*t, c.courseId, Rule::NoMentor, kToday);
    CHECK(item.mentor.isEmpty());
    CHECK(item.mentee == u"Hussein, Fatima"_s);

    // Paused meanwhile: still without a mentor.
    REQUIRE(CourseWorkflow(*t).pause(c.courseId, u"Ferie"_s).ok());
    CHECK(rulesOf(*t, c.courseId, kToday) == QStringList{u"NoMentor"_s});

    // A planned course without a mentor is not yet missing one.
    CourseSetup planned;
    planned.activate = false;
    planned.menteeFirst = u"Amal"_s;
    const CourseChain p = activeCourse(*t, planned);
    REQUIRE(CourseWorkflow(*t).changeMentor(p.courseId, change).ok());
    CHECK_FALSE(rulesOf(*t, p.courseId, kToday).contains(u"NoMentor"_s));

    // The new mentor's approval ends it.
    approveOk(*t, proposeOk(*t, c.menteeId, addNamedMentor(*t, u"Bo"_s)));
    CHECK_FALSE(rulesOf(*t, c.courseId, kToday).contains(u"NoMentor"_s));
}

TEST_CASE("AttentionQueries ended and cancelled courses never appear", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.agreement = false;
    const CourseChain ended = activeCourse(*t, setup);  // no meetings, no agreement
    updateCourseOk(*t, ended.courseId, [](Course &course) { course.nextReviewDate = QDate(2024, 6, 1); });
    REQUIRE(AttentionQueries(*t).forCourse(ended.courseId, kToday, {}).size() == 4);
    Ending ending;
    ending.courseId = ended.courseId;
    ending.endDate = QDate(2024, 6, 10);
    ending.reason = EndingReason::Job;
    ending.outcome = Outcome::OrdinaryJob;
    REQUIRE(CourseWorkflow(*t).end(ending).ok());
    CHECK(AttentionQueries(*t).forCourse(ended.courseId, kToday, {}).isEmpty());

    setup.activate = false;
    setup.menteeFirst = u"Amal"_s;
    const CourseChain cancelled = activeCourse(*t, setup);
    REQUIRE_FALSE(AttentionQueries(*t).forCourse(cancelled.courseId, kToday, {}).isEmpty());
    updateCourseOk(*t, cancelled.courseId, [](Course &course) { course.status = CourseStatus::Cancelled; });
    CHECK(AttentionQueries(*t).forCourse(cancelled.courseId, kToday, {}).isEmpty());
    CHECK(AttentionQueries(*t).items(kToday, {}).isEmpty());
    CHECK(AttentionQueries(*t).courseCount(kToday, {}) == 0);
}

TEST_CASE("AttentionQueries lists the most urgent rule first, then by mentee name", "[storage][attention]")
{
    TestDatabase t;
    CourseSetup setup;
    setup.agreement = false;
    setup.menteeFirst = u"Bent"_s;
    setup.menteeLast = u"Ørum"_s;
    const CourseChain oerum = keptCourse(*t, setup);  // no agreement
    setup.menteeFirst = u"Anna"_s;
    setup.menteeLast = u"Berg"_s;
    setup.mentorId = oerum.mentorId;
    setup.schemeId = oerum.schemeId;
    const CourseChain berg = keptCourse(*t, setup);  // no agreement
    updateCourseOk(*t, oerum.courseId, [](Course &course) { course.nextReviewDate = QDate(2024, 6, 1); });
    MentorChange change;
    change.reason = u"Mentoren er syg"_s;
    REQUIRE(CourseWorkflow(*t).changeMentor(oerum.courseId, change).ok());

    QStringList lines;
    for (const AttentionItem &item : AttentionQueries(*t).items(kToday, {}))
        lines << item.mentee + u": "_s + nameOf(item.rule);
    CHECK(lines
          == QStringList{u"Ørum, Bent: NoMentor"_s, u"Ørum, Bent: ReviewOverdue"_s, u"Berg, Anna: NoAgreement"_s,
                         u"Ørum, Bent: NoAgreement"_s});
    CHECK(AttentionQueries(*t).courseCount(kToday, {}) == 2);
    CHECK(rulesOf(*t, berg.courseId, kToday) == QStringList{u"NoAgreement"_s});
    CHECK(AttentionQueries(*t).forCourse(oerum.courseId, kToday, {}).size() == 3);
    CHECK(AttentionQueries(*t).forCourse(berg.courseId + oerum.courseId + 100, kToday, {}).isEmpty());
}
