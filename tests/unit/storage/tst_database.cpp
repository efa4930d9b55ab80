#include "dbfixture.h"
#include "records.h"

#include "demo/demodata.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

QStringList entriesOf(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QVariant pragma(const QSqlDatabase &connection, const QString &name)
{
    return scalarOf(connection, u"PRAGMA "_s + name);
}

// Only the owner may read or write; nobody may execute.
bool isOwnerReadWriteOnly(const QString &path)
{
    const QFile::Permissions p = QFile::permissions(path);
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther | QFile::ExeOwner;
    return p.testFlag(QFile::ReadOwner) && p.testFlag(QFile::WriteOwner) && (p & others) == QFile::Permissions();
}

// Opening `path` must be refused with `expected`, naming the file, and leave it byte for byte.
OpenResult expectRefusedUnchanged(const QString &path, OpenError expected)
{
    const QByteArray before = sha256Of(path);
    REQUIRE_FALSE(before.isEmpty());
    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO("message: " << opened.message.toStdString());
    CHECK_FALSE(opened.ok());
    CHECK(opened.database == nullptr);
    CHECK(opened.error == expected);
    CHECK(opened.message.contains(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    CHECK(sha256Of(path) == before);
    CHECK_FALSE(QFile::exists(path + u".lock"_s));
    return opened;
}

} // namespace

TEST_CASE("Database creates a new file with the whole schema", "[storage][database]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"new.mentordesk"_s);
    REQUIRE_FALSE(QFile::exists(path));
    OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    CHECK(opened.error == OpenError::None);
    CHECK(opened.message.isEmpty());
    const std::unique_ptr<Database> db = std::move(opened.database);

    CHECK(latestSchemaVersion() >= 1);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(db->connection(), u"user_version"_s).toInt() == latestSchemaVersion());
    CHECK(pragma(db->connection(), u"application_id"_s).toInt() == kApplicationId);
    CHECK(db->path() == QFileInfo(path).absoluteFilePath());
    const QStringList tables = rowsOf(db->connection(), u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    for (const QString &table : {u"scheme"_s, u"mentor"_s, u"mentee"_s, u"course"_s, u"match"_s, u"course_grant"_s,
                                 u"goal"_s, u"meeting"_s, u"logbook_entry"_s, u"phase_entry"_s, u"status_review"_s,
                                 u"course_ending"_s, u"agreement"_s, u"audit_event"_s, u"search_index"_s}) {
        INFO(table.toStdString());
        CHECK(tables.contains(table));
    }
    CHECK(db->integrityCheck().ok());
}

TEST_CASE("Database sets the pragmas on its connection", "[storage][database]")
{
    TestDatabase t;
    CHECK(pragma(t.connection(), u"journal_mode"_s).toString() == u"wal"_s);
    CHECK(pragma(t.connection(), u"foreign_keys"_s).toInt() == 1);
    CHECK(pragma(t.connection(), u"busy_timeout"_s).toInt() == 5000);
    CHECK(pragma(t.connection(), u"synchronous"_s).toInt() == 2);  // FULL
}

TEST_CASE("Database file is readable by its owner only", "[storage][database]")
{
    TestDatabase t;
    CHECK(isOwnerReadWriteOnly(t.path));
}

TEST_CASE("Database initialises a zero-byte file", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.mentordesk"_s);
    writeFile(path, QByteArray());
    REQUIRE(QFileInfo(path).size() == 0);
    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const std::unique_ptr<Database> db = std::move(opened.database);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(db->connection(), u"application_id"_s).toInt() == kApplicationId);
}

TEST_CASE("Database initialises an empty SQLite file of version 0", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v0.sqlite"_s);
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(u"CREATE TABLE scratch (x)"_s));
        REQUIRE(raw.exec(u"DROP TABLE scratch"_s));
    }
    REQUIRE(QFileInfo(path).size() > 0);
    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const std::unique_ptr<Database> db = std::move(opened.database);
    CHECK(db->schemaVersion() == latestSchemaVersion());
    CHECK(pragma(db->connection(), u"application_id"_s).toInt() == kApplicationId);
}

TEST_CASE("Database creates missing folders for a new file", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c/new.mentordesk"_s);
    OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    opened.database.reset();
    CHECK(QFileInfo(path).isFile());
}

