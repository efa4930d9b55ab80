#pragma once

#include "auditrepository.h"
#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <QSqlQuery>
#include <QVariantMap>
#include <optional>

namespace mentordesk::storage {

// How one entity maps onto its table: the columns it writes (without id and record stamps)
// and how a row becomes the entity again.
template <typename E>
struct TableSpec {
    QString table;  // also the entity code in the audit trail
    QVariantMap (*values)(const E &);
    E (*read)(const sql::Row &);
};

// The shared insert/update/find machinery behind the repositories. Every write stamps the
// record, writes its audit entry and commits both in one transaction.
template <typename E>
class EntityStore {
public:
    EntityStore(Database &db, TableSpec<E> spec) : m_db(db), m_spec(std::move(spec)) {}

    Result<domain::Id> insert(E &entity)
    {
        QVariantMap values = m_spec.values(entity);
        const QDateTime now = m_db.now();
        values.insert(QStringLiteral("created_at"), sql::dateTime(now));
        values.insert(QStringLiteral("created_by"), m_db.currentUser());
        values.insert(QStringLiteral("updated_at"), sql::dateTime(now));
        values.insert(QStringLiteral("updated_by"), m_db.currentUser());

        QStringList placeholders(values.size(), QStringLiteral("?"));
        WriteTransaction tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(m_spec.table, values.keys().join(u", "), placeholders.join(u", ")));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!tx.begun() || !q.exec())
            return Result<domain::Id>::failure(SqlErrors::userMessage(q.lastError(), "insert"));
        const domain::Id id = q.lastInsertId().toLongLong();
        if (const Status audited = AuditRepository(m_db).record(domain::AuditAction::Create, m_spec.table, id); !audited)
            return Result<domain::Id>::failure(audited.error());
        if (!tx.commit())
            return Result<domain::Id>::failure(commitFailed());
        entity.id = id;
        entity.meta = {now, m_db.currentUser(), now, m_db.currentUser()};
        return id;
    }

    Status update(E &entity)
    {
        QVariantMap values = m_spec.values(entity);
        const QDateTime now = m_db.now();
        values.insert(QStringLiteral("updated_at"), sql::dateTime(now));
        values.insert(QStringLiteral("updated_by"), m_db.currentUser());

        QStringList assignments;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            assignments << it.key() + QStringLiteral(" = ?");
        WriteTransaction tx(m_db);
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_spec.table, assignments.join(u", ")));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        q.addBindValue(entity.id);
        if (!tx.begun() || !q.exec())
            return Status::failure(SqlErrors::userMessage(q.lastError(), "update"));
        if (q.numRowsAffected() != 1)
            return Status::failure(notFound());
        if (const Status audited = AuditRepository(m_db).record(domain::AuditAction::Update, m_spec.table, entity.id); !audited)
            return audited;
        if (!tx.commit())
            return Status::failure(commitFailed());
        entity.meta.updatedAt = now;
        entity.meta.updatedBy = m_db.currentUser();
        return {};
    }

    std::optional<E> find(domain::Id id) const
    {
        const QList<E> found = where(QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
        return found.isEmpty() ? std::nullopt : std::optional<E>(found.first());
    }

    // Rows matching `condition` (with ? placeholders bound from `binds`), in `orderBy` order.
    QList<E> where(const QString &condition, const QVariantList &binds, const QString &orderBy,
                   int limit = -1, int offset = 0) const
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3 LIMIT %4 OFFSET %5")
                      .arg(m_spec.table, condition, orderBy)
                      .arg(limit)
                      .arg(offset));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        QList<E> rows;
        if (!q.exec()) {
            SqlErrors::userMessage(q.lastError(), "select");
            return rows;
        }
        while (q.next()) {
            const sql::Row row(q.record());
            E entity = m_spec.read(row);
            entity.id = row.id();
            entity.meta = {row.dateTime(QStringLiteral("created_at")), row.text(QStringLiteral("created_by")),
                           row.dateTime(QStringLiteral("updated_at")), row.text(QStringLiteral("updated_by"))};
            rows.append(std::move(entity));
        }
        return rows;
    }

    int count(const QString &condition = QStringLiteral("1"), const QVariantList &binds = {}) const
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_spec.table, condition));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }

    Database &database() const { return m_db; }

private:
    static QString notFound() { return QCoreApplication::translate("EntityStore", "The record no longer exists. Nothing was saved."); }
    static QString commitFailed()
    {
        return QCoreApplication::translate("EntityStore", "The change could not be written to disk. Nothing was saved.");
    }

    Database &m_db;
    TableSpec<E> m_spec;
};

// Validation failures of the domain, as a storage failure with every message.
inline Status invalid(const domain::Errors &errors)
{
    return errors.isEmpty() ? Status() : Status::failure(domain::joinMessages(errors));
}

} // namespace mentordesk::storage
