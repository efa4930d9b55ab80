#include "dbfixture.h"

#include "csv/csvreader.h"
#include "csv/registerimporter.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::csv;
using namespace mentordesk::testing;

namespace {

ImportReport importText(storage::Database &db, Register reg, const QByteArray &text, ImportOptions options = {},
                        const ImportProgress &progress = {})
{
    const CsvParseResult parsed = CsvReader::parse(text);
    REQUIRE(parsed.ok());
    RegisterImporter importer(db, reg);
    return importer.importTable(parsed.table, importer.detectMapping(parsed.table.header), options, progress);
}

// `count` valid mentors, "Anna Berg0", "Anna Berg1", …
QByteArray mentorsFile(int count)
{
    QByteArray file = "first_name;last_name;phone\n";
    for (int i = 0; i < count; ++i)
        file += "Anna;Berg" + QByteArray::number(i) + ";12345678\n";
    return file;
}

QStringList errorTexts(const ImportReport &report)
{
    QStringList out;
    for (const CsvError &e : report.errors)
        out << u"%1:%2 %3"_s.arg(e.line).arg(e.column).arg(e.message);
    return out;
}

} // namespace

TEST_CASE("Importing mentors reads Danish headers and Danish values", "[csv][import]")
{
    TestDatabase t;
    const QByteArray file = "Fornavn;EFTERNAVN;E-mail;Telefon;Køn;Fødselsår;Postnummer;Sprog;Mentortype;Kapacitet;"
                            "Timer_pr_uge;Interesser;Noter\r\n"
                            "Søren;Ærø;soeren@example.dk;'+45 12 34 56 78;mand;1970;8000;\"dansk, arabisk\";frivillig;3;"
                            "2,5;\"fodbold, musik\";=1+2\r\n"
                            "Åse;Østergaard;;22 33 44 55;Kvinde;;;;teacher;;;;\r\n";
    const ImportReport report = importText(*t, Register::Mentors, file);
    INFO(errorTexts(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.imported == 2);
    const QList<domain::Mentor> mentors = storage::MentorRepository(*t).page(0, 10);
    REQUIRE(mentors.size() == 2);
    const domain::Mentor &soeren = mentors.at(0);  // Ærø sorts before Østergaard
    CHECK(soeren.fullName() == u"Søren Ærø"_s);
    CHECK(soeren.phone == u"+45 12 34 56 78"_s);  // the spreadsheet's neutralising apostrophe is gone
    CHECK(soeren.gender == domain::Gender::Male);
    CHECK(soeren.birthYear == 1970);
    CHECK(soeren.languages == QStringList{u"dansk"_s, u"arabisk"_s});
    CHECK(soeren.mentorType == domain::MentorType::Volunteer);
    CHECK(soeren.capacity == 3);
    CHECK(soeren.hoursPerWeek == 2.5);
    CHECK(soeren.notes == u"=1+2"_s);  // a formula is kept as the text it is
    const domain::Mentor &aase = mentors.at(1);
    CHECK(aase.fullName() == u"Åse Østergaard"_s);
    CHECK(aase.gender == domain::Gender::Female);
    CHECK(aase.mentorType == domain::MentorType::Teacher);
    CHECK(aase.capacity == 1);  // the default
    // Each imported person has its audit entry.
    CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM audit_event WHERE action = 'create' AND entity = 'mentor'"_s).toInt() == 2);
}

TEST_CASE("Importing is all or nothing and reports every problem with line and column", "[csv][import]")
{
    TestDatabase t;
    const QByteArray file = "first_name,last_name,email,notes,capacity\n"
                            "Anna,Berg,anna@example.dk,\"two\nlines\",2\n"  // lines 2–3
                            "Bo,Dahl,not-an-address,,1\n"                    // line 4
                            "Cai,,cai@example.dk,,x\n";                       // line 5
    const ImportReport report = importText(*t, Register::Mentors, file);
    CHECK_FALSE(report.ok());
    CHECK(report.imported == 0);
    const QStringList errors = errorTexts(report);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(report.errors.size() == 3);
    CHECK(errors.at(0) == u"4:3 email: \"not-an-address\" is not an e-mail address (expected name@example.dk)."_s);
    CHECK(errors.at(1) == u"5:5 capacity: \"x\" is not a whole number."_s);
    CHECK(errors.at(2) == u"5:2 last_name: Last name is required."_s);
    CHECK(t.rowCount(u"mentor"_s) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}

TEST_CASE("An unknown column is an error naming it, unless ignored", "[csv][import]")
{
    TestDatabase t;
    const QByteArray file = "first_name;last_name;phone;shoe_size\nAnna;Berg;12345678;38\n";
    ImportReport report = importText(*t, Register::Mentors, file);
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().line == 1);
    CHECK(report.errors.first().column == 4);
    CHECK(report.errors.first().message.contains(u"Unknown column \"shoe_size\""_s));
    CHECK(t.rowCount(u"mentor"_s) == 0);

    ImportOptions options;
    options.ignoreUnknownColumns = true;
    report = importText(*t, Register::Mentors, file, options);
    CHECK(report.ok());
    CHECK(report.imported == 1);
    CHECK(report.ignoredColumns == QStringList{u"shoe_size"_s});
}

TEST_CASE("first_name and last_name columns are required, and a column may not be given twice", "[csv][import]")
{
    TestDatabase t;
    ImportReport report = importText(*t, Register::Mentees, "fornavn;email\nAnna;a@example.dk\n");
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().message == u"The file has no last_name column; it is required."_s);
    report = importText(*t, Register::Mentees, "first_name;last_name;efternavn\nAnna;Berg;Berg\n");
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().column == 3);
    CHECK(report.errors.first().message.contains(u"like column 2"_s));
}

