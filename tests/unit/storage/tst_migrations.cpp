#include "dbfixture.h"
#include "records.h"

#include "storage/agreementrepository.h"
#include "storage/meetingrepository.h"
#include "storage/migrations.h"
#include "storage/schemerepository.h"
#include "storage/searchrepository.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

// A file as MentorDesk's first release wrote it: schema version 1 with one scheme and one
// mentee, written without the current code.
void writeVersion1File(const QString &path)
{
    RawConnection raw(path);
    REQUIRE(raw.isOpen());
    REQUIRE(migrationSteps().first().version == 1);
    for (const QString &statement : migrationSteps().first().statements) {
        INFO(statement.toStdString());
        REQUIRE(raw.exec(statement));
    }
    REQUIRE(raw.exec(u"PRAGMA user_version = 1"_s));
    const QString meta = u"'2024-01-02T09:00:00.000Z', 'coordinator1', '2024-01-02T09:00:00.000Z', 'coordinator1'"_s;
    REQUIRE(raw.exec(u"INSERT INTO scheme (id, name, context, agreement_template, default_grant_months, created_at, created_by,"
                     " updated_at, updated_by) VALUES (1, 'Jobcentre Aarhus', 'jobcentre', 'default', 6, "_s
                     + meta + u")"_s));
    REQUIRE(raw.exec(u"INSERT INTO mentee (id, first_name, last_name, sort_key, scheme_id, target_group, languages,"
                     " registered_on, status, created_at, created_by, updated_at, updated_by)"
                     " VALUES (1, 'Leyla', 'Østergaard', 'østergaard leyla', 1, 'job_ready', 'arabisk', '2024-01-02', 'waiting', "_s
                     + meta + u")"_s));
}

// Schema `version` as released, built by its own steps: what a file of that version holds.
void migrateTo(RawConnection &raw, int version)
{
    for (const MigrationStep &step : migrationSteps()) {
        if (step.version > version)
            break;
        for (const QString &statement : step.statements) {
            INFO(statement.toStdString());
            REQUIRE(raw.exec(statement));
        }
    }
    REQUIRE(raw.exec(u"PRAGMA user_version = %1"_s.arg(version)));
}

// Record stamps for rows written by hand.
const QString meta = u"'2024-01-02T09:00:00.000Z', 'c1', '2024-01-02T09:00:00.000Z', 'c1'"_s;
const QString stamp = u", created_at, created_by, updated_at, updated_by) VALUES "_s;

bool hasColumn(const QSqlDatabase &connection, const QString &table, const QString &column)
{
    return rowsOf(connection, u"SELECT name FROM pragma_table_info(?)"_s, {table}).contains(column);
}

} // namespace

