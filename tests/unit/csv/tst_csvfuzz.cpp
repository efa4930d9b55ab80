// Random and mutated input: the reader must never crash, and what it returns must hold together.
#include "csvcatch.h"
#include "randomcsv.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

using namespace Qt::StringLiterals;
using namespace mentordesk::csv;
using mentordesk::testing::Random;

namespace {

// Bytes that steer the parser into its corners: quotes, separators, every line break, NUL,
// UTF-8 lead and continuation bytes, a BOM's bytes and Windows-1252 letters.
const char kInteresting[] = {'"', '"', ';', ';', ',', ',', '\r', '\n', '\n', ' ', 'a', '=', '\'',
                             '\t', '\xC3', '\xA6', '\xE2', '\x82', '\xAC', '\xEF', '\xBB', '\xBF',
                             '\xE6', '\xF8', '\x80', '\xFF', '\x96', '\x01'};

char randomByte(Random &random)
{
    if (random.percent(60))
        return kInteresting[random.below(static_cast<int>(sizeof(kInteresting)))];
    return static_cast<char>(random.raw() & 0xFF);
}

// Physical lines as the reader counts them: CRLF, LF and a lone CR are one break each.
int lineBreaks(const QByteArray &bytes)
{
    int breaks = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' || (bytes.at(i) == '\r' && (i + 1 == bytes.size() || bytes.at(i + 1) != '\n')))
            ++breaks;
    }
    return breaks;
}

QByteArray writtenWith(Dialect dialect, const CsvTable &table)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, dialect);
    if (!table.header.isEmpty())
        writer.writeRow(table.header);
    for (const auto &record : table.records)
        writer.writeRow(record.fields);
    return buffer.data();
}

QStringList restored(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields)
        out.append(CsvWriter::restoreNeutralised(field));
    return out;
}

struct Tally {
    int clean = 0;
    int withErrors = 0;
};

// REQUIRE rather than CHECK: one broken case is enough, and thousands of passing assertions
// would only slow the run down.
void checkResult(const QByteArray &bytes, Tally &tally)
{
    INFO("input: \"" << mentordesk::testing::escaped(bytes) << '"');
    const CsvParseResult result = CsvReader::parse(bytes);
    const int maxLine = lineBreaks(bytes) + 1;

    REQUIRE((result.table.encoding == u"UTF-8"_s || result.table.encoding == u"Windows-1252"_s));
    REQUIRE((result.table.separator == u';' || result.table.separator == u','));
    REQUIRE(result.errors.size() <= 1001);
    for (const CsvError &error : result.errors) {
        INFO(Catch::StringMaker<CsvError>::convert(error));
        REQUIRE(error.line >= 0);
        REQUIRE(error.line <= maxLine);
        REQUIRE(error.column >= 0);
        REQUIRE_FALSE(error.message.isEmpty());
    }
    int previousLine = 0;
    for (const auto &record : result.table.records) {
        // Kept records always match the header, errors or not.
        REQUIRE(record.fields.size() == result.table.header.size());
        REQUIRE(record.line > previousLine);
        REQUIRE(record.line <= maxLine);
        previousLine = record.line;
    }
    if (!result.ok()) {
        ++tally.withErrors;
        return;
    }
    ++tally.clean;
    // A clean parse written out again reads back as the same table.
    const auto again = CsvReader::parse(writtenWith(Dialect::ExcelDa, result.table));
    REQUIRE(again.errors.isEmpty());
    REQUIRE(restored(again.table.header) == result.table.header);
    REQUIRE(again.table.records.size() == result.table.records.size());
    for (qsizetype i = 0; i < again.table.records.size(); ++i)
        REQUIRE(restored(again.table.records.at(i).fields) == result.table.records.at(i).fields);
}

// A small valid file, in either dialect, to mutate.
QByteArray validFile(Random &random)
{
    const int columns = 1 + random.below(4);
    const Dialect dialect = random.percent(50) ? Dialect::ExcelDa : Dialect::Rfc4180;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, dialect);
    writer.writeRow(mentordesk::testing::randomHeader(random, columns));
    for (int i = random.below(5); i > 0; --i)
        writer.writeRow(mentordesk::testing::randomRow(random, columns));
    QByteArray bytes = buffer.data();
    // Some files use LF only, as many tools write them.
    if (random.percent(30))
        bytes.replace("\r\n", "\n");
    return bytes;
}

void mutate(Random &random, QByteArray &bytes)
{
    const int position = bytes.isEmpty() ? 0 : random.below(static_cast<int>(bytes.size()));
    switch (random.below(5)) {
    case 0: // flip one bit
        if (!bytes.isEmpty())
            bytes[position] = static_cast<char>(bytes.at(position) ^ (1 << random.below(8)));
        break;
    case 1: // insert a byte
        bytes.insert(position, randomByte(random));
        break;
    case 2: // delete a few bytes
        bytes.remove(position, 1 + random.below(3));
        break;
    case 3: // overwrite with a byte
        if (!bytes.isEmpty())
            bytes[position] = randomByte(random);
        break;
    default: // repeat a stretch
        bytes.insert(position, bytes.mid(position, 1 + random.below(8)));
        break;
    }
}

} // namespace

TEST_CASE("CsvReader survives random bytes", "[csv][fuzz]")
{
    Random random(0x5EEDC5Fu);
    Tally tally;
    for (int i = 0; i < 6000; ++i) {
        QByteArray bytes;
        const int length = random.below(i % 10 == 0 ? 400 : 60);
        for (int j = 0; j < length; ++j)
            bytes.append(randomByte(random));
        // A BOM in front now and then, so that branch sees junk too.
        if (random.percent(10))
            bytes.prepend("\xEF\xBB\xBF");
        checkResult(bytes, tally);
    }
    // Both outcomes must be common, or the generator is not testing what it claims to.
    CHECK(tally.clean > 500);
    CHECK(tally.withErrors > 500);
}

TEST_CASE("CsvReader survives mutations of valid files", "[csv][fuzz]")
{
    Random random(4180u);
    Tally tally;
    for (int i = 0; i < 6000; ++i) {
        QByteArray bytes = validFile(random);
        for (int m = 1 + random.below(4); m > 0; --m)
            mutate(random, bytes);
        checkResult(bytes, tally);
    }
    CHECK(tally.clean > 500);
    CHECK(tally.withErrors > 500);
}

TEST_CASE("CsvReader survives long runs of one character", "[csv][fuzz]")
{
    Tally tally;
    for (const char c : {'"', ';', ',', '\r', '\n', 'a', '\xFF', ' '}) {
        for (const int length : {1, 2, 3, 1000, 3001}) {
            checkResult(QByteArray(length, c), tally);
            checkResult("a;b\n" + QByteArray(length, c), tally);
        }
    }
    CHECK(tally.clean + tally.withErrors == 80);
}