TEST_CASE("Database OpenExisting on a missing path fails and creates nothing", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.mentordesk"_s);
    const OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    CHECK_FALSE(opened.ok());
    CHECK(opened.error == OpenError::NotFound);
    CHECK(opened.message == u"The file %1 does not exist."_s.arg(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFile::exists(path));
    CHECK(entriesOf(dir).isEmpty());
}

TEST_CASE("Database refuses a file of a newer version and leaves it untouched", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"newer.mentordesk"_s);
    {
        OpenResult created = Database::open(path, Database::Mode::CreateIfMissing);
        REQUIRE(created.ok());
    }
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion() + 1)));
    }
    const OpenResult opened = expectRefusedUnchanged(path, OpenError::NewerVersion);
    CHECK(opened.message.contains(u"newer MentorDesk"_s));
    CHECK(opened.message.contains(u"data version %1"_s.arg(latestSchemaVersion() + 1)));

    RawConnection check(path, u"QSQLITE_OPEN_READONLY"_s);
    CHECK(check.scalar(u"PRAGMA user_version"_s).toInt() == latestSchemaVersion() + 1);
}

TEST_CASE("Database refuses 8 KiB of random bytes", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"random.mentordesk"_s);
    QByteArray bytes(8192, Qt::Uninitialized);
    QRandomGenerator rng(20240614);
    for (char &b : bytes)
        b = static_cast<char>(rng.bounded(256));
    writeFile(path, bytes);
    const OpenResult opened = expectRefusedUnchanged(path, OpenError::NotADatabase);
    CHECK(opened.message.contains(u"is not a MentorDesk database"_s));
    CHECK(entriesOf(dir) == QStringList{u"random.mentordesk"_s});
}

TEST_CASE("Database refuses a text file", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mentorer.csv"_s);
    QByteArray text = "fornavn;efternavn;telefon\n";
    for (int i = 0; i < 200; ++i)
        text += QStringLiteral("Søren;Ærø;12 34 56 %1\n").arg(i % 100, 2, 10, QLatin1Char('0')).toUtf8();
    writeFile(path, text);
    const OpenResult opened = expectRefusedUnchanged(path, OpenError::NotADatabase);
    CHECK(opened.message.contains(u"is not a MentorDesk database"_s));
}

TEST_CASE("Database refuses a SQLite database of another program", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"contacts.sqlite"_s);
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(u"CREATE TABLE contacts (name TEXT, phone TEXT)"_s));
        REQUIRE(raw.exec(u"INSERT INTO contacts VALUES ('Søren', '12345678')"_s));
    }
    const OpenResult opened = expectRefusedUnchanged(path, OpenError::NotADatabase);
    CHECK(opened.message.contains(u"database of another program"_s));
    RawConnection check(path, u"QSQLITE_OPEN_READONLY"_s);
    CHECK(check.scalar(u"SELECT count(*) FROM contacts"_s).toInt() == 1);
    CHECK(check.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'mentor'"_s).toInt() == 0);
}

TEST_CASE("Database refuses a truncated MentorDesk file and leaves it untouched", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"truncated.mentordesk"_s);
    {
        OpenResult created = Database::open(path, Database::Mode::CreateIfMissing);
        REQUIRE(created.ok());
        created.database->setClock(&fixedNow);
        demo::DemoOptions options;
        options.seed = 7;
        options.today = fixedToday();
        const auto summary = demo::DemoDataGenerator(*created.database).generate(options);
        INFO(summary.error().toStdString());
        REQUIRE(summary.ok());
        REQUIRE(summary->meetings > 100);
    }
    {
        // Everything into the main file, and out of WAL mode, so the file alone holds the data.
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        REQUIRE(raw.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        REQUIRE(raw.scalar(u"PRAGMA journal_mode = DELETE"_s).toString() == u"delete"_s);
    }
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    const qint64 size = QFileInfo(path).size();
    REQUIRE(size >= 64 * 4096);
    {
        QFile file(path);
        REQUIRE(file.resize(size / 2));
    }
    REQUIRE(QFileInfo(path).size() == size / 2);

    const QByteArray before = sha256Of(path);
    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO("message: " << opened.message.toStdString());
    CHECK_FALSE(opened.ok());
    CHECK((opened.error == OpenError::Damaged || opened.error == OpenError::NotADatabase));
    CHECK(opened.message.contains(QDir::toNativeSeparators(path)));
    CHECK(opened.message.contains(u"was not changed"_s));
    CHECK(sha256Of(path) == before);
    CHECK(QFileInfo(path).size() == size / 2);
}

TEST_CASE("Database lock keeps a second opener out until the first closes", "[storage][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.mentordesk"_s);
    OpenResult first = Database::open(path, Database::Mode::CreateIfMissing);
    REQUIRE(first.ok());

    const OpenResult second = Database::open(path, Database::Mode::OpenExisting);
    CHECK_FALSE(second.ok());
    CHECK(second.error == OpenError::Locked);
    CHECK(second.message.contains(u"locked.mentordesk"_s));
    CHECK(second.message.contains(u"already open"_s));
    const OpenResult third = Database::open(path, Database::Mode::CreateIfMissing);
    CHECK(third.error == OpenError::Locked);

    // The refused attempts did not take the lock away from the first.
    CHECK(QFile::exists(path + u".lock"_s));
    CHECK(addScheme(*first.database) > 0);

    first.database.reset();
    CHECK_FALSE(QFile::exists(path + u".lock"_s));
    OpenResult again = Database::open(path, Database::Mode::OpenExisting);
    INFO(again.message.toStdString());
    REQUIRE(again.ok());
    CHECK(again.error == OpenError::None);
    CHECK(scalarOf(again.database->connection(), u"SELECT count(*) FROM scheme"_s).toInt() == 1);
}