TEST_CASE("Database migrates a version 1 file to the latest version and keeps its rows", "[storage][migrations]")
{
    REQUIRE(latestSchemaVersion() >= 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.mentordesk"_s);
    writeVersion1File(path);
    const QString backup = path + u".v1.bak"_s;
    REQUIRE_FALSE(QFileInfo::exists(backup));

    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const std::unique_ptr<Database> db = std::move(opened.database);
    CHECK(db->schemaVersion() == latestSchemaVersion());

    // The mentee is kept, with the new fields empty.
    const auto mentee = MenteeRepository(*db).find(1);
    REQUIRE(mentee.has_value());
    CHECK(mentee->fullName() == u"Leyla Østergaard"_s);
    CHECK(mentee->languages == QStringList{u"arabisk"_s});
    CHECK(mentee->availability.bits() == 0u);
    CHECK_FALSE(mentee->preferredMentorAgeFrom.has_value());
    CHECK_FALSE(mentee->preferredMentorAgeTo.has_value());
    CHECK(rowsOf(db->connection(), u"SELECT availability, preferred_mentor_age_from, preferred_mentor_age_to FROM mentee"_s)
          == QStringList{u"0|NULL|NULL"_s});

    // The scheme gets the same-region rule, off; the weights table exists and is empty.
    CHECK(hasColumn(db->connection(), u"scheme"_s, u"same_region_only"_s));
    CHECK(rowsOf(db->connection(), u"SELECT name, default_grant_months, same_region_only FROM scheme"_s)
          == QStringList{u"Jobcentre Aarhus|6|0"_s});
    const auto scheme = SchemeRepository(*db).find(1);
    REQUIRE(scheme.has_value());
    CHECK_FALSE(scheme->sameRegionOnly);
    CHECK(scalarOf(db->connection(), u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'matching_weight'"_s).toInt() == 1);
    CHECK(scalarOf(db->connection(), u"SELECT count(*) FROM matching_weight"_s).toInt() == 0);

    // The safety copy is the file as it was: version 1, without the new table.
    REQUIRE(QFileInfo::exists(backup));
    {
        RawConnection copy(backup);
        REQUIRE(copy.isOpen());
        CHECK(copy.scalar(u"PRAGMA user_version"_s).toInt() == 1);
        CHECK(copy.scalar(u"SELECT first_name FROM mentee WHERE id = 1"_s).toString() == u"Leyla"_s);
        CHECK(copy.scalar(u"SELECT count(*) FROM sqlite_master WHERE name = 'matching_weight'"_s).toInt() == 0);
        CHECK_FALSE(hasColumn(copy.connection(), u"mentee"_s, u"availability"_s));
    }

    // The migrated file takes the new fields.
    Mentee changed = *mentee;
    changed.availability.set(2, 1, true);
    changed.preferredMentorAgeFrom = 30;
    const Status saved = MenteeRepository(*db).update(changed);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(MenteeRepository(*db).find(1)->availability == changed.availability);
    CHECK(MenteeRepository(*db).find(1)->preferredMentorAgeFrom == std::optional<int>(30));
}

TEST_CASE("Database opens a file of the latest version without a safety copy", "[storage][migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"new.mentordesk"_s);
    {
        OpenResult created = Database::open(path, Database::Mode::CreateIfMissing);
        REQUIRE(created.ok());
    }
    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    CHECK(opened.database->schemaVersion() == latestSchemaVersion());
    CHECK(QDir(dir.path()).entryList({u"*.bak"_s}, QDir::Files).isEmpty());
}

TEST_CASE("Database migrates a version 2 file's course material to dated search hits, newest first", "[storage][migrations][search]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v2.mentordesk"_s);
    {
        // Schema 2 as released, with one course and its material written in an order unlike their
        // dates; schema 2's triggers index them with rowids that know no date.
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        migrateTo(raw, 2);
        const QStringList inserts = {
                 u"INSERT INTO scheme (id, name, context, agreement_template"_s + stamp + u"(1, 'Jobcentre Aarhus', 'jobcentre', 'default', "_s + meta + u')',
                 u"INSERT INTO mentee (id, first_name, last_name, sort_key, scheme_id, target_group, registered_on, status"_s + stamp
                     + u"(1, 'Leyla', 'Østergaard', 'østergaard leyla', 1, 'job_ready', '2024-01-02', 'in_course', "_s + meta + u')',
                 u"INSERT INTO course (id, mentee_id, scheme_id, function, start_date, phase, status"_s + stamp
                     + u"(1, 1, 1, 'individual', '2024-01-02', 'afklaring', 'active', "_s + meta + u')',
                 u"INSERT INTO meeting (id, course_id, date, minutes, form, status, note"_s + stamp
                     + u"(1, 1, '2024-05-02', 60, 'in_person', 'held', 'Øvede jobsamtale på dansk', "_s + meta + u')',
                 u"INSERT INTO meeting (id, course_id, date, minutes, form, status, note"_s + stamp
                     + u"(2, 1, '2024-02-01', 60, 'in_person', 'held', 'Første jobsamtale aftalt', "_s + meta + u')',
                 u"INSERT INTO logbook_entry (id, course_id, date, author, text"_s + stamp
                     + u"(1, 1, '2024-03-15', 'mentor', 'Mødte op til jobsamtalen', "_s + meta + u')',
                 u"INSERT INTO goal (id, course_id, text, kind, status, created_at, created_by, updated_at, updated_by)"
                 " VALUES (1, 1, 'Klare en jobsamtale alene', 'goal', 'open', '2024-04-10T08:00:00.000Z', 'c1',"
                 " '2024-04-10T08:00:00.000Z', 'c1')"_s};
        for (const QString &insert : inserts) {
            INFO(insert.toStdString());
            REQUIRE(raw.exec(insert));
        }
        // Schema 2 indexed the material without dates: rowid = id * 16 + kind.
        REQUIRE(raw.scalar(u"SELECT max(rowid) FROM search_index"_s).toLongLong() < 64);
    }

    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const std::unique_ptr<Database> db = std::move(opened.database);
    REQUIRE(db->schemaVersion() >= 3);

    const auto found = SearchRepository(*db).searchCourseMaterial(u"jobsamt"_s, 0, 10);
    INFO(found.error().toStdString());
    REQUIRE(found.ok());
    QStringList hits;
    for (const auto &hit : found->hits)
        hits << u"%1 %2 %3 %4 %5"_s.arg(int(hit.kind)).arg(hit.entityId).arg(hit.date.toString(Qt::ISODate)).arg(hit.courseId).arg(hit.menteeName);
    CHECK(hits == QStringList{u"3 1 2024-05-02 1 Østergaard, Leyla"_s, u"5 1 2024-04-10 1 Østergaard, Leyla"_s,
                              u"4 1 2024-03-15 1 Østergaard, Leyla"_s, u"3 2 2024-02-01 1 Østergaard, Leyla"_s});
    // One index row per record: the undated rows of schema 2 are gone (the mentee keeps hers).
    CHECK(scalarOf(db->connection(), u"SELECT count(*) FROM search_index"_s).toInt() == 5);

    // The migrated file's triggers date new and changed material too.
    Meeting newest;
    newest.courseId = 1;
    newest.date = QDate(2024, 6, 1);
    newest.status = MeetingStatus::Held;
    newest.minutes = 45;
    newest.note = u"Jobsamtalen gik godt"_s;
    db->setClock(&fixedNow);
    REQUIRE(MeetingRepository(*db).add(newest).ok());
    const auto again = SearchRepository(*db).searchCourseMaterial(u"jobsamt"_s, 0, 1);
    REQUIRE(again.ok());
    REQUIRE(again->hits.size() == 1);
    CHECK(again->hits.first().entityId == newest.id);
    CHECK(again->hits.first().date == QDate(2024, 6, 1));
    CHECK(again->hasMore);
}

TEST_CASE("Database migrates a version 3 file's agreements and schemes to the agreement templates", "[storage][migrations][agreements]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"v3.mentordesk"_s);
    {
        RawConnection raw(path);
        REQUIRE(raw.isOpen());
        migrateTo(raw, 3);
        for (const QString &insert : QStringList{
                 u"INSERT INTO scheme (id, name, context, agreement_template"_s + stamp + u"(1, 'Jobcentre Aarhus', 'jobcentre', 'default', "_s + meta + u')',
              u"INSERT INTO mentee (id, first_name, last_name, sort_key, scheme_id, target_group, registered_on, status"_s + stamp
                  + u"(1, 'Leyla', 'Østergaard', 'østergaard leyla', 1, 'job_ready', '2024-01-02', 'in_course', "_s + meta + u')',
              u"INSERT INTO course (id, mentee_id, scheme_id, function, start_date, phase, status"_s + stamp
                  + u"(1, 1, 1, 'individual', '2024-01-02', 'afklaring', 'active', "_s + meta + u')',
              u"INSERT INTO agreement (id, course_id, version, language, template_name, snapshot_html, printed_at, printed_by"_s + stamp
                  + u"(1, 1, 1, 'da', 'default', '<h1>Mentoraftale</h1><p>Leyla Østergaard</p>', '2024-01-02T09:00:00.000Z', 'c1', "_s
                  + meta + u')'}) {
            INFO(insert.toStdString());
            REQUIRE(raw.exec(insert));
        }
    }

    OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    const std::unique_ptr<Database> db = std::move(opened.database);
    REQUIRE(db->schemaVersion() >= 4);
    // The printed agreement is kept as it was; it knows no values to compare with.
    const auto agreement = AgreementRepository(*db).latest(1);
    REQUIRE(agreement.has_value());
    CHECK(agreement->snapshotHtml == u"<h1>Mentoraftale</h1><p>Leyla Østergaard</p>"_s);
    CHECK(agreement->fields.isEmpty());
    CHECK(AgreementRepository(*db).nextVersion(1) == 2);
    // The scheme's template name gave way to the template table.
    CHECK_FALSE(hasColumn(db->connection(), u"scheme"_s, u"agreement_template"_s));
    CHECK(hasColumn(db->connection(), u"agreement"_s, u"fields"_s));
    CHECK(SchemeRepository(*db).find(1)->name == u"Jobcentre Aarhus"_s);
    CHECK(scalarOf(db->connection(), u"SELECT count(*) FROM agreement_template"_s).toInt() == 0);
    CHECK(QFileInfo::exists(path + u".v3.bak"_s));
}
