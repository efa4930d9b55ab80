#pragma once

#include "database.h"
#include "domain/auditevent.h"

#include <QList>
#include <QSqlQuery>
#include <optional>

namespace mentordesk::storage {

// The audit trail: who read, searched, changed, exported or printed which record, and when.
// Writers call record() inside their own write transaction, so the change and its audit
// entry land together or not at all.
class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Status record(domain::AuditAction action, const QString &entity, domain::Id entityId);
    // One entry per id, written with multi-row inserts (imports, exports).
    Status recordMany(domain::AuditAction action, const QString &entity, const QList<domain::Id> &entityIds);
    QList<domain::AuditEvent> forRecord(const QString &entity, domain::Id entityId) const;
    int count() const;

private:
    Database &m_db;
    std::optional<QSqlQuery> m_insert;  // prepared once: imports and exports audit every row
};

} // namespace mentordesk::storage
