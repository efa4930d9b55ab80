#include "dbfixture.h"

#include "csv/csvreader.h"
#include "csv/registerexporter.h"
#include "demo/demodata.h"
#include "storage/mentorrepository.h"

#include <QBuffer>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::csv;
using namespace mentordesk::testing;

namespace {

void fillDemo(storage::Database &db, int mentors, int mentees)
{
    demo::DemoOptions options;
    options.mentors = mentors;
    options.mentees = mentees;
    options.seed = 77;
    options.today = fixedToday();
    REQUIRE(demo::DemoDataGenerator(db).generate(options).ok());
}

QByteArray exportBytes(storage::Database &db, ExportKind kind, Dialect dialect)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = RegisterExporter(db).exportTo(kind, buffer, dialect);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    return buffer.data();
}

ImportReport importBytes(storage::Database &db, Register reg, const QByteArray &bytes)
{
    const CsvParseResult parsed = CsvReader::parse(bytes);
    REQUIRE(parsed.ok());
    RegisterImporter importer(db, reg);
    return importer.importTable(parsed.table, importer.detectMapping(parsed.table.header), {});
}

} // namespace

TEST_CASE("Export then import gives back the same people, in both dialects", "[csv][export]")
{
    TestDatabase source(u"source.mentordesk"_s);
    fillDemo(*source, 15, 40);
    for (const Dialect dialect : {Dialect::ExcelDa, Dialect::Rfc4180}) {
        TestDatabase target(u"target.mentordesk"_s);
        const QByteArray mentors = exportBytes(*source, ExportKind::Mentors, dialect);
        const QByteArray mentees = exportBytes(*source, ExportKind::Mentees, dialect);
        const ImportReport m = importBytes(*target, Register::Mentors, mentors);
        const ImportReport e = importBytes(*target, Register::Mentees, mentees);
        INFO((m.errors.isEmpty() ? QString() : m.errors.first().message).toStdString());
        INFO((e.errors.isEmpty() ? QString() : e.errors.first().message).toStdString());
        REQUIRE(m.ok());
        REQUIRE(e.ok());
        CHECK(m.imported == 15);
        CHECK(e.imported == 40);
        // Exporting the copy gives the same bytes: every exported field came back.
        CHECK(exportBytes(*target, ExportKind::Mentors, dialect) == mentors);
        CHECK(exportBytes(*target, ExportKind::Mentees, dialect) == mentees);
    }
}

TEST_CASE("excel-da is UTF-8 with BOM, semicolons, CRLF and decimal commas; rfc4180 plain", "[csv][export]")
{
    TestDatabase t;
    domain::Mentor m;
    m.firstName = u"Søren"_s;
    m.lastName = u"Ærø"_s;
    m.phone = u"+45 12 34 56 78"_s;
    m.hoursPerWeek = 2.5;
    m.notes = u"=HYPERLINK(\"x\")"_s;
    REQUIRE(storage::MentorRepository(*t).add(m).ok());

    const QByteArray excel = exportBytes(*t, ExportKind::Mentors, Dialect::ExcelDa);
    CHECK(excel.startsWith("\xEF\xBB\xBF" "external_id;first_name;last_name;email;phone;"));
    CHECK(excel.contains("\r\n;Søren;Ærø;;'+45 12 34 56 78;"));  // a leading + is neutralised
    const CsvParseResult parsed = CsvReader::parse(excel);
    REQUIRE(parsed.ok());
    CHECK(parsed.table.separator == u';');
    CHECK(parsed.table.records.first().fields.at(11) == u"2,5"_s);  // hours_per_week, Danish decimal comma
    CHECK(excel.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    CHECK(excel.endsWith("\r\n"));

    const QByteArray plain = exportBytes(*t, ExportKind::Mentors, Dialect::Rfc4180);
    CHECK(plain.startsWith("external_id,first_name,"));
    CHECK(plain.contains(",2.5,"));
}

TEST_CASE("Every exported person gets an audit entry without personal data", "[csv][export]")
{
    TestDatabase t;
    fillDemo(*t, 5, 12);
    exportBytes(*t, ExportKind::Mentees, Dialect::ExcelDa);
    CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM audit_event WHERE action = 'export' AND entity = 'mentee'"_s).toInt() == 12);
}

TEST_CASE("Course and session exports have one row per course and meeting", "[csv][export]")
{
    TestDatabase t;
    fillDemo(*t, 8, 25);
    const CsvParseResult courses = CsvReader::parse(exportBytes(*t, ExportKind::Courses, Dialect::Rfc4180));
    REQUIRE(courses.ok());
    CHECK(courses.table.header == RegisterExporter::header(ExportKind::Courses));
    CHECK(courses.table.records.size() == t.rowCount(u"course"_s));
    const CsvParseResult sessions = CsvReader::parse(exportBytes(*t, ExportKind::Sessions, Dialect::Rfc4180));
    REQUIRE(sessions.ok());
    CHECK(sessions.table.header.first() == u"session_id"_s);
    CHECK(sessions.table.records.size() == t.rowCount(u"meeting"_s));
    // Delivered hours of the first course match its held meetings.
    const int heldMinutes = scalarOf(t.connection(), u"SELECT coalesce(sum(minutes), 0) FROM meeting WHERE course_id = 1 AND status = 'held'"_s).toInt();
    CHECK(courses.table.records.first().fields.at(13) == QString::number(heldMinutes / 60.0, 'g', 10));
}

TEST_CASE("An export that cannot be written leaves no file and says why", "[csv][export]")
{
    TestDatabase t;
    fillDemo(*t, 3, 5);
    const QString target = t.dir.filePath(u"missing-folder/mentors.csv"_s);
    const auto written = RegisterExporter(*t).exportFile(ExportKind::Mentors, target, Dialect::ExcelDa);
    CHECK_FALSE(written.ok());
    CHECK(written.error().contains(u"mentors.csv cannot be written"_s));
    CHECK_FALSE(QFile::exists(target));
    CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM audit_event WHERE action = 'export'"_s).toInt() == 0);

    const QString good = t.dir.filePath(u"mentors.csv"_s);
    const auto ok = RegisterExporter(*t).exportFile(ExportKind::Mentors, good, Dialect::ExcelDa);
    REQUIRE(ok.ok());
    CHECK(*ok == 3);
    // Personal data: nobody but the owner may read the file.
    const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther;
    CHECK((QFile::permissions(good) & others) == QFileDevice::Permissions());
}