TEST_CASE("Database backup is a private copy with the same rows", "[storage][database]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    addMentor(*t, validMentor(u"Åse"_s, u"Østergaard"_s));
    const QString target = t.dir.filePath(u"backup/kopi.mentordesk"_s);
    REQUIRE(QDir().mkpath(t.dir.filePath(u"backup"_s)));

    const Status backedUp = t.db->backupTo(target);
    INFO(backedUp.error().toStdString());
    REQUIRE(backedUp.ok());
    CHECK(QFileInfo(target).isFile());
    CHECK_FALSE(QFile::exists(target + u".partial"_s));
    CHECK(isOwnerReadWriteOnly(target));

    const QString mentorRows = u"SELECT id, first_name, last_name, sort_key, email FROM mentor ORDER BY id"_s;
    const QString courseRows = u"SELECT id, mentee_id, scheme_id, start_date, status FROM course ORDER BY id"_s;
    const QStringList originalMentors = rowsOf(t.connection(), mentorRows);
    const QStringList originalCourses = rowsOf(t.connection(), courseRows);
    REQUIRE(originalMentors.size() == 2);
    REQUIRE(originalCourses.size() == 1);

    OpenResult copy = Database::open(target, Database::Mode::OpenExisting);
    INFO(copy.message.toStdString());
    REQUIRE(copy.ok());
    CHECK(copy.database->schemaVersion() == latestSchemaVersion());
    CHECK(copy.database->integrityCheck().ok());
    CHECK(rowsOf(copy.database->connection(), mentorRows) == originalMentors);
    CHECK(rowsOf(copy.database->connection(), courseRows) == originalCourses);
    CHECK(scalarOf(copy.database->connection(), u"SELECT count(*) FROM audit_event"_s).toInt() == t.rowCount(u"audit_event"_s));
    CHECK(chain.courseId > 0);
}

TEST_CASE("Database backup refuses an existing target", "[storage][database]")
{
    TestDatabase t;
    addScheme(*t);
    const QString target = t.dir.filePath(u"existing.bak"_s);
    writeFile(target, "keep me");
    const QByteArray before = sha256Of(target);

    const Status refused = t.db->backupTo(target);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"already exists"_s));
    CHECK(refused.error().contains(u"existing.bak"_s));
    CHECK(sha256Of(target) == before);

    // A second backup to a fresh name still works.
    const QString fresh = t.dir.filePath(u"fresh.bak"_s);
    REQUIRE(t.db->backupTo(fresh).ok());
    CHECK_FALSE(t.db->backupTo(fresh).ok());
}

TEST_CASE("Database foreign keys refuse a course of a missing mentee", "[storage][database]")
{
    TestDatabase t;
    const domain::Id schemeId = addScheme(*t);
    const int auditBefore = t.rowCount(u"audit_event"_s);

    domain::Course course = plannedCourse(999, schemeId);
    const Result<domain::Id> added = CourseRepository(*t).add(course);
    CHECK_FALSE(added.ok());
    CHECK(added.error() == u"The record refers to a record that does not exist. Nothing was saved."_s);
    CHECK(course.id == 0);
    CHECK(t.rowCount(u"course"_s) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == auditBefore);

    // The same course for a real mentee is stored.
    const domain::Id menteeId = addMentee(*t, schemeId);
    course.menteeId = menteeId;
    CHECK(CourseRepository(*t).add(course).ok());
    CHECK(t.rowCount(u"course"_s) == 1);
}

TEST_CASE("Database integrity check passes on a healthy file", "[storage][database]")
{
    TestDatabase t;
    addCourseChain(*t);
    const Status check = t.db->integrityCheck();
    INFO(check.error().toStdString());
    CHECK(check.ok());
}

TEST_CASE("Database refuses a second open of the same file through a symbolic link", "[storage][database]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(u"real.mentordesk"_s);
    const QString link = dir.filePath(u"other-name.mentordesk"_s);
    storage::OpenResult first = storage::Database::open(real, storage::Database::Mode::CreateIfMissing);
    REQUIRE(first.ok());
    REQUIRE(QFile::link(real, link));
    const storage::OpenResult second = storage::Database::open(link, storage::Database::Mode::OpenExisting);
    CHECK_FALSE(second.ok());
    CHECK(second.error == storage::OpenError::Locked);
    CHECK(second.message.contains(u"real.mentordesk"_s));
}
