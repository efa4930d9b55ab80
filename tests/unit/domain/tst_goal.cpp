#include "qtcatch.h"

#include "domain/goal.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

TEST_CASE("Goal needs a course and a text", "[domain][goal]")
{
    Goal g;
    g.text = u"   "_s;
    const Errors errors = g.validate();
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"text"_s});
    CHECK(messageFor(errors, u"course") == u"A goal belongs to a course."_s);
    CHECK(messageFor(errors, u"text") == u"Describe the goal."_s);
    g.courseId = 3;
    g.text = u"Tage bussen alene til praktikken"_s;
    CHECK(g.validate().isEmpty());
}

TEST_CASE("Goal sub-goal must belong to a goal", "[domain][goal]")
{
    Goal g;
    g.courseId = 3;
    g.text = u"Købe buskort"_s;
    g.kind = GoalKind::SubGoal;
    const Errors errors = g.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"parent_goal"_s});
    CHECK(errors.first().message == u"A sub-goal must belong to a goal."_s);
    g.parentGoalId = 7;
    CHECK(g.validate().isEmpty());
}
