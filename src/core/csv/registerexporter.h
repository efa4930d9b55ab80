#pragma once

#include "csvwriter.h"
#include "registerimporter.h"

#include "storage/database.h"

namespace mentordesk::csv {

enum class ExportKind { Mentors, Mentees, Courses, Sessions };

// Writes a register to CSV. Mentors and mentees use the import columns, so an export imports
// back into the same people; courses and sessions are for reporting. The file is written to a
// temporary name and renamed at the end (QSaveFile), so a full disk or a cancel never leaves a
// half file, and every exported record gets an audit entry.
class RegisterExporter {
    Q_DECLARE_TR_FUNCTIONS(RegisterExporter)
public:
    explicit RegisterExporter(storage::Database &db) : m_db(db) {}

    // Returns the number of rows written.
    storage::Result<int> exportFile(ExportKind kind, const QString &path, Dialect dialect,
                                    const ImportProgress &progress = {});
    // The same to any device, without the rename; for tests and previews.
    storage::Result<int> exportTo(ExportKind kind, QIODevice &device, Dialect dialect, const ImportProgress &progress = {});

    static QStringList header(ExportKind kind);

private:
    storage::Database &m_db;
};

} // namespace mentordesk::csv
