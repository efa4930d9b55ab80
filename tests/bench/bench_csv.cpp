// CSV import and export of 100,000 mentees through mentordesk-cli (the same code as the GUI),
// median of 5, and the peak memory of the import process.
// Run: build-release/bin/bench_csv   (mentordesk-cli is taken from the same folder)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMentees = 100'000;
constexpr int kRuns = 5;

// A realistic excel-da file: BOM, ';', CRLF, Danish letters, quoted lists, unique CPR numbers.
void writeMenteeFile(const QString &path)
{
    static const QStringList first = {u"Søren"_s, u"Åse"_s, u"Fatima"_s, u"Mads"_s, u"Ida"_s, u"Omar"_s, u"Æbelø"_s};
    static const QStringList last = {u"Jensen"_s, u"Ærø"_s, u"Østergaard"_s, u"Hussein"_s, u"Nielsen"_s, u"Aabenraa"_s};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        std::exit(1);
    QTextStream out(&file);
    out << QChar(0xFEFF)
        << "external_id;first_name;last_name;cpr;email;phone;gender;birth_year;postcode;languages;target_group;goal;"
           "preferred_mentor_gender;hours_per_week_granted;interests;notes\r\n";
    for (int i = 0; i < kMentees; ++i) {
        // 13,440 dates × 8 serial numbers: every CPR number is unique, every date valid.
        const int d = i % 13440, serial = i / 13440;
        const QString cpr = u"%1%2%3-000%4"_s.arg(1 + d % 28, 2, 10, QLatin1Char('0'))
                                .arg(1 + d / 28 % 12, 2, 10, QLatin1Char('0'))
                                .arg(60 + d / 336, 2, 10, QLatin1Char('0'))
                                .arg(serial);
        out << "B" << i << ';' << first.at(i % first.size()) << ';' << last.at(i % last.size()) << ';' << cpr << ";borger" << i
            << "@example.dk;" << (20000000 + i) << ';' << (i % 2 ? "female" : "male") << ";;" << (1000 + i % 8990)
            << ";\"dansk, arabisk\";refugee_immigrant;Tage bussen alene til praktikstedet;;2,5;\"fodbold, musik\";"
               "\"Har svært ved at møde stabilt op; brug for hjælp til post fra kommunen.\"\r\n";
    }
}

double runMs(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << ' ' << arguments.join(u' ') << " failed: " << process.readAllStandardError() << Qt::endl;
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString range(const QList<double> &values)
{
    return u"%1 – %2 ms"_s.arg(*std::min_element(values.begin(), values.end()), 0, 'f', 0)
        .arg(*std::max_element(values.begin(), values.end()), 0, 'f', 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(u"mentordesk-cli"_s);
    QTemporaryDir dir;
    qputenv("HOME", dir.path().toLocal8Bit());  // the CLI's settings and logs stay in the temporary folder
    const QString csv = dir.filePath(u"mentees.csv"_s);
    writeMenteeFile(csv);

    QList<double> imports, exports;
    for (int i = 0; i < kRuns; ++i) {
        const QString db = dir.filePath(u"import-%1.sqlite"_s.arg(i));
        runMs(cli, {u"--db"_s, db, u"init"_s});  // import never creates a database; not timed
        imports << runMs(cli, {u"--db"_s, db, u"import"_s, u"mentees"_s, csv});
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);  // the largest peak of any finished child: an import
    const double peakMb = double(usage.ru_maxrss) / 1024.0;
    for (int i = 0; i < kRuns; ++i)
        exports << runMs(cli, {u"--db"_s, dir.filePath(u"import-0.sqlite"_s), u"export"_s, u"mentees"_s,
                               dir.filePath(u"export-%1.csv"_s.arg(i))});

    QTextStream out(stdout);
    out << "CSV file: " << kMentees << " mentees, " << QString::number(QFileInfo(csv).size() / 1e6, 'f', 1) << " MB\n";
    out << "import (mentordesk-cli import mentees), median of " << kRuns << ": " << QString::number(median(imports), 'f', 0)
        << " ms (" << range(imports) << "), peak memory " << QString::number(peakMb, 'f', 0) << " MB\n";
    out << "export (mentordesk-cli export mentees), median of " << kRuns << ": " << QString::number(median(exports), 'f', 0)
        << " ms (" << range(exports) << ")\n";
    return 0;
}
