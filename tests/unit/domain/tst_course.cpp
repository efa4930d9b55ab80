#include "qtcatch.h"

#include "domain/course.h"

#include <set>
#include <utility>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
Course valid()
{
    Course c;
    c.menteeId = 1;
    c.schemeId = 1;
    c.startDate = QDate(2024, 5, 1);
    c.plannedEndDate = QDate(2024, 11, 1);
    return c;
}

Course readyToActivate()
{
    Course c = valid();
    c.purpose = u"Fastholde praktik"_s;
    c.mentorTasks = u"Ugentlige samtaler"_s;
    c.mentorQualifications = u"Socialrådgiver"_s;
    c.legalBasis = u"LAB § 31b"_s;
    return c;
}

const ActivationContext kComplete{true, true, true};
} // namespace

TEST_CASE("Course state machine allows exactly its transitions", "[domain][course]")
{
    const std::set<std::pair<CourseStatus, CourseStatus>> allowed = {
        {CourseStatus::Planned, CourseStatus::Active}, {CourseStatus::Planned, CourseStatus::Cancelled},
        {CourseStatus::Active, CourseStatus::Paused},  {CourseStatus::Active, CourseStatus::Ended},
        {CourseStatus::Paused, CourseStatus::Active},  {CourseStatus::Paused, CourseStatus::Ended},
    };
    for (const auto &from : EnumTraits<CourseStatus>::entries)
        for (const auto &to : EnumTraits<CourseStatus>::entries) {
            INFO(from.code << " -> " << to.code);
            CHECK(Course::canMove(from.value, to.value) == (allowed.count({from.value, to.value}) == 1));
        }
}

TEST_CASE("Course needs mentee scheme and start date", "[domain][course]")
{
    CHECK(valid().validate().isEmpty());
    const Course empty;
    const Errors errors = empty.validate();
    CHECK(fieldsOf(errors) == QStringList{u"mentee"_s, u"scheme"_s, u"start_date"_s});
    CHECK(messageFor(errors, u"start_date") == u"A course needs a start date."_s);
}

TEST_CASE("Course planned end may not be before the start", "[domain][course]")
{
    Course c = valid();
    c.plannedEndDate = c.startDate;
    CHECK(c.validate().isEmpty());
    c.plannedEndDate = QDate();
    CHECK(c.validate().isEmpty());
    c.plannedEndDate = c.startDate.addDays(-1);
    const Errors errors = c.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"planned_end_date"_s});
    CHECK(errors.first().message == u"The end date 2024-04-30 is before the start date 2024-05-01."_s);
}

TEST_CASE("Course pause needs a reason", "[domain][course]")
{
    Course c = valid();
    c.status = CourseStatus::Paused;
    const Errors errors = c.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"pause_reason"_s});
    CHECK(errors.first().message == u"Give a reason for the pause."_s);
    c.pauseReason = u"Indlagt på hospital"_s;
    CHECK(c.validate().isEmpty());
}

TEST_CASE("Course activation names every missing part", "[domain][course]")
{
    Course c;
    const Errors errors = c.activationProblems(ActivationContext{false, false, true});
    CHECK(fieldsOf(errors) == QStringList{u"current_match"_s, u"purpose"_s, u"mentor_tasks"_s, u"mentor_qualifications"_s,
                                          u"legal_basis"_s, u"grant"_s, u"planned_end_date"_s});
    CHECK(messageFor(errors, u"current_match").contains(u"no approved match"_s));
    CHECK(messageFor(errors, u"purpose").contains(u"purpose of the mentor support is missing"_s));
    CHECK(messageFor(errors, u"mentor_tasks").contains(u"tasks are missing"_s));
    CHECK(messageFor(errors, u"mentor_qualifications").contains(u"qualifications are missing"_s));
    CHECK(messageFor(errors, u"legal_basis").contains(u"legal basis is missing"_s));
    CHECK(messageFor(errors, u"grant").contains(u"No hours have been granted"_s));
    CHECK(messageFor(errors, u"planned_end_date").contains(u"course period"_s));
}

TEST_CASE("Course activation is allowed when everything is there", "[domain][course]")
{
    CHECK(readyToActivate().activationProblems(kComplete).isEmpty());
    // Outside jobcentres the legal basis is not required.
    Course c = readyToActivate();
    c.legalBasis.clear();
    CHECK(c.activationProblems(ActivationContext{true, true, false}).isEmpty());
    CHECK(fieldsOf(c.activationProblems(kComplete)) == QStringList{u"legal_basis"_s});
}

TEST_CASE("Course activation names each single missing part", "[domain][course]")
{
    SECTION("match")
    {
        CHECK(fieldsOf(readyToActivate().activationProblems({false, true, true})) == QStringList{u"current_match"_s});
    }
    SECTION("grant")
    {
        CHECK(fieldsOf(readyToActivate().activationProblems({true, false, true})) == QStringList{u"grant"_s});
    }
    SECTION("purpose of only spaces")
    {
        Course c = readyToActivate();
        c.purpose = u"   "_s;
        CHECK(fieldsOf(c.activationProblems(kComplete)) == QStringList{u"purpose"_s});
    }
    SECTION("tasks")
    {
        Course c = readyToActivate();
        c.mentorTasks.clear();
        CHECK(fieldsOf(c.activationProblems(kComplete)) == QStringList{u"mentor_tasks"_s});
    }
    SECTION("qualifications")
    {
        Course c = readyToActivate();
        c.mentorQualifications.clear();
        CHECK(fieldsOf(c.activationProblems(kComplete)) == QStringList{u"mentor_qualifications"_s});
    }
    SECTION("planned end")
    {
        Course c = readyToActivate();
        c.plannedEndDate = QDate();
        CHECK(fieldsOf(c.activationProblems(kComplete)) == QStringList{u"planned_end_date"_s});
    }
}
