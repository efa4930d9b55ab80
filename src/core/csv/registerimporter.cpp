#include "registerimporter.h"

#include "cellvalues.h"
#include "csvreader.h"
#include "csvwriter.h"

#include "domain/cpr.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::storage;

Q_LOGGING_CATEGORY(lcImport, "mentordesk.import")

namespace mentordesk::csv {

namespace {

constexpr int kWriteChunk = 5000;  // rows read, checked and written at a time

// The cells of one record by register column: trimmed, spreadsheet neutralising undone
// ("'+45 …" → "+45 …"), and where in the file each came from.
class RowCells {
public:
    RowCells(const CsvTable &table, const CsvTable::Record &record, const ColumnMapping &mapping)
        : m_table(table), m_line(record.line)
    {
        for (int i = 0; i < record.fields.size() && i < mapping.byIndex.size(); ++i)
            if (const auto column = mapping.byIndex.at(i))
                m_cells.insert(*column, {CsvWriter::restoreNeutralised(record.fields.at(i).trimmed()), i});
    }

    QString text(Column column) const { return m_cells.value(column).text; }
    bool has(Column column) const { return !text(column).isEmpty(); }
    int line() const { return m_line; }

    // An error about `column` ("email: … is not an e-mail address"), placed at its cell.
    CsvError error(Column column, const QString &message) const
    {
        const auto it = m_cells.constFind(column);
        if (it == m_cells.cend())
            return {m_line, 0, message};
        return {m_line, it->index + 1, RegisterImporter::tr("%1: %2").arg(m_table.header.value(it->index).trimmed(), message)};
    }
    // A domain validation error, placed at the column its field code names.
    CsvError error(const FieldError &fieldError, Register reg) const
    {
        for (Column column : RegisterColumns::columns(reg))
            if (RegisterColumns::fieldCode(column) == fieldError.field)
                return error(column, fieldError.message);
        return {m_line, 0, fieldError.message};
    }

private:
    struct Cell {
        QString text;
        int index = -1;
    };
    const CsvTable &m_table;
    int m_line;
    QHash<Column, Cell> m_cells;
};

// Reads the optional typed cells shared by mentors and mentees; problems go to `errors`.
template <typename Person>
void readCommonCells(const RowCells &cells, Person &p, QList<CsvError> &errors)
{
    QString problem;
    p.externalId = cells.text(Column::ExternalId);
    p.firstName = cells.text(Column::FirstName);
    p.lastName = cells.text(Column::LastName);
    p.email = cells.text(Column::Email);
    p.phone = cells.text(Column::Phone);
    p.postcode = cells.text(Column::Postcode);
    p.languages = CellValues::list(cells.text(Column::Languages));
    p.interests = CellValues::list(cells.text(Column::Interests));
    p.notes = cells.text(Column::Notes);
    if (cells.has(Column::Gender)) {
        p.gender = CellValues::gender(cells.text(Column::Gender), &problem);
        if (!p.gender)
            errors << cells.error(Column::Gender, problem);
    }
    if (cells.has(Column::BirthYear)) {
        p.birthYear = CellValues::integer(cells.text(Column::BirthYear), &problem);
        if (!p.birthYear)
            errors << cells.error(Column::BirthYear, problem);
    }
}

Mentor readMentor(const RowCells &cells, QList<CsvError> &errors)
{
    Mentor m;
    m.mentorType = MentorType::Other;
    readCommonCells(cells, m, errors);
    QString problem;
    if (cells.has(Column::MentorType)) {
        if (const auto type = CellValues::mentorType(cells.text(Column::MentorType), &problem))
            m.mentorType = *type;
        else
            errors << cells.error(Column::MentorType, problem);
    }
    if (cells.has(Column::Capacity)) {
        if (const auto capacity = CellValues::integer(cells.text(Column::Capacity), &problem))
            m.capacity = *capacity;
        else
            errors << cells.error(Column::Capacity, problem);
    }
    m.organisation = cells.text(Column::Organisation);
    if (cells.has(Column::HoursPerWeek)) {
        m.hoursPerWeek = CellValues::decimal(cells.text(Column::HoursPerWeek), &problem);
        if (!m.hoursPerWeek)
            errors << cells.error(Column::HoursPerWeek, problem);
    }
    return m;
}

Mentee readMentee(const RowCells &cells, const QHash<QString, Id> &schemesByName, Id defaultScheme, QList<CsvError> &errors)
{
    Mentee m;
    readCommonCells(cells, m, errors);
    QString problem;
    m.cpr = cells.text(Column::Cpr);
    m.goal = cells.text(Column::Goal);
    if (cells.has(Column::TargetGroup)) {
        if (const auto group = CellValues::targetGroup(cells.text(Column::TargetGroup), &problem))
            m.targetGroup = *group;
        else
            errors << cells.error(Column::TargetGroup, problem);
    }
    if (cells.has(Column::PreferredMentorGender)) {
        m.preferredMentorGender = CellValues::gender(cells.text(Column::PreferredMentorGender), &problem);
        if (!m.preferredMentorGender)
            errors << cells.error(Column::PreferredMentorGender, problem);
    }
    if (cells.has(Column::HoursPerWeekGranted)) {
        m.hoursPerWeekGranted = CellValues::decimal(cells.text(Column::HoursPerWeekGranted), &problem);
        if (!m.hoursPerWeekGranted)
            errors << cells.error(Column::HoursPerWeekGranted, problem);
    }
    // Schemes the file names were looked up or created before the rows are read.
    m.schemeId = cells.has(Column::Scheme) ? schemesByName.value(cells.text(Column::Scheme).toLower(), defaultScheme) : defaultScheme;
    return m;
}

// A problem of a whole chunk of rows (a write refused), placed at its first line.
CsvError linesError(const QList<int> &lines, const QString &problem)
{
    return {lines.first(), 0, RegisterImporter::tr("Lines %1 to %2: %3").arg(lines.first()).arg(lines.last()).arg(problem)};
}

// The scheme mentees go to when the file does not name one: the first one, or a new one.
Result<Id> defaultSchemeId(Database &db)
{
    SchemeRepository schemes(db);
    const QList<Scheme> all = schemes.all();
    for (const Scheme &s : all)
        if (!s.archived)
            return s.id;
    Scheme general;
    general.name = RegisterImporter::tr("General scheme");
    general.context = SchemeContext::Other;
    return schemes.add(general);
}

// Scheme names (and ids) → ids. A scheme the file names that does not exist yet is created,
// inside the import's transaction, so an export imports into a new database with its schemes.
Result<QHash<QString, Id>> resolveSchemes(Database &db, const CsvTable &table, const ColumnMapping &mapping, QStringList *created)
{
    SchemeRepository schemes(db);
    QHash<QString, Id> byName;
    for (const Scheme &s : schemes.all()) {
        byName.insert(s.name.toLower(), s.id);
        byName.insert(QString::number(s.id), s.id);
    }
    const int column = int(mapping.byIndex.indexOf(std::optional<Column>(Column::Scheme)));
    if (column < 0)
        return byName;
    for (const CsvTable::Record &record : table.records) {
        const QString name = CsvWriter::restoreNeutralised(record.fields.value(column).trimmed());
        if (name.isEmpty() || byName.contains(name.toLower()))
            continue;
        Scheme scheme;
        scheme.name = name;
        scheme.context = SchemeContext::Other;
        const Result<Id> id = schemes.add(scheme);
        if (!id)
            return Result<QHash<QString, Id>>::failure(RegisterImporter::tr("Line %1: the scheme \"%2\" cannot be created: %3")
                                                           .arg(record.line)
                                                           .arg(name, id.error()));
        byName.insert(name.toLower(), *id);
        *created << name;
    }
    return byName;
}

} // namespace

ColumnMapping RegisterImporter::detectMapping(const QStringList &header) const
{
    ColumnMapping mapping;
    for (const QString &cell : header)
        mapping.byIndex << RegisterColumns::fromHeader(m_register, cell);
    return mapping;
}

QList<CsvError> RegisterImporter::checkMapping(const CsvTable &table, const ColumnMapping &mapping,
                                               const ImportOptions &options, QStringList *ignored) const
{
    QList<CsvError> errors;
    QHash<Column, int> seen;
    for (int i = 0; i < table.header.size(); ++i) {
        const auto column = mapping.byIndex.value(i);
        const QString name = table.header.at(i).trimmed();
        if (!column) {
            if (options.ignoreUnknownColumns || name.isEmpty())
                *ignored << name;
            else
                errors << CsvError{1, i + 1, tr("Unknown column \"%1\". Rename it to a known column, or import with --ignore-unknown.").arg(name)};
            continue;
        }
        if (seen.contains(*column))
            errors << CsvError{1, i + 1, tr("Column \"%1\" fills %2, like column %3 does.")
                                             .arg(name, RegisterColumns::headerName(*column))
                                             .arg(seen.value(*column) + 1)};
        else
            seen.insert(*column, i);
    }
    for (Column required : {Column::FirstName, Column::LastName})
        if (!seen.contains(required))
            errors << CsvError{1, 0, tr("The file has no %1 column; it is required.").arg(RegisterColumns::headerName(required))};
    return errors;
}

ImportReport RegisterImporter::importTable(const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options,
                                           const ImportProgress &progress)
{
    ImportReport report;
    report.errors = checkMapping(table, mapping, options, &report.ignoredColumns);
    if (!report.errors.isEmpty())
        return report;

    // One transaction from the first read to the last write: nothing of a failed, cancelled or
    // dry-run import remains, not even the default scheme it may create.
    WriteTransaction tx(m_db);
    if (!tx.begun()) {
        report.errors << CsvError{0, 0, tr("The database is busy with another change. Nothing was imported; try again.")};
        return report;
    }
    std::optional<ChunkReader> reader = makeReader(table, mapping, report);
    if (!reader)
        return report;

    // Chunk by chunk: while one chunk is written, a second thread reads and checks the next, so
    // the file's checks and SQLite's work overlap, and never more than three chunks are in memory.
    // After the first problem nothing more is written, but every row is still checked so that
    // all problems are reported. Chunks are read strictly in order (duplicates are found across
    // the whole file); the reader touches no database.
    const int total = int(table.records.size());
    MentorRepository mentorRepo(m_db);
    MenteeRepository menteeRepo(m_db);
    // The thread that reads a chunk also frees the one written before: freeing 5,000 records
    // is measurable work that would otherwise hold up the writing.
    auto readChunk = [&reader](int start, Chunk written) {
        return std::async(std::launch::async, [&reader, start, written = std::move(written)]() mutable {
            written = {};
            return reader->read(start, kWriteChunk);
        });
    };
    std::future<Chunk> next = readChunk(0, {});
    Chunk written;
    for (int start = 0; start < total; start += kWriteChunk) {
        Chunk chunk = next.get();
        if (start + kWriteChunk < total)
            next = readChunk(start + kWriteChunk, std::move(written));
        report.errors << chunk.errors;
        if (report.errors.isEmpty()) {
            const Status saved = chunk.mentors ? mentorRepo.addPrepared(*chunk.mentors).status()
                                               : menteeRepo.addPrepared(*chunk.mentees).status();
            if (!saved) {
                report.errors << linesError(chunk.lines, saved.error());
                break;  // the database refused: checking more rows would not help
            }
        }
        written = std::move(chunk);
        if (progress && !progress(std::min(start + kWriteChunk, total), total)) {
            report.cancelled = true;
            break;
        }
    }
    if (next.valid())
        next.wait();
    if (report.cancelled || !report.errors.isEmpty())
        return report;
    report.imported = total;
    if (options.dryRun)
        return report;  // the transaction rolls back
    if (!tx.commit()) {
        report.imported = 0;
        report.errors << CsvError{0, 0, tr("The import could not be written to disk (is it full?). Nothing was imported.")};
        return report;
    }
    qCInfo(lcImport) << "imported" << total << (m_register == Register::Mentors ? "mentors" : "mentees");
    return report;
}

std::optional<RegisterImporter::ChunkReader> RegisterImporter::makeReader(const CsvTable &table, const ColumnMapping &mapping,
                                                                          ImportReport &report)
{
    ChunkReader reader{.table = table, .mapping = mapping, .reg = m_register, .stamp = m_db.writeStamp(), .schemesByName = {}, .inDatabase = {}, .inFile = {}};
    if (m_register == Register::Mentors) {
        reader.inDatabase = MentorRepository(m_db).emailsInUse();
        return reader;
    }
    // The default scheme is only looked up (or created) when a row names none.
    const int schemeColumn = int(mapping.byIndex.indexOf(std::optional<Column>(Column::Scheme)));
    const bool needsDefault = schemeColumn < 0 || std::any_of(table.records.cbegin(), table.records.cend(), [&](const auto &r) {
                                  return r.fields.value(schemeColumn).trimmed().isEmpty();
                              });
    const Result<Id> scheme = needsDefault ? defaultSchemeId(m_db) : Result<Id>(Id(0));
    if (!scheme) {
        report.errors << CsvError{0, 0, scheme.error()};
        return std::nullopt;
    }
    const Result<QHash<QString, Id>> schemesByName = resolveSchemes(m_db, table, mapping, &report.createdSchemes);
    if (!schemesByName) {
        report.errors << CsvError{0, 0, schemesByName.error()};
        return std::nullopt;
    }
    reader.defaultScheme = *scheme;
    reader.schemesByName = *schemesByName;
    reader.inDatabase = MenteeRepository(m_db).cprsInUse();
    return reader;
}

RegisterImporter::Chunk RegisterImporter::ChunkReader::read(int start, int count)
{
    Chunk chunk;
    QList<Mentor> mentors;
    QList<Mentee> mentees;
    const int end = std::min(start + count, int(table.records.size()));
    for (int i = start; i < end; ++i) {
        const RowCells cells(table, table.records.at(i), mapping);
        chunk.lines << cells.line();
        if (reg == Register::Mentors) {
            Mentor m = readMentor(cells, chunk.errors);
            for (const FieldError &e : m.validate(stamp.today))
                chunk.errors << cells.error(e, reg);
            const QString email = m.email.trimmed().toLower();
            if (!email.isEmpty()) {
                if (const Id existing = inDatabase.value(email))
                    chunk.errors << cells.error(Column::Email, tr("mentor %1 already has this e-mail address.").arg(existing));
                else if (const int first = inFile.value(email))
                    chunk.errors << cells.error(Column::Email, tr("line %1 has the same e-mail address.").arg(first));
                else
                    inFile.insert(email, cells.line());
            }
            mentors << m;
        } else {
            Mentee m = readMentee(cells, schemesByName, defaultScheme, chunk.errors);
            for (const FieldError &e : m.validate(stamp.today))
                chunk.errors << cells.error(e, reg);
            if (const auto cpr = Cpr::normalise(m.cpr)) {
                if (const Id existing = inDatabase.value(*cpr))
                    chunk.errors << cells.error(Column::Cpr, tr("mentee %1 already has this CPR number.").arg(existing));
                else if (const int first = inFile.value(*cpr))
                    chunk.errors << cells.error(Column::Cpr, tr("line %1 has the same CPR number.").arg(first));
                else
                    inFile.insert(*cpr, cells.line());
            }
            mentees << m;
        }
    }
    if (!chunk.errors.isEmpty())
        return chunk;  // nothing more of the file is written: no records needed
    // The repositories check again; what they find that the checks above did not (nothing is
    // expected) is reported for the chunk's lines.
    Status prepared;
    if (reg == Register::Mentors) {
        auto batch = MentorRepository::prepareMany(std::move(mentors), stamp);
        if (batch)
            chunk.mentors = std::move(batch.value());
        prepared = batch.status();
    } else {
        auto batch = MenteeRepository::prepareMany(std::move(mentees), stamp);
        if (batch)
            chunk.mentees = std::move(batch.value());
        prepared = batch.status();
    }
    if (!prepared)
        chunk.errors << linesError(chunk.lines, prepared.error());
    return chunk;
}

ImportReport RegisterImporter::importFile(const QString &path, const ImportOptions &options, const ImportProgress &progress)
{
    const CsvParseResult parsed = CsvReader::readFile(path);
    if (!parsed.ok()) {
        ImportReport report;
        report.errors = parsed.errors;
        return report;
    }
    return importTable(parsed.table, detectMapping(parsed.table.header), options, progress);
}

} // namespace mentordesk::csv
