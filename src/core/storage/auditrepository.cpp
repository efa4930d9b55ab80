#include "auditrepository.h"

#include "bulkinsert.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

Status AuditRepository::record(domain::AuditAction action, const QString &entity, domain::Id entityId)
{
    if (!m_insert) {
        m_insert.emplace(m_db.connection());
        m_insert->prepare(u"INSERT INTO audit_event (at, user_name, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)"_s);
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, sql::dateTime(m_db.now()));
    q.bindValue(1, m_db.currentUser());
    q.bindValue(2, domain::toCode(action));
    q.bindValue(3, entity);
    q.bindValue(4, entityId);
    if (!q.exec())
        return Status::failure(SqlErrors::userMessage(q.lastError(), "insert audit event"));
    return {};
}

Status AuditRepository::recordMany(domain::AuditAction action, const QString &entity, const QList<domain::Id> &entityIds)
{
    if (entityIds.isEmpty())
        return {};
    const QVariant at = sql::dateTime(m_db.now());
    const QVariant code = domain::toCode(action);
    BulkRows rows({u"at"_s, u"user_name"_s, u"action"_s, u"entity"_s, u"entity_id"_s});
    rows.reserve(entityIds.size());
    for (const domain::Id id : entityIds)
        rows.append({at, m_db.currentUser(), code, entity, id});
    BulkInsert insert(m_db, u"audit_event"_s);
    if (insert.insert(rows) <= 0)
        return Status::failure(SqlErrors::userMessage(QSqlError(insert.error(), insert.error()), "bulk audit"));
    return {};
}

QList<domain::AuditEvent> AuditRepository::forRecord(const QString &entity, domain::Id entityId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT * FROM audit_event WHERE entity = ? AND entity_id = ? ORDER BY id"_s);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    QList<domain::AuditEvent> events;
    if (!q.exec())
        return events;
    const sql::ColumnIndex columns(q.record());
    while (q.next()) {
        const sql::Row row(q, columns);
        events.append({row.id(), row.dateTime(u"at"_s), row.text(u"user_name"_s),
                       row.code(u"action"_s, domain::AuditAction::Read), row.text(u"entity"_s), row.id(u"entity_id"_s)});
    }
    return events;
}

int AuditRepository::count() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT count(*) FROM audit_event"_s) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace mentordesk::storage
