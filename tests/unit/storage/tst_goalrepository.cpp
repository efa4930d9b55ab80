#include "dbfixture.h"
#include "records.h"

#include "storage/goalrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("GoalRepository round trip of a goal and its sub-goals", "[storage][goal]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    GoalRepository repo(*t);
    Goal goal;
    goal.courseId = chain.courseId;
    goal.text = u"Tage bussen alene til praktikken"_s;
    goal.due = QDate(2024, 9, 1);
    goal.progressNotes = u"Har købt rejsekort"_s;
    const auto goalId = repo.add(goal);
    INFO(goalId.error().toStdString());
    REQUIRE(goalId.ok());

    Goal sub;
    sub.courseId = chain.courseId;
    sub.kind = GoalKind::SubGoal;
    sub.parentGoalId = *goalId;
    sub.text = u"Øve ruten sammen med mentor"_s;
    REQUIRE(repo.add(sub).ok());

    const auto found = repo.find(*goalId);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->parentGoalId == 0);
    CHECK(found->text == goal.text);
    CHECK(found->kind == GoalKind::Goal);
    CHECK(found->due == QDate(2024, 9, 1));
    CHECK(found->status == GoalStatus::Open);
    CHECK(found->progressNotes == goal.progressNotes);
    const auto foundSub = repo.find(sub.id);
    CHECK(foundSub->kind == GoalKind::SubGoal);
    CHECK(foundSub->parentGoalId == *goalId);
    CHECK_FALSE(foundSub->due.isValid());

    Goal changed = *found;
    changed.status = GoalStatus::Partly;
    changed.due = QDate();
    changed.progressNotes.clear();
    REQUIRE(repo.update(changed).ok());
    const auto after = repo.find(*goalId);
    CHECK(after->status == GoalStatus::Partly);
    CHECK_FALSE(after->due.isValid());
    CHECK(after->progressNotes.isEmpty());

    // A goal, then its sub-goals, then the next goal.
    Goal second;
    second.courseId = chain.courseId;
    second.text = u"Få en lægelig vurdering"_s;
    REQUIRE(repo.add(second).ok());
    QList<Id> order;
    for (const Goal &g : repo.forCourse(chain.courseId))
        order << g.id;
    CHECK(order == QList<Id>{*goalId, sub.id, second.id});
}

TEST_CASE("GoalRepository refuses a sub-goal without a goal", "[storage][goal]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    Goal sub;
    sub.courseId = chain.courseId;
    sub.kind = GoalKind::SubGoal;
    sub.text = u"Købe buskort"_s;
    const auto id = GoalRepository(*t).add(sub);
    CHECK_FALSE(id.ok());
    CHECK(id.error() == u"A sub-goal must belong to a goal."_s);
    CHECK(t.rowCount(u"goal"_s) == 0);
}
