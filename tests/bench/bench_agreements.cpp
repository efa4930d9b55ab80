// Mentor agreements: `mentordesk-cli agreement --due DIR` printing 100 agreements to PDF (fill
// the template, lay out, write A4 PDFs, save each snapshot as a new version with its audit
// entry), on a demo file. Median of 5 runs; before each run 100 printable open courses get a
// changed meeting frequency, so exactly those are due (and the open courses that cannot be
// printed yet are tried and reported).
// Run: build-release/bin/bench_agreements   (mentordesk-cli is taken from the same folder)
#include "agreements/agreementservice.h"
#include "storage/courserepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk;

namespace {

constexpr int kRuns = 5;
constexpr int kAgreements = 100;

[[noreturn]] void fail(const QString &why)
{
    QTextStream(stderr) << why << Qt::endl;
    std::exit(1);
}

QString run(const QString &program, const QStringList &arguments, double *seconds = nullptr)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000))
        fail(program + u" did not finish"_s);
    if (seconds)
        *seconds = double(timer.nsecsElapsed()) / 1e9;
    return QString::fromUtf8(process.readAllStandardOutput()) + QString::fromUtf8(process.readAllStandardError());
}

// Makes kAgreements printable open courses due by changing what the agreement says about meetings.
void makeDue(const QString &path, int round)
{
    storage::OpenResult opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.ok())
        fail(opened.message);
    storage::Database &db = *opened.database;
    storage::CourseRepository courses(db);
    agreements::AgreementService service(db);
    int due = 0;
    const auto open = courses.openCourseIds();
    if (!open)
        fail(open.error());
    for (const domain::Id id : *open) {
        if (due == kAgreements)
            break;
        if (!service.prepare(id, domain::AgreementLanguage::Danish))
            continue;
        domain::Course course = *courses.find(id);
        course.meetingFrequency = u"Hver uge (runde %1)"_s.arg(round);
        if (!courses.update(course))
            fail(u"course %1 could not be changed"_s.arg(id));
        ++due;
    }
    if (due < kAgreements)
        fail(u"only %1 printable open courses"_s.arg(due));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(u"mentordesk-cli"_s);
    QTemporaryDir dir;
    qputenv("HOME", dir.path().toLocal8Bit());  // the CLI's log goes here, not into the user's
    const QString db = dir.filePath(u"demo.mentordesk"_s);
    run(cli, {u"--db"_s, db, u"generate"_s, u"--mentors"_s, u"150"_s, u"--mentees"_s, u"600"_s, u"--seed"_s, u"2026"_s});

    // The demo's own due agreements first, untimed, so each round prints exactly the 100.
    run(cli, {u"--db"_s, db, u"agreement"_s, u"--due"_s, dir.filePath(u"before"_s)});

    QList<double> times;
    QString last;
    for (int round = 1; round <= kRuns; ++round) {
        makeDue(db, round);
        // Due courses that cannot be printed yet (no grant, no mentor) are tried and reported too.
        const QString folder = dir.filePath(u"round-%1"_s.arg(round));
        double seconds = 0;
        last = run(cli, {u"--db"_s, db, u"agreement"_s, u"--due"_s, folder}, &seconds);
        const int files = int(QDir(folder).entryList({u"*.pdf"_s}, QDir::Files).size());
        if (files != kAgreements)
            fail(u"round %1 printed %2 files: %3"_s.arg(round).arg(files).arg(last));
        times << seconds;
    }
    std::sort(times.begin(), times.end());
    QTextStream out(stdout);
    out << u"%1 agreements to PDF via agreement --due: median %2 s (min %3, max %4) of %5 runs"_s.arg(kAgreements)
               .arg(times.at(kRuns / 2), 0, 'f', 2)
               .arg(times.first(), 0, 'f', 2)
               .arg(times.last(), 0, 'f', 2)
               .arg(kRuns)
        << Qt::endl;
    for (const QString &line : last.split(u'\n'))
        if (line.startsWith(u"printed "_s))
            out << u"last run: "_s << line << Qt::endl;
    return 0;
}
