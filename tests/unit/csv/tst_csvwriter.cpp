#include "csvcatch.h"
#include "randomcsv.h"

#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <QBuffer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::csv;
using mentordesk::testing::Random;

namespace {

QByteArray written(Dialect dialect, const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer, dialect);
    for (const QStringList &row : rows)
        writer.writeRow(row);
    REQUIRE(writer.ok());
    return buffer.data();
}

// One row as written after the BOM, to look at quoting alone.
QByteArray rowBytes(const QStringList &row)
{
    return written(Dialect::ExcelDa, {row}).mid(3);
}

// Accepts only the first `capacity` bytes, like a full disk; a negative capacity fails every
// write with -1, like a broken device.
class ShortDevice : public QIODevice {
public:
    explicit ShortDevice(qint64 capacity)
        : m_capacity(capacity)
    {
    }
    QByteArray received;
    int calls = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override
    {
        ++calls;
        if (m_capacity < 0)
            return -1;
        const qint64 accepted = std::min(length, m_capacity - received.size());
        received.append(data, accepted);
        return accepted;
    }

private:
    qint64 m_capacity;
};

QStringList neutralised(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields)
        out.append(CsvWriter::neutralise(field));
    return out;
}

QStringList restored(const QStringList &fields)
{
    QStringList out;
    for (const QString &field : fields)
        out.append(CsvWriter::restoreNeutralised(field));
    return out;
}

} // namespace

TEST_CASE("CsvWriter writes excel-da as UTF-8 with one BOM, semicolons and CRLF", "[csv][writer]")
{
    const QByteArray bytes = written(Dialect::ExcelDa, {{u"Navn"_s, u"By"_s}, {u"Søren"_s, u"Århus"_s}, {u"Å"_s, u"€"_s}});
    CHECK(bytes == QByteArray("\xEF\xBB\xBFNavn;By\r\nS\xC3\xB8ren;\xC3\x85rhus\r\n\xC3\x85;\xE2\x82\xAC\r\n"));
}

TEST_CASE("CsvWriter writes rfc4180 as UTF-8 without BOM, commas and CRLF", "[csv][writer]")
{
    const QByteArray bytes = written(Dialect::Rfc4180, {{u"Navn"_s, u"By"_s}, {u"Søren"_s, u"Århus"_s}});
    CHECK(bytes == QByteArray("Navn,By\r\nS\xC3\xB8ren,\xC3\x85rhus\r\n"));
}

TEST_CASE("CsvWriter writes nothing, not even a BOM, without rows", "[csv][writer]")
{
    CHECK(written(Dialect::ExcelDa, {}).isEmpty());
    CHECK(written(Dialect::Rfc4180, {}).isEmpty());
}

TEST_CASE("CsvWriter names the separator of each dialect", "[csv][writer]")
{
    CHECK(CsvWriter::separator(Dialect::ExcelDa) == u';');
    CHECK(CsvWriter::separator(Dialect::Rfc4180) == u',');
}

TEST_CASE("CsvWriter quotes only the fields that need it", "[csv][writer]")
{
    struct Case {
        QString field;
        QByteArray bytes;
    };
    const Case cases[] = {
        {u"plain"_s, "plain"},
        {u"two words"_s, "two words"},
        {u"æøå"_s, "\xC3\xA6\xC3\xB8\xC3\xA5"},
        {u"a;b"_s, "\"a;b\""},
        // The other dialect's separator too, so the reader's detection cannot be misled.
        {u"a,b"_s, "\"a,b\""},
        {u"say \"hej\""_s, "\"say \"\"hej\"\"\""},
        {u"\""_s, "\"\"\"\""},
        {u"a\nb"_s, "\"a\nb\""},
        {u"a\r\nb"_s, "\"a\r\nb\""},
        {u"a\rb"_s, "\"a\rb\""},
        {u" lead"_s, "\" lead\""},
        {u"trail "_s, "\"trail \""},
        {u" "_s, "\" \""},
        {u"tab\t"_s, "tab\t"},
        {u"it's"_s, "it's"},
        {u"a=b"_s, "a=b"},
    };
    for (const Case &c : cases) {
        INFO(c.field.toStdString());
        CHECK(rowBytes({c.field}) == c.bytes + "\r\n");
    }
}

