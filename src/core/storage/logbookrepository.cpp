#include "logbookrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const LogbookEntry &e)
{
    return {
        {u"course_id"_s, e.courseId},
        {u"date"_s, sql::date(e.date)},
        {u"author"_s, sql::code(e.author)},
        {u"text"_s, e.text.trimmed()},
        {u"tags"_s, e.tags},
        {u"shared_with_caseworker"_s, e.sharedWithCaseworker ? 1 : 0},
    };
}

LogbookEntry read(const sql::Row &r)
{
    LogbookEntry e;
    e.courseId = r.id(u"course_id"_s);
    e.date = r.date(u"date"_s);
    e.author = r.code(u"author"_s, LogAuthor::Coordinator);
    e.text = r.text(u"text"_s);
    e.tags = static_cast<quint8>(r.integer(u"tags"_s));
    e.sharedWithCaseworker = r.flag(u"shared_with_caseworker"_s);
    return e;
}

} // namespace

LogbookRepository::LogbookRepository(Database &db) : m_store(db, {u"logbook_entry"_s, &values, &read}) {}

Status LogbookRepository::check(const LogbookEntry &record) const
{
    return invalid(record.validate(m_store.database().today()));
}

Result<Id> LogbookRepository::add(LogbookEntry &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.insert(record);
}

Status LogbookRepository::update(LogbookEntry &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<LogbookEntry> LogbookRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"date DESC, id DESC"_s);
}

} // namespace mentordesk::storage
