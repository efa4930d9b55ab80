#include "fileprobe.h"

#include "migrations.h"
#include "storagelog.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <atomic>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

namespace {

QString uniqueProbeName()
{
    static std::atomic<int> counter{0};
    return u"mentordesk-probe-%1"_s.arg(++counter);
}

// Runs `sql` and returns the first column of the first row, or nothing with the error.
std::optional<QVariant> scalar(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *error = q.lastError().databaseText().isEmpty() ? q.lastError().text() : q.lastError().databaseText();
        return std::nullopt;
    }
    return q.value(0);
}

// A failed read means "not SQLite", "damaged", or only that the file cannot be read right now
// (locked by another program, no permission, I/O error): telling the user to restore a backup
// in that last case could make them replace good data.
FileProbe::Kind classify(const QString &error)
{
    if (error.contains(u"not a database"_s))
        return FileProbe::Kind::NotADatabase;
    if (error.contains(u"locked"_s) || error.contains(u"busy"_s) || error.contains(u"unable to open"_s)
        || error.contains(u"disk I/O"_s) || error.contains(u"readonly"_s) || error.contains(u"access"_s))
        return FileProbe::Kind::Unreadable;
    return FileProbe::Kind::Damaged;
}

FileProbe inspectOpen(QSqlDatabase &db)
{
    FileProbe probe;
    QString error;
    // QSQLITE's open() accepts any file; the first read tells whether it is SQLite at all.
    const auto version = scalar(db, u"PRAGMA user_version"_s, &error);
    if (!version) {
        probe.kind = classify(error);
        probe.detail = error;
        return probe;
    }
    probe.userVersion = version->toInt();
    const auto check = scalar(db, u"PRAGMA quick_check"_s, &error);
    if (!check || check->toString() != u"ok"_s) {
        probe.kind = check ? FileProbe::Kind::Damaged : classify(error);
        probe.detail = check ? check->toString() : error;
        return probe;
    }
    const auto appId = scalar(db, u"PRAGMA application_id"_s, &error);
    const auto tables = scalar(db, u"SELECT count(*) FROM sqlite_master"_s, &error);
    if (!appId || !tables) {
        probe.kind = FileProbe::Kind::Damaged;
        probe.detail = error;
        return probe;
    }
    if (appId->toInt() == kApplicationId)
        probe.kind = FileProbe::Kind::MentorDesk;
    else if (tables->toInt() == 0 && probe.userVersion == 0)
        probe.kind = FileProbe::Kind::Empty;  // a fresh SQLite file: ours to initialise
    else
        probe.kind = FileProbe::Kind::ForeignDatabase;
    return probe;
}

} // namespace

FileProbe FileProbe::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {Kind::Missing, 0, {}};
    if (info.size() == 0)
        return {Kind::Empty, 0, {}};

    FileProbe probe;
    const QString name = uniqueProbeName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        // Read-only: a probe never creates, repairs or upgrades anything.
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            probe.kind = Kind::Unreadable;
            probe.detail = db.lastError().databaseText();
        } else {
            probe = inspectOpen(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (probe.kind != Kind::MentorDesk && probe.kind != Kind::Empty)
        qCWarning(lcStorage) << "probe refused file, kind" << static_cast<int>(probe.kind) << "driver:" << probe.detail;
    return probe;
}

} // namespace mentordesk::storage