TEST_CASE("CsvWriter writes empty fields as nothing, and a lone empty field as \"\"", "[csv][writer]")
{
    CHECK(rowBytes({u"a"_s, QString(), u"b"_s}) == "a;;b\r\n");
    CHECK(rowBytes({QString(), QString()}) == ";\r\n");
    // An empty line would be skipped by the reader and the record lost.
    CHECK(rowBytes({QString()}) == "\"\"\r\n");
    CHECK(written(Dialect::Rfc4180, {{QString()}}) == "\"\"\r\n");
}

TEST_CASE("CsvWriter neutralises each formula trigger", "[csv][writer][neutralise]")
{
    struct Case {
        QString field;
        QString neutralised;
    };
    const Case cases[] = {
        {u"=SUM(A1:A9)"_s, u"'=SUM(A1:A9)"_s},
        {u"+45 12 34 56 78"_s, u"'+45 12 34 56 78"_s},
        {u"-5"_s, u"'-5"_s},
        {u"@SUM(A1)"_s, u"'@SUM(A1)"_s},
        {u"\t=1"_s, u"'\t=1"_s},
        {u"\r=1"_s, u"'\r=1"_s},
        {u"="_s, u"'="_s},
        // Apostrophes before a trigger get one more, so restoring is exact.
        {u"'=x"_s, u"''=x"_s},
        {u"''-1"_s, u"'''-1"_s},
    };
    for (const Case &c : cases) {
        INFO(c.field.toStdString());
        CHECK(CsvWriter::neutralise(c.field) == c.neutralised);
        CHECK(CsvWriter::restoreNeutralised(c.neutralised) == c.field);
    }
}

TEST_CASE("CsvWriter leaves harmless text alone", "[csv][writer][neutralise]")
{
    for (const QString &field : {QString(), u"Søren"_s, u"a=b"_s, u"1+1"_s, u" =1"_s, u"'"_s, u"''"_s, u"'abc"_s,
                                 u"'a=b"_s, u"\n=1"_s, u"x-y"_s, u"e@mail.dk"_s}) {
        INFO(field.toStdString());
        CHECK(CsvWriter::neutralise(field) == field);
        CHECK(CsvWriter::restoreNeutralised(field) == field);
    }
}

TEST_CASE("CsvWriter restores each neutralised trigger and nothing else", "[csv][writer][neutralise]")
{
    CHECK(CsvWriter::restoreNeutralised(u"'="_s) == u"="_s);
    CHECK(CsvWriter::restoreNeutralised(u"'+45"_s) == u"+45"_s);
    CHECK(CsvWriter::restoreNeutralised(u"'-"_s) == u"-"_s);
    CHECK(CsvWriter::restoreNeutralised(u"'@x"_s) == u"@x"_s);
    CHECK(CsvWriter::restoreNeutralised(u"'\tx"_s) == u"\tx"_s);
    CHECK(CsvWriter::restoreNeutralised(u"'\rx"_s) == u"\rx"_s);
    CHECK(CsvWriter::restoreNeutralised(u"''=x"_s) == u"'=x"_s);
    // A trigger without the apostrophe was never neutralised: it stays as it is.
    CHECK(CsvWriter::restoreNeutralised(u"=x"_s) == u"=x"_s);
    CHECK(CsvWriter::restoreNeutralised(u"'x"_s) == u"'x"_s);
    CHECK(CsvWriter::restoreNeutralised(u" '=x"_s) == u" '=x"_s);
}

