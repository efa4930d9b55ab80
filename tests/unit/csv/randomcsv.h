#pragma once

// Deterministic random CSV content for the round-trip and fuzz tests.

#include "csv/csvwriter.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <iterator>
#include <random>

namespace mentordesk::testing {

// std::mt19937 is specified exactly by the standard; the distributions are not, so raw numbers
// are mapped here by hand to keep every case the same on every standard library.
class Random {
public:
    explicit Random(std::uint32_t seed)
        : m_engine(seed)
    {
    }
    // 0 <= result < bound (bound > 0). The modulo bias is irrelevant for test data.
    int below(int bound) { return static_cast<int>(m_engine() % static_cast<std::uint32_t>(bound)); }
    bool percent(int chance) { return below(100) < chance; }
    std::uint32_t raw() { return m_engine(); }

private:
    std::mt19937 m_engine;
};

// A field built from pieces that stress quoting, neutralising and encodings; 0 pieces is an
// empty field.
inline QString randomField(Random &random)
{
    using namespace Qt::StringLiterals;
    static const QString pieces[] = {
        u"a"_s, u"Søren"_s, u"æøå"_s, u"ÆØÅ"_s, u"é"_s, u"€"_s, u"–"_s, u";"_s, u","_s, u"\""_s,
        u"\"\""_s, u"\n"_s, u"\r\n"_s, u"\r"_s, u" "_s, u"  "_s, u"="_s, u"+"_s, u"-"_s, u"@"_s,
        u"\t"_s, u"'"_s, u"x y"_s, u"1,5"_s, u"+45 12 34 56 78"_s, u"=SUM(A1:A2)"_s,
    };
    const int count = static_cast<int>(std::size(pieces));
    QString field;
    for (int i = random.below(5); i > 0; --i)
        field += pieces[random.below(count)];
    return field;
}

// Column names the reader accepts once written: no two equal after neutralising, trimming and
// case folding (empty ones may repeat, as the reader allows). Neutralising counts because "\t"
// and "\r\n" are both blank, but both are written as a name that trims to "'".
inline QStringList randomHeader(Random &random, int columns)
{
    QStringList header;
    QSet<QString> seen;
    while (header.size() < columns) {
        const QString name = randomField(random);
        const QString key = csv::CsvWriter::neutralise(name).trimmed().toCaseFolded();
        if (!key.isEmpty() && seen.contains(key))
            continue;
        seen.insert(key);
        header.append(name);
    }
    return header;
}

inline QStringList randomRow(Random &random, int columns)
{
    QStringList row;
    for (int i = 0; i < columns; ++i)
        row.append(randomField(random));
    return row;
}

} // namespace mentordesk::testing
