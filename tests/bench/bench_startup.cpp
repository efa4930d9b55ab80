// Start-up times: the GUI from process start to first paint (offscreen, on a database with demo
// data) and `mentordesk-cli init` on a new file. Median of 10 runs each.
// Run: build-release/bin/bench_startup   (the programs are taken from the same folder)
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 10;

double runMs(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << process.readAllStandardError() << Qt::endl;
        std::exit(1);
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values.at(values.size() / 2)
                             : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QDir bin(QCoreApplication::applicationDirPath());
    const QString gui = bin.filePath(u"mentordesk"_s);
    const QString cli = bin.filePath(u"mentordesk-cli"_s);
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, dir.path());  // fresh settings, logs and app data
    env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));

    const QString demoDb = dir.filePath(u"demo.sqlite"_s);
    runMs(cli, {u"--db"_s, demoDb, u"generate"_s, u"--mentors"_s, u"40"_s, u"--mentees"_s, u"120"_s}, env);

    QList<double> guiTimes, cliTimes;
    for (int i = 0; i < kRuns; ++i) {
        guiTimes << runMs(gui, {u"--db"_s, demoDb, u"--quit-after-first-paint"_s}, env);
        cliTimes << runMs(cli, {u"--db"_s, dir.filePath(u"new-%1.sqlite"_s.arg(i)), u"init"_s}, env);
    }
    QTextStream out(stdout);
    out << "GUI start to first paint (offscreen, 40 mentors / 120 mentees), median of " << kRuns << ": "
        << QString::number(median(guiTimes), 'f', 0) << " ms (min " << QString::number(*std::min_element(guiTimes.begin(), guiTimes.end()), 'f', 0)
        << ", max " << QString::number(*std::max_element(guiTimes.begin(), guiTimes.end()), 'f', 0) << ")\n";
    out << "mentordesk-cli init on a new file, median of " << kRuns << ": " << QString::number(median(cliTimes), 'f', 0)
        << " ms (min " << QString::number(*std::min_element(cliTimes.begin(), cliTimes.end()), 'f', 0) << ", max "
        << QString::number(*std::max_element(cliTimes.begin(), cliTimes.end()), 'f', 0) << ")\n";
    return 0;
}
