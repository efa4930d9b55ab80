#include "qtcatch.h"

#include "cli.h"
#include "storage/migrations.h"

#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using mentordesk::cli::Cli;

namespace {

struct CliRun {
    int exitCode;
    QString out;
    QString err;
};

CliRun runCli(QStringList arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    arguments.prepend(u"mentordesk-cli"_s);
    const int code = Cli(outStream, errStream).run(arguments);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace

TEST_CASE("mentordesk-cli --help lists the commands and exits 0")
{
    const CliRun run = runCli({u"--help"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(u"init"_s));
    CHECK(run.out.contains(u"generate --mentors N --mentees M [--seed S]"_s));
    CHECK(run.out.contains(u"--db <FILE>"_s));
}

TEST_CASE("mentordesk-cli refuses wrong usage with exit code 2")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    SECTION("no command")
    {
        const CliRun run = runCli({u"--db"_s, db});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"Name one command"_s));
    }
    SECTION("unknown command")
    {
        const CliRun run = runCli({u"--db"_s, db, u"frobnicate"_s});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"Unknown command \"frobnicate\""_s));
    }
    SECTION("unknown option")
    {
        const CliRun run = runCli({u"--colour"_s, u"init"_s});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"colour"_s));
    }
    SECTION("generate without counts")
    {
        const CliRun run = runCli({u"--db"_s, db, u"generate"_s, u"--mentors"_s, u"3"_s});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"--mentees M"_s));
    }
    SECTION("generate with a count that is not a number")
    {
        const CliRun run = runCli({u"--db"_s, db, u"generate"_s, u"--mentors"_s, u"many"_s, u"--mentees"_s, u"3"_s});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(u"whole numbers"_s));
    }
    CHECK_FALSE(QFile::exists(db));  // usage errors never create a file
}

TEST_CASE("mentordesk-cli init creates a database at the latest version")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"sub/folder/new.sqlite"_s);
    const CliRun run = runCli({u"--db"_s, db, u"init"_s});
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.contains(u"is ready (data version %1)"_s.arg(mentordesk::storage::latestSchemaVersion())));
    CHECK(QFile::exists(db));
    // Running it again on the same file is fine.
    CHECK(runCli({u"--db"_s, db, u"init"_s}).exitCode == 0);
}

TEST_CASE("mentordesk-cli init on a file that is not a database fails with exit code 1 and leaves it")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"notes.txt"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("Dear diary, this is not SQLite.\n");
    file.close();
    const CliRun run = runCli({u"--db"_s, path, u"init"_s});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"is not a MentorDesk database"_s));
    CHECK(run.err.contains(u"notes.txt"_s));
    QFile check(path);
    REQUIRE(check.open(QIODevice::ReadOnly));
    CHECK(check.readAll() == QByteArray("Dear diary, this is not SQLite.\n"));
}

TEST_CASE("mentordesk-cli generate adds demo data and reports the counts, the same for the same seed")
{
    QTemporaryDir dir;
    const QStringList args = {u"generate"_s, u"--mentors"_s, u"6"_s, u"--mentees"_s, u"15"_s, u"--seed"_s, u"42"_s};
    const CliRun first = runCli(QStringList{u"--db"_s, dir.filePath(u"a.sqlite"_s)} + args);
    const CliRun second = runCli(QStringList{u"--db"_s, dir.filePath(u"b.sqlite"_s)} + args);
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.startsWith(u"Added mentors: 6, mentees: 15, "_s));
    CHECK(first.out == second.out);
    const CliRun other = runCli({u"--db"_s, dir.filePath(u"c.sqlite"_s), u"generate"_s, u"--mentors"_s, u"6"_s,
                                 u"--mentees"_s, u"15"_s, u"--seed"_s, u"43"_s});
    CHECK(other.exitCode == 0);
}

TEST_CASE("mentordesk-cli import and export round-trip and print the contract lines")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"source.sqlite"_s);
    const QString target = dir.filePath(u"target.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, source, u"generate"_s, u"--mentors"_s, u"5"_s, u"--mentees"_s, u"9"_s}).exitCode == 0);
    const QString mentors = dir.filePath(u"mentors.csv"_s);
    const CliRun exported = runCli({u"--db"_s, source, u"export"_s, u"mentors"_s, mentors});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out == u"exported 5 mentors\n"_s);

    // Import never creates a database: a mistyped --db must not become an empty register.
    const CliRun missing = runCli({u"--db"_s, target, u"import"_s, u"mentors"_s, mentors});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"does not exist"_s));
    CHECK_FALSE(QFile::exists(target));
    REQUIRE(runCli({u"--db"_s, target, u"init"_s}).exitCode == 0);
    const CliRun dry = runCli({u"--db"_s, target, u"import"_s, u"mentors"_s, mentors, u"--dry-run"_s});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out == u"dry run: would import 5 mentors, nothing written\n"_s);
    const CliRun imported = runCli({u"--db"_s, target, u"import"_s, u"mentors"_s, mentors});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == u"imported 5 mentors\n"_s);

    // The same file again: every mentor is a duplicate, nothing is written, exit code 1.
    const CliRun again = runCli({u"--db"_s, target, u"import"_s, u"mentors"_s, mentors});
    CHECK(again.exitCode == 1);
    CHECK(again.out.isEmpty());
    CHECK(again.err.contains(u"mentors.csv, line 2, column 4: email: mentor 1 already has this e-mail address."_s));
    CHECK(again.err.contains(u"Nothing was imported: 5 problem(s) found."_s));

    for (const QString &what : {u"mentees"_s, u"courses"_s, u"sessions"_s}) {
        const CliRun run = runCli({u"--db"_s, source, u"export"_s, what, dir.filePath(what + u".csv"_s), u"--dialect"_s, u"rfc4180"_s});
        CHECK(run.exitCode == 0);
        CHECK(run.out.startsWith(u"exported "_s));
    }
}

TEST_CASE("mentordesk-cli import and export refuse wrong usage")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    CHECK(runCli({u"--db"_s, db, u"import"_s, u"mentors"_s}).exitCode == 2);
    CHECK(runCli({u"--db"_s, db, u"import"_s, u"people"_s, u"a.csv"_s}).err.contains(u"mentors or mentees"_s));
    CHECK(runCli({u"--db"_s, db, u"export"_s, u"goals"_s, u"a.csv"_s}).exitCode == 2);
    const CliRun dialect = runCli({u"--db"_s, db, u"export"_s, u"mentors"_s, u"a.csv"_s, u"--dialect"_s, u"excel"_s});
    CHECK(dialect.exitCode == 2);
    CHECK(dialect.err.contains(u"excel-da or rfc4180"_s));
    // Exporting from a file that does not exist creates nothing.
    const CliRun missing = runCli({u"--db"_s, db, u"export"_s, u"mentors"_s, dir.filePath(u"a.csv"_s)});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(db));
}

TEST_CASE("mentordesk-cli import reports a malformed file with its line and exits 1")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"broken.csv"_s);
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("first_name;last_name;phone\nAnna;Berg;12345678\nBo;\"Dahl;12345678\n");
    f.close();
    const QString db = dir.filePath(u"x.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"init"_s}).exitCode == 0);
    const CliRun run = runCli({u"--db"_s, db, u"import"_s, u"mentors"_s, file});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(u"broken.csv, line 3"_s));
    CHECK(run.out.isEmpty());
}
