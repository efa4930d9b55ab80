#include "goalrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Goal &g)
{
    return {
        {u"course_id"_s, g.courseId},
        {u"parent_goal_id"_s, g.parentGoalId > 0 ? QVariant(g.parentGoalId) : QVariant()},
        {u"text"_s, g.text.trimmed()},
        {u"kind"_s, sql::code(g.kind)},
        {u"due"_s, sql::date(g.due)},
        {u"status"_s, sql::code(g.status)},
        {u"progress_notes"_s, sql::text(g.progressNotes)},
    };
}

Goal read(const sql::Row &r)
{
    Goal g;
    g.courseId = r.id(u"course_id"_s);
    g.parentGoalId = r.id(u"parent_goal_id"_s);
    g.text = r.text(u"text"_s);
    g.kind = r.code(u"kind"_s, GoalKind::Goal);
    g.due = r.date(u"due"_s);
    g.status = r.code(u"status"_s, GoalStatus::Open);
    g.progressNotes = r.text(u"progress_notes"_s);
    return g;
}

} // namespace

GoalRepository::GoalRepository(Database &db) : m_store(db, {u"goal"_s, &values, &read}) {}

Status GoalRepository::check(const Goal &record) const
{
    return invalid(record.validate());
}

Result<Id> GoalRepository::add(Goal &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.insert(record);
}

Status GoalRepository::update(Goal &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<Goal> GoalRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"coalesce(parent_goal_id, id), id"_s);
}

} // namespace mentordesk::storage