TEST_CASE("Duplicate CPR numbers in the file or the database are refused", "[csv][import]")
{
    TestDatabase t;
    const QByteArray first = "first_name;last_name;cpr\nFatima;Hussein;010190-1234\n";
    REQUIRE(importText(*t, Register::Mentees, first).ok());
    const QByteArray second = "first_name;last_name;cpr\n"
                              "Ali;Omar;0102851234\n"       // line 2
                              "Ali;Omar;010285-1234\n"      // line 3: same number, other shape
                              "Fatima;Hussein;010190-1234\n";  // line 4: already in the database
    const ImportReport report = importText(*t, Register::Mentees, second);
    const QStringList errors = errorTexts(report);
    INFO(errors.join(u'\n').toStdString());
    REQUIRE(errors.size() == 2);
    CHECK(errors.at(0) == u"3:3 cpr: line 2 has the same CPR number."_s);
    CHECK(errors.at(1) == u"4:3 cpr: mentee 1 already has this CPR number."_s);
    CHECK(t.rowCount(u"mentee"_s) == 1);
}

TEST_CASE("A mentor whose e-mail address is already registered is refused", "[csv][import]")
{
    TestDatabase t;
    REQUIRE(importText(*t, Register::Mentors, "first_name,last_name,email\nAnna,Berg,Anna@Example.dk\n").ok());
    const ImportReport report = importText(*t, Register::Mentors, "first_name,last_name,email\nAnne,Berg,anna@example.dk\n");
    REQUIRE(report.errors.size() == 1);
    CHECK(report.errors.first().message == u"email: mentor 1 already has this e-mail address."_s);
}

TEST_CASE("A dry run reports what would be imported and writes nothing", "[csv][import]")
{
    TestDatabase t;
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = importText(*t, Register::Mentees, "first_name;last_name;scheme\nAnna;Berg;Ny ordning\nBo;Dahl;\n", options);
    CHECK(report.ok());
    CHECK(report.imported == 2);
    CHECK(t.rowCount(u"mentee"_s) == 0);
    CHECK(t.rowCount(u"scheme"_s) == 0);  // not even the schemes the file names
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}

