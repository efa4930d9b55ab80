#include "agreementrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Agreement &a)
{
    return {
        {u"course_id"_s, a.courseId},
        {u"version"_s, a.version},
        {u"language"_s, sql::code(a.language)},
        {u"template_name"_s, a.templateName},
        {u"snapshot_html"_s, a.snapshotHtml},
        {u"fields"_s, sql::text(a.fields)},
        {u"printed_at"_s, sql::dateTime(a.printedAt)},
        {u"printed_by"_s, a.printedBy},
        {u"signed_by_mentee"_s, sql::date(a.signedByMentee)},
        {u"signed_by_mentor"_s, sql::date(a.signedByMentor)},
        {u"signed_by_coordinator"_s, sql::date(a.signedByCoordinator)},
    };
}

Agreement read(const sql::Row &r)
{
    Agreement a;
    a.courseId = r.id(u"course_id"_s);
    a.version = r.integer(u"version"_s, 1);
    a.language = r.code(u"language"_s, AgreementLanguage::Danish);
    a.templateName = r.text(u"template_name"_s);
    a.snapshotHtml = r.text(u"snapshot_html"_s);
    a.fields = r.text(u"fields"_s);
    a.printedAt = r.dateTime(u"printed_at"_s);
    a.printedBy = r.text(u"printed_by"_s);
    a.signedByMentee = r.date(u"signed_by_mentee"_s);
    a.signedByMentor = r.date(u"signed_by_mentor"_s);
    a.signedByCoordinator = r.date(u"signed_by_coordinator"_s);
    return a;
}

} // namespace

AgreementRepository::AgreementRepository(Database &db) : m_store(db, {u"agreement"_s, &values, &read}) {}

Status AgreementRepository::check(const Agreement &record) const
{
    return invalid(record.validate());
}

int AgreementRepository::nextVersion(Id courseId) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(u"SELECT coalesce(max(version), 0) + 1 FROM agreement WHERE course_id = ?"_s);
    q.addBindValue(courseId);
    return q.exec() && q.next() ? q.value(0).toInt() : 1;
}

Result<Id> AgreementRepository::add(Agreement &record)
{
    Database &db = m_store.database();
    if (!record.printedAt.isValid())
        record.printedAt = db.now();
    if (record.printedBy.isEmpty())
        record.printedBy = db.currentUser();
    WriteTransaction tx(db);  // the version number and the insert must not race
    record.version = nextVersion(record.courseId);
    if (const Status c = check(record); !c)
        return c;
    Result<Id> id = m_store.insert(record);
    if (id && !tx.commit())
        return Result<Id>::failure(Agreement::tr("The agreement could not be saved."));
    return id;
}

Status AgreementRepository::update(Agreement &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

std::optional<Agreement> AgreementRepository::latest(Id courseId) const
{
    const QList<Agreement> found = m_store.where(u"course_id = ?"_s, {courseId}, u"version DESC"_s, 1);
    return found.isEmpty() ? std::nullopt : std::optional<Agreement>(found.first());
}

QList<Agreement> AgreementRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"version DESC"_s);
}

} // namespace mentordesk::storage
