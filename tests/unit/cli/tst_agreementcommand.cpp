#include "clirun.h"
#include "pdftext.h"

#include "storage/agreementrepository.h"
#include "storage/courserepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using mentordesk::testing::CliRun;
using mentordesk::testing::pdfText;
using mentordesk::testing::runCli;

namespace {

// A demo file: its open courses carry agreements, a few new ones none yet.
QString demoFile(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(u"demo.mentordesk"_s);
    REQUIRE(runCli({u"--db"_s, db, u"generate"_s, u"--mentors"_s, u"20"_s, u"--mentees"_s, u"60"_s, u"--seed"_s, u"7"_s}).exitCode == 0);
    return db;
}

// An open course with a mentor, purpose, tasks and a grant: one that can be printed.
domain::Id printableCourse(const QString &path)
{
    const storage::OpenResult opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    storage::CourseRepository courses(*opened.database);
    for (const domain::Course &c : courses.page(0, 1000))
        if (c.status == domain::CourseStatus::Active && c.currentMatchId > 0 && !c.purpose.isEmpty())
            return c.id;
    FAIL("no active course in the demo file");
    return 0;
}

int versionsOf(const QString &path, domain::Id courseId)
{
    const storage::OpenResult opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    return int(storage::AgreementRepository(*opened.database).forCourse(courseId).size());
}

} // namespace

TEST_CASE("mentordesk-cli agreement prints a course's agreement to PDF as its next version")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);
    const domain::Id courseId = printableCourse(db);
    const int before = versionsOf(db, courseId);
    const QString pdf = dir.filePath(u"aftale.pdf"_s);

    const CliRun printed = runCli({u"--db"_s, db, u"agreement"_s, QString::number(courseId), u"--pdf"_s, pdf});
    INFO(printed.err.toStdString());
    REQUIRE(printed.exitCode == 0);
    CHECK(printed.out == u"printed agreement version %1 of course %2 to %3\n"_s.arg(before + 1).arg(courseId).arg(QDir::toNativeSeparators(pdf)));
    CHECK(versionsOf(db, courseId) == before + 1);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Mentoraftale"_s));
    CHECK(text.contains(u"Klagevejledning"_s));
    CHECK(text.contains(u"Side 1 af"_s));

    SECTION("--lang en prints it in English")
    {
        const QString english = dir.filePath(u"agreement.pdf"_s);
        REQUIRE(runCli({u"--db"_s, db, u"agreement"_s, QString::number(courseId), u"--pdf"_s, english, u"--lang"_s, u"en"_s}).exitCode == 0);
        const QString englishText = pdfText(english);
        CHECK(englishText.contains(u"Mentor agreement"_s));
        CHECK(englishText.contains(u"Complaint guidance"_s));
        CHECK(englishText.contains(u"Page 1 of"_s));
    }
}

TEST_CASE("mentordesk-cli agreement --due prints every open course without a current agreement")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);
    const QString folder = dir.filePath(u"due"_s);
    // One course loses its grant (the file says so; the forms would not let it happen): it is
    // due and cannot be printed.
    const domain::Id withoutGrant = printableCourse(db);
    {
        const storage::OpenResult opened = storage::Database::open(db, storage::Database::Mode::OpenExisting);
        REQUIRE(opened.ok());
        QSqlQuery q(opened.database->connection());
        REQUIRE(q.exec(u"DELETE FROM course_grant WHERE course_id = %1"_s.arg(withoutGrant)));
    }

    const CliRun first = runCli({u"--db"_s, db, u"agreement"_s, u"--due"_s, folder});
    const QStringList files = QDir(folder).entryList({u"*.pdf"_s}, QDir::Files);
    INFO(first.err.toStdString());
    REQUIRE(first.out.startsWith(u"printed %1 of "_s.arg(files.size())));
    CHECK(first.out.endsWith(u" agreements due into %1\n"_s.arg(QDir::toNativeSeparators(folder))));
    CHECK_FALSE(files.isEmpty());
    for (const QString &file : files)
        CHECK(QRegularExpression(u"^mentoraftale-\\d+-v\\d+\\.pdf$"_s).match(file).hasMatch());
    // The courses that cannot be printed yet say why, and make the exit code 1.
    CHECK(first.exitCode == 1);
    CHECK(first.err.contains(u"The agreement for course %1 cannot be printed: it lacks the hours per week (a grant).\n"_s.arg(withoutGrant)));
    CHECK(first.err.count(u"cannot be printed"_s) == first.err.count(u'\n'));
    CHECK(files.filter(QRegularExpression(u"^mentoraftale-%1-v"_s.arg(withoutGrant))).isEmpty());

    // What was printed is current now: a second run prints only what still cannot be printed.
    const CliRun second = runCli({u"--db"_s, db, u"agreement"_s, u"--due"_s, folder});
    CHECK(second.out.startsWith(u"printed 0 of "_s));
    CHECK(QDir(folder).entryList({u"*.pdf"_s}, QDir::Files).size() == files.size());
}

TEST_CASE("mentordesk-cli agreement refuses wrong usage with exit code 2 and a course it cannot print with 1")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);
    const QString pdf = dir.filePath(u"x.pdf"_s);
    for (const QStringList &arguments : {QStringList{u"agreement"_s}, QStringList{u"agreement"_s, u"3"_s},
                                         QStringList{u"agreement"_s, u"three"_s, u"--pdf"_s, pdf},
                                         QStringList{u"agreement"_s, u"3"_s, u"--pdf"_s, pdf, u"--lang"_s, u"de"_s},
                                         QStringList{u"agreement"_s, u"3"_s, u"--pdf"_s, pdf, u"--due"_s, dir.path()}}) {
        INFO(arguments.join(u' ').toStdString());
        const CliRun wrong = runCli(QStringList{u"--db"_s, db} + arguments);
        CHECK(wrong.exitCode == 2);
        CHECK_FALSE(wrong.err.isEmpty());
        CHECK(wrong.out.isEmpty());
    }
    const CliRun missing = runCli({u"--db"_s, db, u"agreement"_s, u"99999"_s, u"--pdf"_s, pdf});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err == u"Course 99999 does not exist.\n"_s);
    CHECK_FALSE(QFileInfo::exists(pdf));
    const CliRun noFile = runCli({u"--db"_s, dir.filePath(u"nothing.mentordesk"_s), u"agreement"_s, u"1"_s, u"--pdf"_s, pdf});
    CHECK(noFile.exitCode == 1);
}