TEST_CASE("Mentees go to the scheme the file names, created if new, else to the first scheme", "[csv][import]")
{
    TestDatabase t;
    const ImportReport report = importText(*t, Register::Mentees, "first_name;last_name;ordning;målgruppe\n"
                                                                  "Anna;Berg;Frivillig integrationsmentor;refugee_immigrant\n"
                                                                  "Bo;Dahl;;Job-ready\n");
    INFO(errorTexts(report).join(u'\n').toStdString());
    REQUIRE(report.ok());
    CHECK(report.createdSchemes == QStringList{u"Frivillig integrationsmentor"_s});
    const QList<domain::Scheme> schemes = storage::SchemeRepository(*t).all();
    REQUIRE(schemes.size() == 2);  // the general default scheme and the named one
    const QList<domain::Mentee> mentees = storage::MenteeRepository(*t).page(0, 10);
    REQUIRE(mentees.size() == 2);
    CHECK(mentees.at(0).lastName == u"Berg"_s);
    CHECK(mentees.at(0).targetGroup == domain::TargetGroup::RefugeeImmigrant);
    CHECK(mentees.at(1).targetGroup == domain::TargetGroup::JobReady);  // the English label works too
    CHECK(mentees.at(0).schemeId != mentees.at(1).schemeId);
}

TEST_CASE("Cancelling an import leaves the database as it was", "[csv][import]")
{
    TestDatabase t;
    const QByteArray file = mentorsFile(12000);
    int calls = 0;
    const ImportReport report = importText(*t, Register::Mentors, file, {}, [&](int done, int total) {
        ++calls;
        CHECK(total == 12000);
        return done <= 5000;  // cancel after the first chunk of 5,000 rows was written
    });
    CHECK(report.cancelled);
    CHECK_FALSE(report.ok());
    CHECK(calls == 2);
    CHECK(t.rowCount(u"mentor"_s) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}

TEST_CASE("Problems after the first chunk are found with their lines, and nothing is written", "[csv][import]")
{
    TestDatabase t;
    QByteArray file = "first_name;last_name;cpr\n";
    for (int i = 0; i < 12000; ++i) {
        // Line i + 2 of the file. CPR numbers unique by day and serial, except two repeats.
        const int d = i % 336, serial = i / 336;
        QByteArray cpr = QByteArray::number(1 + d % 28).rightJustified(2, '0') + QByteArray::number(1 + d / 28).rightJustified(2, '0')
                         + "90-" + QByteArray::number(serial).rightJustified(4, '0');
        if (i == 9000)
            cpr = "010190-0000";  // the same as line 2, across chunks
        const QByteArray last = i == 11000 ? QByteArray() : "Berg" + QByteArray::number(i);  // required
        file += "Anna;" + last + ';' + cpr + '\n';
    }
    const ImportReport report = importText(*t, Register::Mentees, file);
    CHECK(errorTexts(report) == QStringList{u"9002:3 cpr: line 2 has the same CPR number."_s,
                                            u"11002:2 last_name: Last name is required."_s});
    CHECK(t.rowCount(u"mentee"_s) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}

TEST_CASE("An import of several chunks writes every row once, in file order", "[csv][import]")
{
    TestDatabase t;
    const QByteArray file = mentorsFile(11000);
    int calls = 0;
    const ImportReport report = importText(*t, Register::Mentors, file, {}, [&](int done, int total) {
        CHECK(total == 11000);
        CHECK(done == std::min(++calls * 5000, 11000));
        return true;
    });
    REQUIRE(report.ok());
    CHECK(report.imported == 11000);
    CHECK(calls == 3);
    CHECK(t.rowCount(u"mentor"_s) == 11000);
    CHECK(scalarOf(t.connection(), u"SELECT last_name FROM mentor WHERE id = 10001"_s).toString() == u"Berg10000"_s);
    CHECK(t.rowCount(u"audit_event"_s) == 11000);
}
