#include "cli.h"

#include "demo/demodata.h"
#include "storage/database.h"
#include "storage/defaultpaths.h"
#include "storage/migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace mentordesk::storage;

Q_LOGGING_CATEGORY(lcCli, "mentordesk.cli")

namespace mentordesk::cli {

namespace {

std::optional<qint64> parseCount(const QString &text, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 && value <= max ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

int Cli::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("MentorDesk without windows: set up and fill databases from scripts.\n\n"
           "Commands:\n"
           "  init                                    create or upgrade the database\n"
           "  generate --mentors N --mentees M [--seed S]\n"
           "                                          add realistic Danish demo data"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, tr("The database file (default: %1).").arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                      tr("FILE"), defaultDatabasePath());
    const QCommandLineOption mentorsOption(u"mentors"_s, tr("generate: number of mentors."), tr("N"));
    const QCommandLineOption menteesOption(u"mentees"_s, tr("generate: number of mentees."), tr("M"));
    const QCommandLineOption seedOption(u"seed"_s, tr("generate: random seed; the same seed gives the same data (default 1)."),
                                       tr("S"), u"1"_s);
    parser.addOptions({dbOption, mentorsOption, menteesOption, seedOption});
    parser.addPositionalArgument(u"command"_s, tr("init or generate"));

    if (!parser.parse(arguments)) {
        m_err << parser.errorText() << Qt::endl;
        return kUsage;
    }
    if (parser.isSet(u"help"_s)) {
        m_out << parser.helpText();
        return kOk;
    }
    if (parser.isSet(u"version"_s)) {
        m_out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        m_err << tr("Name one command: init or generate. See --help.") << Qt::endl;
        return kUsage;
    }
    const QString command = positional.first();
    const QString path = parser.value(dbOption);
    if (command == u"init"_s)
        return init(path);
    if (command == u"generate"_s) {
        if (!parser.isSet(mentorsOption) || !parser.isSet(menteesOption)) {
            m_err << tr("generate needs --mentors N and --mentees M.") << Qt::endl;
            return kUsage;
        }
        const auto mentors = parseCount(parser.value(mentorsOption), 1'000'000);
        const auto mentees = parseCount(parser.value(menteesOption), 10'000'000);
        const auto seed = parseCount(parser.value(seedOption), std::numeric_limits<qint64>::max());
        if (!mentors || !mentees || !seed) {
            m_err << tr("--mentors, --mentees and --seed take whole numbers of 0 or more.") << Qt::endl;
            return kUsage;
        }
        return generate(path, int(*mentors), int(*mentees), quint64(*seed));
    }
    m_err << tr("Unknown command \"%1\". Commands: init, generate. See --help.").arg(command) << Qt::endl;
    return kUsage;
}

int Cli::init(const QString &path)
{
    const OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        return kFailed;
    }
    m_out << tr("Database %1 is ready (data version %2).").arg(QDir::toNativeSeparators(opened.database->path()))
                 .arg(opened.database->schemaVersion())
          << Qt::endl;
    return kOk;
}

int Cli::generate(const QString &path, int mentors, int mentees, quint64 seed)
{
    const OpenResult opened = Database::open(path, Database::Mode::CreateIfMissing);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        return kFailed;
    }
    demo::DemoOptions options;
    options.mentors = mentors;
    options.mentees = mentees;
    options.seed = seed;
    const auto summary = demo::DemoDataGenerator(*opened.database).generate(options);
    if (!summary) {
        m_err << summary.error() << Qt::endl;
        return kFailed;
    }
    qCInfo(lcCli) << "generated demo data:" << summary->mentors << "mentors," << summary->mentees << "mentees";
    m_out << tr("Added mentors: %1, mentees: %2, courses: %3, meetings: %4, logbook entries: %5, goals: %6.")
                 .arg(summary->mentors)
                 .arg(summary->mentees)
                 .arg(summary->courses)
                 .arg(summary->meetings)
                 .arg(summary->logbookEntries)
                 .arg(summary->goals)
          << Qt::endl;
    return kOk;
}

} // namespace mentordesk::cli