TEST_CASE("CsvWriter neutralise and restoreNeutralised are inverses", "[csv][writer][neutralise]")
{
    // Every string of up to four characters over an alphabet with the apostrophe and triggers.
    const QString alphabet = u"'=+-@\t\rx "_s;
    QStringList strings{QString()};
    for (int length = 1; length <= 4; ++length) {
        QStringList longer;
        for (const QString &s : std::as_const(strings))
            if (s.size() == length - 1)
                for (const QChar c : alphabet)
                    longer.append(s + c);
        strings += longer;
    }
    for (const QString &s : std::as_const(strings)) {
        INFO(s.toStdString());
        const QString n = CsvWriter::neutralise(s);
        REQUIRE(CsvWriter::restoreNeutralised(n) == s);
        // Nothing neutralised starts with a trigger any more.
        REQUIRE((n.isEmpty() || !QStringView(u"=+-@\t\r").contains(n.front())));
    }
}

TEST_CASE("CsvWriter neutralises every field it writes", "[csv][writer][neutralise]")
{
    CHECK(rowBytes({u"=1+1"_s, u"-5"_s, u"\tx"_s, u"\rx"_s, u"+4"_s, u"@a"_s, u"ok"_s})
          == "'=1+1;'-5;'\tx;\"'\rx\";'+4;'@a;ok\r\n");
}

TEST_CASE("CsvWriter reports a failed write and stops writing", "[csv][writer]")
{
    SECTION("a device that fails every write")
    {
        ShortDevice device(-1);
        device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        CsvWriter writer(device, Dialect::Rfc4180);
        CHECK(writer.ok());
        writer.writeRow({u"a"_s});
        CHECK_FALSE(writer.ok());
        writer.writeRow({u"b"_s});
        CHECK(device.calls == 1);
    }
    SECTION("a device that takes fewer bytes than asked, like a full disk")
    {
        ShortDevice device(15);
        device.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
        CsvWriter writer(device, Dialect::ExcelDa);
        writer.writeRow({u"Navn"_s, u"By"_s}); // 12 bytes with the BOM
        CHECK(writer.ok());
        writer.writeRow({u"Søren"_s, u"Odense"_s});
        CHECK_FALSE(writer.ok());
        writer.writeRow({u"Bo"_s, u"Vejle"_s});
        CHECK_FALSE(writer.ok());
        CHECK(device.calls == 2);
        CHECK(device.received == QByteArray("\xEF\xBB\xBFNavn;By\r\nS\xC3\xB8"));
    }
}

TEST_CASE("CsvWriter output reads back as the same fields in both dialects", "[csv][writer][roundtrip]")
{
    for (const Dialect dialect : {Dialect::ExcelDa, Dialect::Rfc4180}) {
        Random random(dialect == Dialect::ExcelDa ? 20240611u : 4180u);
        for (int table = 0; table < 400; ++table) {
            const int columns = 1 + random.below(6);
            QList<QStringList> rows{mentordesk::testing::randomHeader(random, columns)};
            for (int i = random.below(8); i > 0; --i)
                rows.append(mentordesk::testing::randomRow(random, columns));

            const QByteArray bytes = written(dialect, rows);
            INFO("dialect " << static_cast<int>(dialect) << ", table " << table << ": "
                            << mentordesk::testing::escaped(bytes));
            const auto result = CsvReader::parse(bytes);
            REQUIRE(result.errors == QList<CsvError>{});
            CHECK(result.table.encoding == u"UTF-8"_s);
            CHECK(result.table.hadByteOrderMark == (dialect == Dialect::ExcelDa));
            if (columns > 1)
                CHECK(result.table.separator == CsvWriter::separator(dialect));
            // The reader gives the neutralised text (with the apostrophe); restoring gives the original.
            REQUIRE(result.table.header == neutralised(rows.first()));
            CHECK(restored(result.table.header) == rows.first());
            REQUIRE(result.table.records.size() == rows.size() - 1);
            for (qsizetype i = 1; i < rows.size(); ++i) {
                REQUIRE(result.table.records.at(i - 1).fields == neutralised(rows.at(i)));
                CHECK(restored(result.table.records.at(i - 1).fields) == rows.at(i));
            }
        }
    }
}
