#include "cli.h"

#include "agreementcommand.h"
#include "matchcommand.h"

#include "csv/registerexporter.h"
#include "csv/registerimporter.h"
#include "demo/demodata.h"
#include "domain/enumcodec.h"
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
           "                                          add realistic Danish demo data\n"
           "  import mentors|mentees FILE.csv [--dry-run] [--ignore-unknown]\n"
           "                                          import people from a spreadsheet (all or nothing)\n"
           "  export mentors|mentees|courses|sessions FILE.csv [--dialect excel-da|rfc4180]\n"
           "                                          write a register as CSV\n"
           "  match [--scheme ID] [--dump DIR] [--propose]\n"
           "                                          the best overall assignment of the waiting mentees\n"
           "  agreement COURSE_ID --pdf FILE.pdf [--lang da|en]\n"
           "                                          print a course's mentor agreement to PDF and save it as its next version\n"
           "  agreement --due DIR [--lang da|en]\n"
           "                                          the same for every open course without a current agreement"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, tr("The database file (default: %1).").arg(QDir::toNativeSeparators(defaultDatabasePath())),
                                      tr("FILE"), defaultDatabasePath());
    const QCommandLineOption mentorsOption(u"mentors"_s, tr("generate: number of mentors."), tr("N"));
    const QCommandLineOption menteesOption(u"mentees"_s, tr("generate: number of mentees."), tr("M"));
    const QCommandLineOption seedOption(u"seed"_s, tr("generate: random seed; the same seed gives the same data (default 1)."),
                                       tr("S"), u"1"_s);
    const QCommandLineOption dryRunOption(u"dry-run"_s, tr("import: check the file and report every problem, write nothing."));
    const QCommandLineOption ignoreUnknownOption(u"ignore-unknown"_s, tr("import: skip columns MentorDesk does not know."));
    const QCommandLineOption dialectOption(u"dialect"_s, tr("export: excel-da (default; UTF-8 with BOM, semicolons) or rfc4180."),
                                           tr("DIALECT"), u"excel-da"_s);
    const QCommandLineOption schemeOption(u"scheme"_s, tr("match: only the mentees of this scheme (its id)."), tr("ID"));
    const QCommandLineOption dumpOption(u"dump"_s, tr("match: write scores.csv, capacities.csv and assignment.csv into this folder."),
                                        tr("DIR"));
    const QCommandLineOption proposeOption(u"propose"_s, tr("match: store the assignment as proposals."));
    const QCommandLineOption pdfOption(u"pdf"_s, tr("agreement: the PDF file to write."), tr("FILE"));
    const QCommandLineOption dueOption(u"due"_s, tr("agreement: write the agreements due into this folder."), tr("DIR"));
    const QCommandLineOption langOption(u"lang"_s,
                                        tr("agreement: da or en (default: the language of the course's last agreement, else da)."),
                                        tr("LANG"));
    parser.addOptions({dbOption, mentorsOption, menteesOption, seedOption, dryRunOption, ignoreUnknownOption, dialectOption,
                       schemeOption, dumpOption, proposeOption, pdfOption, dueOption, langOption});
    parser.addPositionalArgument(u"command"_s, tr("init, generate, import, export, match or agreement"));

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
    if (positional.isEmpty()) {
        m_err << tr("Name one command: init, generate, import, export, match or agreement. See --help.") << Qt::endl;
        return kUsage;
    }
    const QString command = positional.first();
    if (command == u"agreement"_s)
        return agreement(parser.value(dbOption), positional.mid(1), parser.value(pdfOption), parser.value(dueOption),
                         parser.isSet(langOption) ? std::optional(parser.value(langOption)) : std::nullopt);
    const bool takesFile = command == u"import"_s || command == u"export"_s;
    if (positional.size() != (takesFile ? 3 : 1)) {
        m_err << (takesFile ? tr("%1 needs what and a file, e.g. %1 mentors mentors.csv. See --help.").arg(command)
                            : tr("%1 takes no further arguments. See --help.").arg(command))
              << Qt::endl;
        return kUsage;
    }
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
    if (command == u"import"_s) {
        if (positional.at(1) != u"mentors"_s && positional.at(1) != u"mentees"_s) {
            m_err << tr("import takes mentors or mentees, not \"%1\".").arg(positional.at(1)) << Qt::endl;
            return kUsage;
        }
        return importFile(path, positional.at(1), positional.at(2), parser.isSet(dryRunOption), parser.isSet(ignoreUnknownOption));
    }
    if (command == u"export"_s) {
        static const QStringList kinds = {u"mentors"_s, u"mentees"_s, u"courses"_s, u"sessions"_s};
        if (!kinds.contains(positional.at(1))) {
            m_err << tr("export takes mentors, mentees, courses or sessions, not \"%1\".").arg(positional.at(1)) << Qt::endl;
            return kUsage;
        }
        const QString dialect = parser.value(dialectOption);
        if (dialect != u"excel-da"_s && dialect != u"rfc4180"_s) {
            m_err << tr("--dialect is excel-da or rfc4180, not \"%1\".").arg(dialect) << Qt::endl;
            return kUsage;
        }
        return exportFile(path, positional.at(1), positional.at(2), dialect);
    }
    if (command == u"match"_s) {
        MatchOptions options;
        if (parser.isSet(schemeOption)) {
            const auto scheme = parseCount(parser.value(schemeOption), std::numeric_limits<qint64>::max());
            if (!scheme || *scheme == 0) {
                m_err << tr("--scheme takes the id of a scheme, a whole number.") << Qt::endl;
                return kUsage;
            }
            options.schemeId = *scheme;
        }
        options.dumpDir = parser.value(dumpOption);
        options.propose = parser.isSet(proposeOption);
        const OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
        if (!opened.ok()) {
            m_err << opened.message << Qt::endl;
            return kFailed;
        }
        return MatchCommand(m_out, m_err).run(*opened.database, options);
    }
    m_err << tr("Unknown command \"%1\". Commands: init, generate, import, export, match, agreement. See --help.").arg(command)
          << Qt::endl;
    return kUsage;
}

