#pragma once

// Catch2 printing and small helpers shared by the CSV tests.

#include "qtcatch.h"

#include "csv/csvtable.h"

#include <QByteArray>

#include <string>

namespace Catch {

template <>
struct StringMaker<mentordesk::csv::CsvError> {
    static std::string convert(const mentordesk::csv::CsvError &value)
    {
        return "line " + std::to_string(value.line) + ", column " + std::to_string(value.column) + ": "
            + value.message.toStdString();
    }
};

} // namespace Catch

namespace mentordesk::testing {

// Bytes as C escapes, so a failing fuzz case can be pasted into a test.
inline std::string escaped(const QByteArray &bytes)
{
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        if (b >= 0x20 && b < 0x7F && b != '\\' && b != '"') {
            out += static_cast<char>(b);
        } else {
            out += "\\x";
            out += hex[b >> 4];
            out += hex[b & 0xF];
        }
    }
    return out;
}

// The fields of every record, for one comparison instead of a loop.
inline QList<QStringList> recordFields(const csv::CsvTable &table)
{
    QList<QStringList> all;
    for (const auto &record : table.records)
        all.append(record.fields);
    return all;
}

inline QList<int> recordLines(const csv::CsvTable &table)
{
    QList<int> lines;
    for (const auto &record : table.records)
        lines.append(record.line);
    return lines;
}

} // namespace mentordesk::testing
