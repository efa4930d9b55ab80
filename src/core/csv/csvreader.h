#pragma once

#include "csvtable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace mentordesk::csv {

// Reads what Danish Excel and other tools write: UTF-8 with or without BOM or Windows-1252
// (detected: anything that is not valid UTF-8), ';' or ',' separators (the more frequent outside
// quotes on the header line; a tie means ';'), CRLF, LF or CR, quoted fields with separators,
// doubled quotes and line breaks inside. Lines with no characters at all are skipped (but
// counted). Fields are returned as written, untrimmed. The first record is the header; every
// other record must have as many fields as the header. Parsing goes on after a problem so that
// all of them are reported (at most 1000, then one "…and more"); a file with a NUL byte is not
// read at all (one error at line 0).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    static CsvParseResult parse(const QByteArray &bytes);
    // Reads the file; a file that cannot be read gives one error at line 0.
    static CsvParseResult readFile(const QString &path);
};

} // namespace mentordesk::csv