int Cli::agreement(const QString &path, const QStringList &arguments, const QString &pdf, const QString &dueDir,
                   const std::optional<QString> &language)
{
    AgreementOptions options;
    if (language) {
        options.language = domain::fromCode<domain::AgreementLanguage>(*language);
        if (!options.language) {
            m_err << tr("--lang is da or en, not \"%1\".").arg(*language) << Qt::endl;
            return kUsage;
        }
    }
    const bool batch = !dueDir.isEmpty();
    if (batch == !pdf.isEmpty() || arguments.size() != (batch ? 0 : 1)) {
        m_err << tr("agreement takes a course id and --pdf FILE.pdf, or --due DIR alone. See --help.") << Qt::endl;
        return kUsage;
    }
    if (!batch) {
        const auto courseId = parseCount(arguments.first(), std::numeric_limits<qint64>::max());
        if (!courseId || *courseId == 0) {
            m_err << tr("The course id is a whole number, not \"%1\".").arg(arguments.first()) << Qt::endl;
            return kUsage;
        }
        options.courseId = *courseId;
        options.pdf = pdf;
    }
    options.dir = dueDir;
    const OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        return kFailed;
    }
    return AgreementCommand(m_out, m_err).run(*opened.database, options);
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

int Cli::importFile(const QString &path, const QString &what, const QString &file, bool dryRun, bool ignoreUnknown)
{
    // Never into a new file: a mistyped --db must not silently become an empty register.
    const OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        if (opened.error == OpenError::NotFound)
            m_err << tr("Create it first with: mentordesk-cli --db FILE init") << Qt::endl;
        return kFailed;
    }
    csv::ImportOptions options;
    options.dryRun = dryRun;
    options.ignoreUnknownColumns = ignoreUnknown;
    const csv::Register reg = what == u"mentors"_s ? csv::Register::Mentors : csv::Register::Mentees;
    const csv::ImportReport report = csv::RegisterImporter(*opened.database, reg).importFile(file, options);
    const QString shown = QDir::toNativeSeparators(file);
    for (const csv::CsvError &e : report.errors) {
        if (e.line == 0)
            m_err << tr("%1: %2").arg(shown, e.message) << Qt::endl;
        else if (e.column == 0)
            m_err << tr("%1, line %2: %3").arg(shown).arg(e.line).arg(e.message) << Qt::endl;
        else
            m_err << tr("%1, line %2, column %3: %4").arg(shown).arg(e.line).arg(e.column).arg(e.message) << Qt::endl;
    }
    if (!report.ok()) {
        m_err << tr("Nothing was imported: %n problem(s) found.", nullptr, int(report.errors.size())) << Qt::endl;
        return kFailed;
    }
    if (!report.ignoredColumns.isEmpty())
        m_err << tr("Ignored columns: %1").arg(report.ignoredColumns.join(u", "_s)) << Qt::endl;
    if (!report.createdSchemes.isEmpty())
        m_err << tr("New schemes: %1").arg(report.createdSchemes.join(u", "_s)) << Qt::endl;
    // The result line is a contract for scripts: always English, never translated.
    if (dryRun)
        m_out << u"dry run: would import %1 %2, nothing written"_s.arg(report.imported).arg(what) << Qt::endl;
    else
        m_out << u"imported %1 %2"_s.arg(report.imported).arg(what) << Qt::endl;
    return kOk;
}

int Cli::exportFile(const QString &path, const QString &what, const QString &file, const QString &dialect)
{
    const OpenResult opened = Database::open(path, Database::Mode::OpenExisting);
    if (!opened.ok()) {
        m_err << opened.message << Qt::endl;
        return kFailed;
    }
    const csv::ExportKind kind = what == u"mentors"_s   ? csv::ExportKind::Mentors
                                 : what == u"mentees"_s ? csv::ExportKind::Mentees
                                 : what == u"courses"_s ? csv::ExportKind::Courses
                                                        : csv::ExportKind::Sessions;
    const auto written = csv::RegisterExporter(*opened.database)
                             .exportFile(kind, file, dialect == u"rfc4180"_s ? csv::Dialect::Rfc4180 : csv::Dialect::ExcelDa);
    if (!written) {
        m_err << written.error() << Qt::endl;
        return kFailed;
    }
    // A contract line for scripts, like "imported N …": never translated.
    m_out << u"exported %1 %2"_s.arg(*written).arg(what) << Qt::endl;
    return kOk;
}

} // namespace mentordesk::cli
