#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QSqlDatabase>
#include <functional>
#include <memory>

namespace mentordesk::storage {

enum class OpenError {
    None,
    NotFound,        // "open existing" on a path with no file
    Locked,          // another MentorDesk process has the file open
    NotADatabase,    // not SQLite, or SQLite of another program
    Damaged,         // SQLite, but the integrity check fails
    NewerVersion,    // written by a newer MentorDesk: left untouched
    CannotOpen,      // permissions, full disk, missing folder
    MigrationFailed, // the upgrade failed and was rolled back
};

class Database;

// Who writes and when: the stamp of every record written with it, and the local day.
struct WriteStamp {
    QDateTime at;
    QString user;
    QDate today;
};

struct OpenResult {
    std::unique_ptr<Database> database;
    OpenError error = OpenError::None;
    QString message;  // translated, names the file; empty on success
    bool ok() const { return database != nullptr; }
};

// One open MentorDesk file: the lock that keeps a second process out, the connection with the
// project's pragmas, the schema migrations, and the nestable write transaction.
// There is no default connection: whoever opens the file passes this object on.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    static OpenResult open(const QString &path, Mode mode);
    // A second connection to the file `main` has open, for a worker thread (connections are
    // bound to the thread that opens them): the same pragmas, user and clock, but no lock and no
    // migration, since `main` holds the process's lock and has brought the schema up to date.
    // Open it in the worker, use it there and destroy it there; `main` must outlive it.
    static OpenResult openWorkerConnection(const Database &main);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    // Who is working, for audit and record stamps; the OS user unless set.
    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString &user) { m_user = user; }
    // Time source, replaceable by tests.
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // The user's calendar day, for "not in the future" checks and default dates. Not the UTC
    // date: after midnight in Denmark that is still yesterday.
    QDate today() const { return now().toLocalTime().date(); }
    // Who writes and when, taken once for many records (imports).
    WriteStamp writeStamp() const
    {
        const QDateTime at = now();
        return {at, currentUser(), at.toLocalTime().date()};
    }

    // A consistent copy through VACUUM INTO, written to a temporary name and then renamed,
    // with mode 0600. Refuses to overwrite an existing target.
    Status backupTo(const QString &target);
    // Runs PRAGMA integrity_check; ok when SQLite answers the single row "ok".
    Status integrityCheck();

    // Nestable write transaction: the outermost takes the write lock up front (BEGIN IMMEDIATE);
    // inner ones join it. A rollback anywhere makes the outermost commit fail.
    bool beginWrite();
    bool commitWrite();
    void rollbackWrite();

    // Runs one statement and logs the driver's text on failure (never the bound values).
    bool exec(const QString &sql);

private:
    Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);
    bool setPragmas();

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
    QString m_user;
    std::function<QDateTime()> m_clock;
    int m_writeDepth = 0;
    bool m_writeFailed = false;
};

// RAII around Database::beginWrite: rolls back unless commit() succeeded.
class WriteTransaction {
public:
    explicit WriteTransaction(Database &db) : m_db(db), m_begun(db.beginWrite()) {}
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begun() const { return m_begun; }
    bool commit();

private:
    Database &m_db;
    bool m_begun;
    bool m_done = false;
};

} // namespace mentordesk::storage
