#include "csvwriter.h"

using namespace Qt::StringLiterals;

namespace mentordesk::csv {

namespace {

// What spreadsheets treat as the start of a formula or a command (OWASP "CSV injection").
bool isFormulaTrigger(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// True for a trigger behind any number of apostrophes. Counting the apostrophes makes
// neutralise() and restoreNeutralised() exact inverses: "'=x" is written as "''=x" and comes back
// as "'=x", not as "=x".
bool startsWithTriggerAfterApostrophes(QStringView field)
{
    qsizetype i = 0;
    while (i < field.size() && field.at(i) == u'\'')
        ++i;
    return i < field.size() && isFormulaTrigger(field.at(i));
}

// Both separators force quotes, whatever the dialect: the reader detects the separator by
// counting ';' and ',' outside quotes on the header line, so an unquoted "a,b" in a ';' header
// could make it guess wrong.
bool needsQuotes(QStringView field)
{
    for (const QChar c : field)
        if (c == u';' || c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    return !field.isEmpty() && (field.front() == u' ' || field.back() == u' ');
}

void appendField(QString &line, const QString &field)
{
    if (!needsQuotes(field)) {
        line += field;
        return;
    }
    line += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            line += u'"';
        line += c;
    }
    line += u'"';
}

} // namespace

CsvWriter::CsvWriter(QIODevice &device, Dialect dialect)
    : m_device(device)
    , m_dialect(dialect)
{
}

void CsvWriter::writeRow(const QStringList &fields)
{
    // After a failed write the file is incomplete anyway; writing more could only hide where it
    // broke off.
    if (!m_ok)
        return;
    const QChar sep = separator(m_dialect);
    QString line;
    if (fields.size() == 1 && fields.first().isEmpty()) {
        // A bare empty line would be skipped by the reader; "" keeps the one empty field.
        line = u"\"\""_s;
    } else {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                line += sep;
            appendField(line, neutralise(fields.at(i)));
        }
    }
    line += u"\r\n"_s;

    QByteArray bytes;
    if (m_dialect == Dialect::ExcelDa && !m_wroteBom) {
        // Without the BOM, Danish Excel opens the file as Windows-1252 and garbles æøå.
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
        m_wroteBom = true;
    }
    bytes += line.toUtf8();
    if (m_device.write(bytes) != bytes.size())
        m_ok = false;
}

bool CsvWriter::ok() const
{
    return m_ok;
}

QString CsvWriter::neutralise(const QString &field)
{
    return startsWithTriggerAfterApostrophes(field) ? u'\'' + field : field;
}

QString CsvWriter::restoreNeutralised(const QString &field)
{
    if (field.startsWith(u'\'') && startsWithTriggerAfterApostrophes(field))
        return field.mid(1);
    return field;
}

QChar CsvWriter::separator(Dialect dialect)
{
    return dialect == Dialect::ExcelDa ? QChar(u';') : QChar(u',');
}

} // namespace mentordesk::csv
