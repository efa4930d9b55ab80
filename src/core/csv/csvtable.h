#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk::csv {

// One problem in a CSV file, where a person can find it: the physical line (1-based, counting
// line breaks inside quoted fields, as an editor shows it; 0 when it concerns the whole file) and
// the column, meaning the field's position in the record as a spreadsheet shows it (1-based; 0
// when it concerns the whole line or file). `message` is translated.
struct CsvError {
    int line = 0;
    int column = 0;
    QString message;
    friend bool operator==(const CsvError &, const CsvError &) = default;
};

// A parsed file: the header and the records, each with the physical line it starts on. Only
// records that parsed without a problem are kept, so every record has exactly header.size()
// fields, even when the result also lists errors.
struct CsvTable {
    struct Record {
        int line = 0;
        QStringList fields;
    };
    QStringList header;
    QList<Record> records;
    QChar separator = u';';
    QString encoding;  // "UTF-8" or "Windows-1252", as detected
    bool hadByteOrderMark = false;
};

struct CsvParseResult {
    CsvTable table;
    QList<CsvError> errors;  // empty when the whole file parsed
    bool ok() const { return errors.isEmpty(); }
};

} // namespace mentordesk::csv
