#include "auditrepository.h"

#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

Status AuditRepository::record(domain::AuditAction action, const QString &entity, domain::Id entityId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO audit_event (at, user_name, action, entity, entity_id) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(sql::dateTime(m_db.now()));
    q.addBindValue(m_db.currentUser());
    q.addBindValue(domain::toCode(action));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    if (!q.exec())
        return Status::failure(SqlErrors::userMessage(q.lastError(), "insert audit event"));
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
    while (q.next()) {
        const sql::Row row(q.record());
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
