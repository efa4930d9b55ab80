#pragma once

#include <QIODevice>
#include <QStringList>

namespace mentordesk::csv {

// excel-da: UTF-8 with BOM, ';', CRLF — opens correctly in Danish Excel.
// rfc4180: UTF-8 without BOM, ',', CRLF.
enum class Dialect { ExcelDa, Rfc4180 };

// Writes CSV rows to a device. Fields are quoted when they contain ';' or ',' (either separator,
// so the reader's separator detection cannot be misled), a quote, a line break or leading/trailing
// spaces; a row of one empty field is written as "" so it is not an empty line. A field starting
// with = + - @ tab or CR is neutralised so a spreadsheet shows it as text instead of running it.
class CsvWriter {
public:
    CsvWriter(QIODevice &device, Dialect dialect);
    void writeRow(const QStringList &fields);
    bool ok() const;  // false after a write error (e.g. full disk)

    // The text a spreadsheet will not evaluate: a leading ' before = + - @ (and tab / CR). A field
    // that already starts with apostrophes before one of those gets one more, so that
    // restoreNeutralised() is its exact inverse.
    static QString neutralise(const QString &field);
    // The inverse, used on import so that export → import gives back the same values
    // ("'+45 12 34 56 78" → "+45 12 34 56 78", "''=x" → "'=x"): drops one leading ' when
    // apostrophes are followed by = + - @ tab or CR. Anything else is returned unchanged.
    static QString restoreNeutralised(const QString &field);
    static QChar separator(Dialect dialect);

private:
    QIODevice &m_device;
    Dialect m_dialect;
    bool m_ok = true;
    bool m_wroteBom = false;
};

} // namespace mentordesk::csv
