#pragma once

#include "csvtable.h"
#include "registercolumns.h"

#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

#include <QHash>

#include <functional>
#include <optional>

namespace mentordesk::csv {

// Which register column each file column fills (by file column index); nothing = not imported.
struct ColumnMapping {
    QList<std::optional<Column>> byIndex;
};

struct ImportOptions {
    bool dryRun = false;               // check and report, write nothing
    bool ignoreUnknownColumns = false; // otherwise an unmapped column is an error naming it
};

struct ImportReport {
    int imported = 0;          // rows written (or, in a dry run, that would be)
    QList<CsvError> errors;    // every problem, with line and column; empty on success
    QStringList ignoredColumns;
    QStringList createdSchemes;  // schemes the file named that did not exist yet
    bool cancelled = false;
    bool ok() const { return errors.isEmpty() && !cancelled; }
};

// Called after every chunk of rows with (done, total); returning false cancels.
using ImportProgress = std::function<bool(int done, int total)>;

// Imports mentors or mentees from a parsed CSV file: all or nothing. Every row is read and
// validated first and every problem reported with its physical line and column; only a file
// without problems is written, in one transaction (each row stamped and audited).
class RegisterImporter {
    Q_DECLARE_TR_FUNCTIONS(RegisterImporter)
public:
    RegisterImporter(storage::Database &db, Register reg) : m_db(db), m_register(reg) {}

    // The mapping the header suggests (English or Danish names, any case).
    ColumnMapping detectMapping(const QStringList &header) const;

    ImportReport importTable(const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options,
                             const ImportProgress &progress = {});
    // Reads, parses and imports a file with the detected mapping.
    ImportReport importFile(const QString &path, const ImportOptions &options, const ImportProgress &progress = {});

private:
    // Some rows read and checked: their lines and problems, or (without problems) the records
    // ready to insert.
    struct Chunk {
        QList<int> lines;
        QList<CsvError> errors;
        std::optional<storage::PreparedBatch<domain::Mentor>> mentors;
        std::optional<storage::PreparedBatch<domain::Mentee>> mentees;
    };
    // Reads and checks the rows of a table chunk by chunk, in order; needs no database.
    struct ChunkReader {
        const CsvTable &table;
        const ColumnMapping &mapping;
        Register reg;
        storage::WriteStamp stamp;
        QHash<QString, domain::Id> schemesByName;  // mentees: lower-case name or id → scheme
        domain::Id defaultScheme = 0;              // mentees: for rows that name no scheme
        QHash<QString, domain::Id> inDatabase;     // e-mails (mentors) or CPR numbers (mentees) in use
        QHash<QString, int> inFile;                // the same, seen so far in the file → line
        Chunk read(int start, int count);
    };
    // The reader for this table, with the schemes the file names resolved (or created);
    // nothing, with the problem in the report, when that fails.
    std::optional<ChunkReader> makeReader(const CsvTable &table, const ColumnMapping &mapping, ImportReport &report);
    QList<CsvError> checkMapping(const CsvTable &table, const ColumnMapping &mapping, const ImportOptions &options,
                                 QStringList *ignored) const;

    storage::Database &m_db;
    Register m_register;
};

} // namespace mentordesk::csv
