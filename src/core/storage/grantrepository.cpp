#include "grantrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Grant &g)
{
    return {
        {u"course_id"_s, g.courseId},
        {u"from_date"_s, sql::date(g.from)},
        {u"to_date"_s, sql::date(g.to)},
        {u"hours_per_week"_s, g.hoursPerWeek},
        {u"decided_by"_s, sql::text(g.decidedBy)},
        {u"decided_on"_s, sql::date(g.decidedOn)},
    };
}

Grant read(const sql::Row &r)
{
    Grant g;
    g.courseId = r.id(u"course_id"_s);
    g.from = r.date(u"from_date"_s);
    g.to = r.date(u"to_date"_s);
    g.hoursPerWeek = r.real(u"hours_per_week"_s);
    g.decidedBy = r.text(u"decided_by"_s);
    g.decidedOn = r.date(u"decided_on"_s);
    return g;
}

} // namespace

GrantRepository::GrantRepository(Database &db) : m_store(db, {u"course_grant"_s, &values, &read}) {}

Status GrantRepository::check(const Grant &record) const
{
    if (const Status v = invalid(record.validate()); !v)
        return v;
    for (const Grant &other : forCourse(record.courseId))
        if (other.id != record.id && other.overlaps(record))
            return Status::failure(Grant::tr("The grant overlaps the grant from %1 to %2. A change of hours is a new grant "
                                             "that starts after the previous one ends.")
                                       .arg(other.from.toString(Qt::ISODate), other.to.toString(Qt::ISODate)));
    return {};
}

Result<Id> GrantRepository::add(Grant &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.insert(record);
}

Status GrantRepository::update(Grant &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<Grant> GrantRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"from_date, id"_s);
}

double GrantRepository::hoursOn(Id courseId, const QDate &date) const
{
    const QList<Grant> found = m_store.where(u"course_id = ? AND from_date <= ? AND to_date >= ?"_s,
                                             {courseId, sql::date(date), sql::date(date)}, u"from_date"_s, 1);
    return found.isEmpty() ? 0.0 : found.first().hoursPerWeek;
}

} // namespace mentordesk::storage
