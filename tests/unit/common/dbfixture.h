#pragma once

// Shared helpers for tests that need a database: a fresh file in a temporary folder, a raw
// QSqlDatabase connection for looking behind the repositories, file hashes, and valid records
// to build on.

#include "qtcatch.h"

#include "storage/database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QVariantList>
#include <atomic>
#include <memory>

namespace mentordesk::testing {

using namespace Qt::StringLiterals;

// "Now" for every test database: validation ("not in the future") and record stamps use it.
inline QDateTime fixedNow()
{
    return QDateTime(QDate(2024, 6, 14), QTime(10, 30), Qt::UTC);
}
inline QDate fixedToday()
{
    return fixedNow().toLocalTime().date();
}

inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A plain QSqlDatabase connection with a unique name, closed and removed on destruction.
class RawConnection {
public:
    explicit RawConnection(const QString &path, const QString &options = {})
        : m_name(u"raw-test-%1"_s.arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!options.isEmpty())
            db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; returns false (and reports the driver text through INFO) on failure.
    bool exec(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        const bool ok = q.exec();
        if (!ok)
            UNSCOPED_INFO("raw statement failed: " << q.lastError().text().toStdString());
        return ok;
    }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &binds = {}) const
    {
        QSqlQuery q(connection());
        q.prepare(sql);
        for (const QVariant &v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0) : QVariant();
    }

private:
    static std::atomic<int> &counter()
    {
        static std::atomic<int> c{0};
        return c;
    }
    QString m_name;
    bool m_open = false;
};

// Runs a query on the database's own connection and returns every row as text, columns joined
// with '|', for whole-table comparisons.
inline QStringList rowsOf(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(connection);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    QStringList rows;
    if (!q.exec()) {
        rows << u"ERROR: "_s + q.lastError().text();
        return rows;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < columns; ++c)
            cells << (q.value(c).isNull() ? u"NULL"_s : q.value(c).toString());
        rows << cells.join(u'|');
    }
    return rows;
}

inline QVariant scalarOf(const QSqlDatabase &connection, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(connection);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

// A fresh MentorDesk file in its own temporary folder. The folder is declared first, so it
// outlives the Database (the connection is closed and the lock released before the files go).
struct TestDatabase {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    QString path;

    explicit TestDatabase(const QString &fileName = u"test.mentordesk"_s)
    {
        REQUIRE(dir.isValid());
        path = dir.filePath(fileName);
        storage::OpenResult opened = storage::Database::open(path, storage::Database::Mode::CreateIfMissing);
        INFO(opened.message.toStdString());
        REQUIRE(opened.ok());
        db = std::move(opened.database);
        db->setCurrentUser(u"coordinator1"_s);
        db->setClock(&fixedNow);
    }
    ~TestDatabase() { db.reset(); }

    storage::Database &operator*() { return *db; }
    QSqlDatabase connection() const { return db->connection(); }
    int rowCount(const QString &table) const
    {
        return scalarOf(db->connection(), u"SELECT count(*) FROM "_s + table).toInt();
    }
};

} // namespace mentordesk::testing
