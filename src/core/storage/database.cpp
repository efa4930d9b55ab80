#include "database.h"

#include "fileprobe.h"
#include "migrations.h"
#include "storagelog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter{0};
    return u"mentordesk-%1"_s.arg(++counter);
}

QString systemUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? u"unknown"_s : user;
}

// Sensitive personal data: only the owner may read the file and its WAL companions.
void restrictPermissions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        if (QFile::exists(path + suffix))
            QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
}

OpenResult failure(OpenError error, QString message)
{
    OpenResult r;
    r.error = error;
    r.message = std::move(message);
    return r;
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_lock(std::move(lock)),
      m_user(systemUserName())
{
}

Database::~Database()
{
    if (m_writeDepth > 0)
        exec(u"ROLLBACK"_s);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

OpenResult Database::open(const QString &requestedPath, Mode mode)
{
    // The canonical path (links and ".." resolved), so that the lock file is the same however
    // the file was named: a second instance through a symlink must still be refused.
    const QFileInfo requested(requestedPath);
    const QString canonicalFolder = QFileInfo(requested.absolutePath()).canonicalFilePath();
    const QString path = requested.exists() ? requested.canonicalFilePath()
                         : canonicalFolder.isEmpty() ? requested.absoluteFilePath()
                                                     : QDir(canonicalFolder).filePath(requested.fileName());
    const QString shown = QDir::toNativeSeparators(path);
    const bool exists = QFileInfo::exists(path);
    if (!exists && mode == Mode::OpenExisting)
        return failure(OpenError::NotFound, tr("The file %1 does not exist.").arg(shown));
    if (!exists && !QDir().mkpath(QFileInfo(path).absolutePath()))
        return failure(OpenError::CannotOpen, tr("The folder for %1 cannot be created.").arg(shown));

    // One process per file. A stale lock of a crashed process is taken over; a live one never,
    // however old (hence stale time 0: age alone must not steal a lock).
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            return failure(OpenError::Locked,
                           tr("The file %1 is already open in another MentorDesk window (process %2 on %3). "
                              "Close it there, or open another file.")
                               .arg(shown)
                               .arg(pid)
                               .arg(host));
        }
        return failure(OpenError::CannotOpen,
                       tr("MentorDesk cannot create the lock file next to %1. Check that the folder is writable.").arg(shown));
    }

    const FileProbe probe = FileProbe::inspect(path);
    switch (probe.kind) {
    case FileProbe::Kind::NotADatabase:
        return failure(OpenError::NotADatabase,
                       tr("%1 is not a MentorDesk database. The file was not changed.").arg(shown));
    case FileProbe::Kind::ForeignDatabase:
        return failure(OpenError::NotADatabase,
                       tr("%1 is a database of another program, not of MentorDesk. The file was not changed.").arg(shown));
    case FileProbe::Kind::Damaged:
        return failure(OpenError::Damaged,
                       tr("%1 is damaged and cannot be opened. The file was not changed; restore it from a backup.").arg(shown));
    case FileProbe::Kind::Unreadable:
        return failure(OpenError::CannotOpen,
                       tr("%1 cannot be read right now (no permission, or another program is using it). "
                          "The file was not changed; check the access and try again.").arg(shown));
    case FileProbe::Kind::MentorDesk:
        if (probe.userVersion > latestSchemaVersion())
            return failure(OpenError::NewerVersion,
                           tr("%1 was written by a newer MentorDesk (data version %2; this program supports up to %3). "
                              "Install the newer MentorDesk to open it. The file was not changed.")
                               .arg(shown)
                               .arg(probe.userVersion)
                               .arg(latestSchemaVersion()));
        break;
    case FileProbe::Kind::Missing:
    case FileProbe::Kind::Empty:
        break;
    }

    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (!db.open()) {
            qCWarning(lcStorage) << "open failed:" << db.lastError().databaseText();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return failure(OpenError::CannotOpen, tr("%1 cannot be opened. Check the permissions and free disk space.").arg(shown));
        }
    }
    std::unique_ptr<Database> database(new Database(path, name, std::move(lock)));

    if (!database->setPragmas())
        return failure(OpenError::CannotOpen, tr("%1 cannot be opened for writing. Check the permissions and free disk space.").arg(shown));

    const int from = probe.kind == FileProbe::Kind::MentorDesk ? probe.userVersion : 0;
    if (from > 0 && from < latestSchemaVersion()) {
        // Keep the old version before upgrading, next to the file.
        const QString backup = path + u".v%1.bak"_s.arg(from);
        if (!QFileInfo::exists(backup) && !database->backupTo(backup))
            return failure(OpenError::MigrationFailed,
                           tr("%1 needs an upgrade, but the safety copy could not be written. The file was not changed.").arg(shown));
    }
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version <= from)
            continue;
        WriteTransaction tx(*database);
        bool ok = tx.begun();
        for (const QString &statement : step.statements) {
            if (!ok)
                break;
            ok = database->exec(statement);
        }
        ok = ok && database->exec(u"PRAGMA user_version = %1"_s.arg(step.version)) && tx.commit();
        if (!ok) {
            qCWarning(lcStorage) << "migration to version" << step.version << "failed and was rolled back";
            return failure(OpenError::MigrationFailed,
                           tr("%1 could not be upgraded to data version %2. Nothing was changed.").arg(shown).arg(step.version));
        }
        qCInfo(lcStorage) << "migrated database to version" << step.version;
    }
    restrictPermissions(path);

    OpenResult result;
    result.database = std::move(database);
    return result;
}

