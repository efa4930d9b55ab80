#include "endingrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Ending &e)
{
    return {
        {u"course_id"_s, e.courseId},
        {u"end_date"_s, sql::date(e.endDate)},
        {u"reason"_s, sql::code(e.reason)},
        {u"outcome"_s, sql::code(e.outcome)},
        {u"final_status"_s, sql::text(e.finalStatus)},
        {u"follow_up_contact"_s, sql::date(e.followUpContact)},
    };
}

Ending read(const sql::Row &r)
{
    Ending e;
    e.courseId = r.id(u"course_id"_s);
    e.endDate = r.date(u"end_date"_s);
    e.reason = r.code(u"reason"_s, EndingReason::Other);
    e.outcome = r.code(u"outcome"_s, Outcome::Unknown);
    e.finalStatus = r.text(u"final_status"_s);
    e.followUpContact = r.date(u"follow_up_contact"_s);
    return e;
}

} // namespace

EndingRepository::EndingRepository(Database &db) : m_store(db, {u"course_ending"_s, &values, &read}) {}

Status EndingRepository::check(const Ending &record) const
{
    // The rules depend on the course's start and the mentee's ret-og-pligt status.
    QSqlQuery q(m_store.database().connection());
    q.prepare(u"SELECT c.start_date, m.ret_og_pligt FROM course c JOIN mentee m ON m.id = c.mentee_id WHERE c.id = ?"_s);
    q.addBindValue(record.courseId);
    QDate start;
    bool retOgPligt = false;
    if (q.exec() && q.next()) {
        start = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        retOgPligt = q.value(1).toInt() != 0;
    }
    return invalid(record.validate(start, retOgPligt));
}

Result<Id> EndingRepository::add(Ending &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.insert(record);
}

Status EndingRepository::update(Ending &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<Ending> EndingRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"id"_s);
}

} // namespace mentordesk::storage
