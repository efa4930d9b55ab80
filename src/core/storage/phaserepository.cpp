#include "phaserepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const PhaseEntry &p)
{
    return {
        {u"course_id"_s, p.courseId},
        {u"phase"_s, sql::code(p.phase)},
        {u"entered_on"_s, sql::date(p.enteredOn)},
        {u"note"_s, sql::text(p.note)},
    };
}

PhaseEntry read(const sql::Row &r)
{
    PhaseEntry p;
    p.courseId = r.id(u"course_id"_s);
    p.phase = r.code(u"phase"_s, Phase::Clarification);
    p.enteredOn = r.date(u"entered_on"_s);
    p.note = r.text(u"note"_s);
    return p;
}

} // namespace

PhaseRepository::PhaseRepository(Database &db) : m_store(db, {u"phase_entry"_s, &values, &read}) {}

Status PhaseRepository::check(const PhaseEntry &record) const
{
    // The phase the course was in just before this entry, if any. A new entry (id 0) gets the
    // highest id, so it comes after every entry of its day.
    std::optional<Phase> previous;
    for (const PhaseEntry &e : forCourse(record.courseId))
        if (e.id != record.id
            && (e.enteredOn < record.enteredOn
                || (e.enteredOn == record.enteredOn && (record.id == 0 || e.id < record.id))))
            previous = e.phase;
    return invalid(record.validate(previous));
}

Result<Id> PhaseRepository::add(PhaseEntry &record)
{
    if (const Status c = check(record); !c)
        return c;
    // The entry and the course's current phase change together.
    Database &db = m_store.database();
    WriteTransaction tx(db);
    Result<Id> id = m_store.insert(record);
    if (!id)
        return id;
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE course SET phase = (SELECT phase FROM phase_entry WHERE course_id = ?"
              " ORDER BY entered_on DESC, id DESC LIMIT 1) WHERE id = ?"_s);
    q.addBindValue(record.courseId);
    q.addBindValue(record.courseId);
    if (!q.exec())
        return Result<Id>::failure(SqlErrors::userMessage(q.lastError(), "update course phase"));
    if (const Status a = AuditRepository(db).record(AuditAction::Update, u"course"_s, record.courseId); !a)
        return a;
    if (!tx.commit())
        return Result<Id>::failure(SqlErrors::userMessage(q.lastError(), "commit phase"));
    return id;
}

Status PhaseRepository::update(PhaseEntry &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<PhaseEntry> PhaseRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"entered_on, id"_s);
}

} // namespace mentordesk::storage
