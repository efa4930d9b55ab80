#include "qtcatch.h"

#include "clirun.h"
#include "storage/database.h"
#include "storage/matchingqueries.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using mentordesk::cli::Cli;
using mentordesk::testing::CliRun;
using mentordesk::testing::runCli;

namespace {

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

namespace {

// A database with the demo data the match tests run on.
QString demoDatabase(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(u"demo.sqlite"_s);
    const CliRun generated = runCli({u"--db"_s, db, u"generate"_s, u"--mentors"_s, u"20"_s, u"--mentees"_s, u"60"_s, u"--seed"_s, u"3"_s});
    INFO(generated.err.toStdString());
    REQUIRE(generated.exitCode == 0);
    return db;
}

// The database after a CLI run, to check what the run stored.
std::unique_ptr<mentordesk::storage::Database> openExisting(const QString &path)
{
    auto opened = mentordesk::storage::Database::open(path, mentordesk::storage::Database::Mode::OpenExisting);
    INFO(opened.message.toStdString());
    REQUIRE(opened.ok());
    return std::move(opened.database);
}

struct MatchSummary {
    int matched = -1;
    int open = -1;
    long long totalScore = -1;
};

// The result line "matched N of M mentees, total score T" at the start of `out`.
MatchSummary summaryOf(const QString &out)
{
    static const QRegularExpression line(u"^matched (\\d+) of (\\d+) mentees, total score (\\d+)\n"_s);
    const QRegularExpressionMatch m = line.match(out);
    INFO(out.toStdString());
    REQUIRE(m.hasMatch());
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toLongLong()};
}

// The lines of a dump file after its header, which must be `header`; LF line ends, no BOM.
QStringList dumpRows(const QString &path, const QString &header)
{
    QFile file(path);
    INFO(path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(QByteArray(header.toUtf8() + '\n')));
    CHECK(bytes.endsWith('\n'));
    CHECK_FALSE(bytes.contains('\r'));
    QStringList lines = QString::fromUtf8(bytes).split(u'\n');
    lines.removeLast();
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.takeFirst() == header);
    return lines;
}

// The mentee ids of assignment or score rows.
QSet<QString> menteesOf(const QStringList &rows)
{
    QSet<QString> ids;
    for (const QString &row : rows)
        ids.insert(row.section(u';', 0, 0));
    return ids;
}

} // namespace

TEST_CASE("mentordesk-cli match --dump writes the problem and the optimal assignment")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString dump = dir.filePath(u"dump/run1"_s);
    const CliRun run = runCli({u"--db"_s, db, u"match"_s, u"--dump"_s, dump});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const MatchSummary summary = summaryOf(run.out);
    CHECK(run.out == u"matched %1 of %2 mentees, total score %3\n"_s.arg(summary.matched).arg(summary.open).arg(summary.totalScore));
    CHECK(summary.matched > 0);
    CHECK(summary.matched <= summary.open);

    const QStringList scores = dumpRows(QDir(dump).filePath(u"scores.csv"_s), u"mentee_id;mentor_id;score"_s);
    const QStringList capacities = dumpRows(QDir(dump).filePath(u"capacities.csv"_s), u"mentor_id;free_capacity"_s);
    const QStringList assignment = dumpRows(QDir(dump).filePath(u"assignment.csv"_s), u"mentee_id;mentor_id;score"_s);
    CHECK(capacities.size() == 20);  // every demo mentor is active
    CHECK(assignment.size() == summary.matched);
    CHECK(menteesOf(assignment).size() == assignment.size());  // a mentee at most once
    CHECK(menteesOf(scores).size() <= summary.open);

    const QSet<QString> scored(scores.cbegin(), scores.cend());
    QHash<QString, int> freeCapacity;
    for (const QString &row : capacities)
        freeCapacity.insert(row.section(u';', 0, 0), row.section(u';', 1, 1).toInt());
    QHash<QString, int> taken;
    long long total = 0;
    for (const QString &row : assignment) {
        INFO(row.toStdString());
        CHECK(scored.contains(row));
        ++taken[row.section(u';', 1, 1)];
        total += row.section(u';', 2, 2).toLongLong();
    }
    CHECK(total == summary.totalScore);
    {
        // Free capacity: the places left beside current mentees and open proposals.
        const auto database = openExisting(db);
        const auto loads = mentordesk::storage::MatchingQueries(*database).mentorLoads();
        for (const mentordesk::domain::Mentor &mentor : mentordesk::storage::MentorRepository(*database).active()) {
            const auto load = loads.value(mentor.id);
            INFO("mentor " << mentor.id);
            CHECK(freeCapacity.value(QString::number(mentor.id), -1) == std::max(0, mentor.capacity - load.approved - load.proposed));
        }
    }
    for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
        INFO("mentor " << it.key().toStdString());
        REQUIRE(freeCapacity.contains(it.key()));
        CHECK(it.value() <= freeCapacity.value(it.key()));
    }
    for (const QString &row : scores) {
        const int score = row.section(u';', 2, 2).toInt();
        CHECK(score >= 0);
        CHECK(score <= 100);
    }

    // The same database gives the same run.
    const QString again = dir.filePath(u"dump/run2"_s);
    CHECK(runCli({u"--db"_s, db, u"match"_s, u"--dump"_s, again}).out == run.out);
    CHECK(dumpRows(QDir(again).filePath(u"assignment.csv"_s), u"mentee_id;mentor_id;score"_s) == assignment);
}

