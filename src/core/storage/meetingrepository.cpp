#include "meetingrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Meeting &m)
{
    return {
        {u"course_id"_s, m.courseId},
        {u"date"_s, sql::date(m.date)},
        {u"start"_s, sql::time(m.start)},
        {u"minutes"_s, sql::optional(m.minutes)},
        {u"place"_s, sql::text(m.place.trimmed())},
        {u"form"_s, sql::code(m.form)},
        {u"kind"_s, sql::optionalCode(m.kind)},
        {u"status"_s, sql::code(m.status)},
        {u"note"_s, sql::text(m.note)},
        {u"before_next"_s, sql::text(m.beforeNext)},
    };
}

Meeting read(const sql::Row &r)
{
    Meeting m;
    m.courseId = r.id(u"course_id"_s);
    m.date = r.date(u"date"_s);
    m.start = r.time(u"start"_s);
    m.minutes = r.optionalInt(u"minutes"_s);
    m.place = r.text(u"place"_s);
    m.form = r.code(u"form"_s, MeetingForm::InPerson);
    m.kind = r.optionalCode<MeetingKind>(u"kind"_s);
    m.status = r.code(u"status"_s, MeetingStatus::Planned);
    m.note = r.text(u"note"_s);
    m.beforeNext = r.text(u"before_next"_s);
    return m;
}

} // namespace

MeetingRepository::MeetingRepository(Database &db) : m_store(db, {u"meeting"_s, &values, &read}) {}

Status MeetingRepository::check(const Meeting &record) const
{
    return invalid(record.validate(m_store.database().today()));
}

Result<Id> MeetingRepository::add(Meeting &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.insert(record);
}

Status MeetingRepository::update(Meeting &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<Meeting> MeetingRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"date DESC, start DESC, id DESC"_s);
}

int MeetingRepository::countHeld(Id courseId) const
{
    return m_store.count(u"course_id = ? AND status = 'held'"_s, {courseId});
}

int MeetingRepository::heldMinutes(Id courseId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(u"SELECT coalesce(sum(minutes), 0) FROM meeting WHERE course_id = ? AND status = 'held'"_s);
    q.addBindValue(courseId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace mentordesk::storage