OpenResult Database::openWorkerConnection(const Database &main)
{
    const QString shown = QDir::toNativeSeparators(main.m_path);
    const QString name = uniqueConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(main.m_path);
        if (!QFileInfo::exists(main.m_path) || !db.open()) {
            qCWarning(lcStorage) << "worker connection failed:" << db.lastError().databaseText();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return failure(OpenError::CannotOpen, tr("%1 cannot be opened. Check the permissions and free disk space.").arg(shown));
        }
    }
    std::unique_ptr<Database> database(new Database(main.m_path, name, nullptr));
    database->m_user = main.m_user;
    database->m_clock = main.m_clock;
    if (!database->setPragmas())
        return failure(OpenError::CannotOpen, tr("%1 cannot be opened for writing. Check the permissions and free disk space.").arg(shown));
    OpenResult result;
    result.database = std::move(database);
    return result;
}

bool Database::setPragmas()
{
    // Per connection and outside any transaction: foreign_keys is a silent no-op inside one.
    // Large imports: statement journals in memory (temp_store), not in temporary files, and a
    // 32 MB page cache (SQLite's default is 2 MB) so the transaction's pages are not spilled to
    // the WAL and read back. Together a million system calls fewer for 100,000 imported rows
    // (docs/performance.md). The cache only grows as pages are used.
    return exec(u"PRAGMA foreign_keys = ON"_s) && exec(u"PRAGMA busy_timeout = 5000"_s) && exec(u"PRAGMA journal_mode = WAL"_s)
           && exec(u"PRAGMA synchronous = FULL"_s) && exec(u"PRAGMA temp_store = MEMORY"_s)
           && exec(u"PRAGMA cache_size = -32768"_s);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    return q.exec(u"PRAGMA user_version"_s) && q.next() ? q.value(0).toInt() : -1;
}

bool Database::exec(const QString &sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return true;
    // The statement text is ours (no user data is ever concatenated into SQL); values are bound.
    qCWarning(lcStorage) << "statement failed:" << q.lastError().databaseText() << "in" << sql.left(80);
    return false;
}

bool Database::beginWrite()
{
    if (m_writeDepth == 0) {
        // IMMEDIATE takes the write lock now, waiting under busy_timeout; a deferred BEGIN that
        // read first fails at once in WAL when another writer committed meanwhile.
        if (!exec(u"BEGIN IMMEDIATE"_s))
            return false;
        m_writeFailed = false;
    }
    ++m_writeDepth;
    return true;
}

bool Database::commitWrite()
{
    if (m_writeDepth <= 0)
        return false;
    if (--m_writeDepth > 0)
        return !m_writeFailed;
    if (m_writeFailed) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    if (exec(u"COMMIT"_s))
        return true;
    exec(u"ROLLBACK"_s);
    return false;
}

void Database::rollbackWrite()
{
    if (m_writeDepth <= 0)
        return;
    m_writeFailed = true;
    if (--m_writeDepth == 0)
        exec(u"ROLLBACK"_s);
}

Status Database::backupTo(const QString &target)
{
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return Status::failure(tr("%1 already exists. Choose another name for the backup.").arg(shown));
    // VACUUM INTO refuses an existing file and could leave a partial one on a full disk:
    // write to a temporary name, then rename.
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    QSqlQuery q(connection());
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(partial);
    if (!q.exec()) {
        qCWarning(lcStorage) << "backup failed:" << q.lastError().databaseText();
        QFile::remove(partial);
        return Status::failure(tr("The backup %1 could not be written. Check the free disk space and permissions.").arg(shown));
    }
    QFile::setPermissions(partial, QFile::ReadOwner | QFile::WriteOwner);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Status::failure(tr("The backup %1 could not be written. Check the free disk space and permissions.").arg(shown));
    }
    qCInfo(lcStorage) << "backup written";
    return {};
}

Status Database::integrityCheck()
{
    QSqlQuery q(connection());
    if (q.exec(u"PRAGMA integrity_check"_s) && q.next() && q.value(0).toString() == u"ok"_s)
        return {};
    return Status::failure(tr("The integrity check of %1 found damage. Restore a backup.").arg(QDir::toNativeSeparators(m_path)));
}

WriteTransaction::~WriteTransaction()
{
    if (m_begun && !m_done)
        m_db.rollbackWrite();
}

bool WriteTransaction::commit()
{
    if (!m_begun || m_done)
        return false;
    m_done = true;
    return m_db.commitWrite();
}

} // namespace mentordesk::storage