TEST_CASE("mentordesk-cli match --propose stores the assignment and the next run leaves those mentees out")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString dump = dir.filePath(u"first"_s);
    const CliRun first = runCli({u"--db"_s, db, u"match"_s, u"--dump"_s, dump, u"--propose"_s});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    const MatchSummary proposed = summaryOf(first.out);
    CHECK(proposed.matched > 0);
    CHECK(first.out.endsWith(u"\nproposed %1\n"_s.arg(proposed.matched)));
    const QSet<QString> proposedMentees = menteesOf(dumpRows(QDir(dump).filePath(u"assignment.csv"_s), u"mentee_id;mentor_id;score"_s));
    {
        QSet<QString> open;
        for (const auto id : mentordesk::storage::MatchingQueries(*openExisting(db)).menteesWithOpenProposal())
            open.insert(QString::number(id));
        CHECK(open == proposedMentees);
    }

    const QString secondDump = dir.filePath(u"second"_s);
    const CliRun second = runCli({u"--db"_s, db, u"match"_s, u"--dump"_s, secondDump});
    REQUIRE(second.exitCode == 0);
    const MatchSummary next = summaryOf(second.out);
    CHECK(next.open == proposed.open - proposed.matched);
    CHECK(next.matched <= next.open);
    CHECK(second.err.contains(u"%1 mentee(s) with an open proposal are left out"_s.arg(proposed.matched)));
    CHECK_FALSE(second.out.contains(u"proposed"_s));
    // Neither scored nor assigned again.
    const QStringList secondScores = dumpRows(QDir(secondDump).filePath(u"scores.csv"_s), u"mentee_id;mentor_id;score"_s);
    CHECK_FALSE(menteesOf(secondScores).intersects(proposedMentees));
}

TEST_CASE("mentordesk-cli match --scheme runs on that scheme's open mentees only")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    QSet<QString> ofScheme;
    int all = 0;
    {
        const auto database = openExisting(db);
        all = int(mentordesk::storage::MenteeRepository(*database).openForMatching().size());
        for (const auto &mentee : mentordesk::storage::MenteeRepository(*database).openForMatching(2))
            ofScheme.insert(QString::number(mentee.id));
    }
    REQUIRE_FALSE(ofScheme.isEmpty());
    REQUIRE(ofScheme.size() < all);
    const QString dump = dir.filePath(u"scheme2"_s);
    const CliRun run = runCli({u"--db"_s, db, u"match"_s, u"--scheme"_s, u"2"_s, u"--dump"_s, dump});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const MatchSummary summary = summaryOf(run.out);
    CHECK(summary.open == ofScheme.size());
    CHECK(ofScheme.contains(menteesOf(dumpRows(QDir(dump).filePath(u"scores.csv"_s), u"mentee_id;mentor_id;score"_s))));
    CHECK(ofScheme.contains(menteesOf(dumpRows(QDir(dump).filePath(u"assignment.csv"_s), u"mentee_id;mentor_id;score"_s))));
    CHECK(summaryOf(runCli({u"--db"_s, db, u"match"_s}).out).open == all);
}

TEST_CASE("mentordesk-cli match refuses an unknown scheme and a scheme that is not a number")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.sqlite"_s);
    REQUIRE(runCli({u"--db"_s, db, u"init"_s}).exitCode == 0);
    const CliRun unknown = runCli({u"--db"_s, db, u"match"_s, u"--scheme"_s, u"999"_s});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"There is no scheme with id 999."_s));
    CHECK(unknown.out.isEmpty());
    const CliRun notNumber = runCli({u"--db"_s, db, u"match"_s, u"--scheme"_s, u"abc"_s});
    CHECK(notNumber.exitCode == 2);
    CHECK(notNumber.err.contains(u"--scheme takes the id of a scheme, a whole number."_s));
    CHECK(notNumber.out.isEmpty());
    // An empty register: nothing to match, still a result line.
    const CliRun empty = runCli({u"--db"_s, db, u"match"_s});
    CHECK(empty.exitCode == 0);
    CHECK(empty.out == u"matched 0 of 0 mentees, total score 0\n"_s);
}
