#pragma once

#include "auditrepository.h"
#include "bulkinsert.h"
#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include "domain/validation.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariantMap>
#include <functional>
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

// New records turned into rows for one multi-row insert. Made without the database, so an
// import makes the next batch on another thread while this one is written.
template <typename E>
struct PreparedBatch {
    QList<E> entities;
    BulkRows rows;
    WriteStamp stamp;
};

template <typename E>
PreparedBatch<E> prepareBatch(const TableSpec<E> &spec, QList<E> entities, const WriteStamp &stamp)
{
    PreparedBatch<E> batch{std::move(entities), BulkRows(), stamp};
    const QVariant at = sql::dateTime(stamp.at);
    for (const E &entity : std::as_const(batch.entities)) {
        QVariantMap values = spec.values(entity);
        values.insert(QStringLiteral("created_at"), at);
        values.insert(QStringLiteral("created_by"), stamp.user);
        values.insert(QStringLiteral("updated_at"), at);
        values.insert(QStringLiteral("updated_by"), stamp.user);
        if (batch.rows.columns().isEmpty()) {
            batch.rows.setColumns(values.keys());
            batch.rows.reserve(batch.entities.size());
        }
        batch.rows.append(values.values());
    }
    return batch;
}

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

        WriteTransaction tx(m_db);
        if (!tx.begun())
            return Result<domain::Id>::failure(busy());
        QSqlQuery &q = prepared(m_insert, values, [&] {
            const QStringList placeholders(values.size(), QStringLiteral("?"));
            return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(m_spec.table, values.keys().join(u", "), placeholders.join(u", "));
        });
        bindAll(q, values);
        if (!q.exec())
            return Result<domain::Id>::failure(SqlErrors::userMessage(q.lastError(), "insert"));
        const domain::Id id = q.lastInsertId().toLongLong();
        if (const Status audited = m_audit.record(domain::AuditAction::Create, m_spec.table, id); !audited)
            return Result<domain::Id>::failure(audited.error());
        if (!tx.commit())
            return Result<domain::Id>::failure(commitFailed());
        entity.id = id;
        entity.meta = {now, m_db.currentUser(), now, m_db.currentUser()};
        return id;
    }

    // Inserts many new records at once (imports): the same stamps and audit entries as
    // insert(), in the caller's or its own transaction, with multi-row statements. `prepare`
    // is the repository's check and conversion (a prepareMany). On success the records carry
    // their ids and stamps; on failure nothing is written.
    using Preparer = Result<PreparedBatch<E>> (*)(QList<E>, const WriteStamp &);
    Result<int> insertMany(QList<E> &entities, Preparer prepare)
    {
        Result<PreparedBatch<E>> batch = prepare(entities, m_db.writeStamp());
        if (!batch)
            return batch.status();
        const Result<int> written = insertBatch(batch.value());
        if (written)
            entities = std::move(batch.value().entities);
        return written;
    }

    // Inserts a batch made by prepareBatch; on success its records carry their ids and stamps.
    Result<int> insertBatch(PreparedBatch<E> &batch)
    {
        if (batch.entities.isEmpty())
            return 0;
        WriteTransaction tx(m_db);
        if (!tx.begun())
            return Result<int>::failure(busy());
        BulkInsert records(m_db, m_spec.table);
        const qint64 first = records.insert(batch.rows);
        if (first <= 0)
            return Result<int>::failure(SqlErrors::userMessage(QSqlError(records.error(), records.error()), "bulk insert"));
        QList<domain::Id> ids;
        ids.reserve(batch.entities.size());
        for (qsizetype i = 0; i < batch.entities.size(); ++i)
            ids.append(first + i);
        if (const Status audited = m_audit.recordMany(domain::AuditAction::Create, m_spec.table, ids); !audited)
            return Result<int>::failure(audited.error());
        if (!tx.commit())
            return Result<int>::failure(commitFailed());
        const WriteStamp &stamp = batch.stamp;
        for (qsizetype i = 0; i < batch.entities.size(); ++i) {
            batch.entities[i].id = ids.at(i);
            batch.entities[i].meta = {stamp.at, stamp.user, stamp.at, stamp.user};
        }
        return int(batch.entities.size());
    }

    Status update(E &entity)
    {
        QVariantMap values = m_spec.values(entity);
        const QDateTime now = m_db.now();
        values.insert(QStringLiteral("updated_at"), sql::dateTime(now));
        values.insert(QStringLiteral("updated_by"), m_db.currentUser());

        WriteTransaction tx(m_db);
        if (!tx.begun())
            return Status::failure(busy());
        QSqlQuery &q = prepared(m_update, values, [&] {
            QStringList assignments;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                assignments << it.key() + QStringLiteral(" = ?");
            return QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(m_spec.table, assignments.join(u", "));
        });
        bindAll(q, values);
        q.bindValue(int(values.size()), entity.id);
        if (!q.exec())
            return Status::failure(SqlErrors::userMessage(q.lastError(), "update"));
        if (q.numRowsAffected() != 1)
            return Status::failure(notFound());
        if (const Status audited = m_audit.record(domain::AuditAction::Update, m_spec.table, entity.id); !audited)
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

    // Visits every row matching `condition` in `orderBy` order without holding them all in
    // memory (exports); `visit` returns false to stop early. False when the query failed.
    bool forEach(const QString &condition, const QVariantList &binds, const QString &orderBy,
                 const std::function<bool(const E &)> &visit) const
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY %3").arg(m_spec.table, condition, orderBy));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec()) {
            SqlErrors::userMessage(q.lastError(), "select");
            return false;
        }
        const sql::ColumnIndex columns(q.record());
        while (q.next())
            if (!visit(readRow(q, columns)))
                break;
        const bool ok = !q.lastError().isValid();
        q.finish();  // an unfinished SELECT would keep its read transaction open
        return ok;
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
        const sql::ColumnIndex columns(q.record());
        while (q.next())
            rows.append(readRow(q, columns));
        return rows;
    }

    // Every non-empty value of `column` with the id of its row, for duplicate checks of whole
    // files. `column` is one of ours, never user input.
    QHash<QString, domain::Id> idsByValue(const QString &column) const
    {
        QHash<QString, domain::Id> ids;
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT %1, id FROM %2 WHERE %1 IS NOT NULL").arg(column, m_spec.table)))
            while (q.next())
                ids.insert(q.value(0).toString(), q.value(1).toLongLong());
        return ids;
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
    // A statement prepared once and reused while the columns stay the same: parsing the SQL
    // (and compiling the search-index triggers with it) was most of the cost of an import row.
    struct PreparedStatement {
        QStringList columns;
        std::optional<QSqlQuery> query;
    };

    template <typename MakeSql>
    QSqlQuery &prepared(PreparedStatement &statement, const QVariantMap &values, MakeSql makeSql)
    {
        const QStringList columns = values.keys();
        if (!statement.query || statement.columns != columns) {
            statement.query.emplace(m_db.connection());
            statement.query->prepare(makeSql());
            statement.columns = columns;
        }
        return *statement.query;
    }

    static void bindAll(QSqlQuery &q, const QVariantMap &values)
    {
        int index = 0;
        for (const QVariant &v : values)
            q.bindValue(index++, v);
    }

    E readRow(const QSqlQuery &q, const sql::ColumnIndex &columns) const
    {
        const sql::Row row(q, columns);
        E entity = m_spec.read(row);
        entity.id = row.id();
        entity.meta = {row.dateTime(QStringLiteral("created_at")), row.text(QStringLiteral("created_by")),
                       row.dateTime(QStringLiteral("updated_at")), row.text(QStringLiteral("updated_by"))};
        return entity;
    }

    static QString busy() { return SqlErrors::busyMessage(); }
    static QString notFound() { return QCoreApplication::translate("EntityStore", "The record no longer exists. Nothing was saved."); }
    static QString commitFailed() { return SqlErrors::commitMessage(); }

    Database &m_db;
    TableSpec<E> m_spec;
    AuditRepository m_audit{m_db};
    PreparedStatement m_insert;
    PreparedStatement m_update;
};

// Validation failures of the domain, as a storage failure with every message.
inline Status invalid(const domain::Errors &errors)
{
    return errors.isEmpty() ? Status() : Status::failure(domain::joinMessages(errors));
}

} // namespace mentordesk::storage
