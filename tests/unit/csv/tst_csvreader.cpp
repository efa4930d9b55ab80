#include "csvcatch.h"

#include "csv/csvreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace mentordesk::csv;
using mentordesk::testing::recordFields;
using mentordesk::testing::recordLines;

namespace {

CsvParseResult parseUtf8(const char *text)
{
    return CsvReader::parse(QByteArray(text));
}

// The exact texts, so a changed message is a deliberate change here too.
QString unterminatedMessage()
{
    return u"The quoted field that starts here is never closed: add the missing \""_s;
}

QString strayQuoteMessage()
{
    return u"A quote (\") appears inside a field that does not start with one: put the whole field in quotes and double the quote (\"\")"_s;
}

QString textAfterQuoteMessage()
{
    return u"Text follows the closing quote of a field: put the whole field in quotes and double every quote inside it (\"\")"_s;
}

QString fieldCountMessage(int line, int fields, int headerFields, QChar separator = u';')
{
    return u"Line %1 has %2 fields but the header has %3: add or remove separators (%4) so they match, or quote fields that contain one"_s
        .arg(line)
        .arg(fields)
        .arg(headerFields)
        .arg(separator);
}

} // namespace

// --- encodings ---------------------------------------------------------------------------------

TEST_CASE("CsvReader reads UTF-8 with a byte order mark and strips it", "[csv][reader][encoding]")
{
    const auto result = CsvReader::parse(QByteArray("\xEF\xBB\xBFNavn;By\r\nS\xC3\xB8ren;\xC3\x85rhus\r\n"));
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"UTF-8"_s);
    CHECK(result.table.hadByteOrderMark);
    CHECK(result.table.header == QStringList{u"Navn"_s, u"By"_s});
    CHECK(recordFields(result.table) == QList<QStringList>{{u"Søren"_s, u"Århus"_s}});
    CHECK(recordLines(result.table) == QList<int>{2});
}

TEST_CASE("CsvReader keeps a second byte order mark as content", "[csv][reader][encoding]")
{
    // Only the first BOM marks the encoding; a second one is a character the file really holds.
    const auto result = CsvReader::parse(QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFNavn\n"));
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.hadByteOrderMark);
    CHECK(result.table.header == QStringList{QString(QChar(0xFEFF)) + u"Navn"_s});
}

TEST_CASE("CsvReader reads UTF-8 without a byte order mark", "[csv][reader][encoding]")
{
    const auto result = parseUtf8("Navn;Bel\xC3\xB8" "b\nKr\xC3\xA6" "mmer;\xE2\x82\xAC 12\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"UTF-8"_s);
    CHECK_FALSE(result.table.hadByteOrderMark);
    CHECK(result.table.header == QStringList{u"Navn"_s, u"Beløb"_s});
    CHECK(recordFields(result.table) == QList<QStringList>{{u"Kræmmer"_s, u"€ 12"_s}});
}

TEST_CASE("CsvReader reads plain ASCII as UTF-8", "[csv][reader][encoding]")
{
    const auto result = parseUtf8("a;b\n1;2\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"UTF-8"_s);
    CHECK_FALSE(result.table.hadByteOrderMark);
}

TEST_CASE("CsvReader reads Windows-1252 when the bytes are not UTF-8", "[csv][reader][encoding]")
{
    // What Danish Excel writes with "CSV (semikolonsepareret)".
    const QByteArray bytes = QByteArray("Navn;Bel\xF8" "b;Note\r\n")
        + QByteArray("S\xF8ren \xC6" "bler\xF8" "d;\x80 100;\xC5 \x96 \xE9 \xE6 \xE5 \xD8 \x8A \x9A\r\n");
    const auto result = CsvReader::parse(bytes);
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"Windows-1252"_s);
    CHECK_FALSE(result.table.hadByteOrderMark);
    CHECK(result.table.header == QStringList{u"Navn"_s, u"Beløb"_s, u"Note"_s});
    CHECK(recordFields(result.table)
          == QList<QStringList>{{u"Søren Æblerød"_s, u"€ 100"_s, u"Å – é æ å Ø Š š"_s}});
}

TEST_CASE("CsvReader maps every byte 0x80 to 0xFF as Windows-1252 does", "[csv][reader][encoding]")
{
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined in the code page and map to the same code point.
    const char16_t high[32] = {u'€', 0x81, u'‚', u'ƒ', u'„', u'…', u'†', u'‡', u'ˆ', u'‰', u'Š',
                               u'‹', u'Œ', 0x8D, u'Ž', 0x8F, 0x90, u'‘', u'’', u'“', u'”', u'•',
                               u'–', u'—', u'˜', u'™', u'š', u'›', u'œ', 0x9D, u'ž', u'Ÿ'};
    QByteArray bytes("h\n");
    QString expected;
    for (int b = 0x80; b <= 0xFF; ++b) {
        bytes.append(static_cast<char>(b));
        expected.append(QChar(b < 0xA0 ? high[b - 0x80] : static_cast<char16_t>(b)));
    }
    const auto result = CsvReader::parse(bytes);
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"Windows-1252"_s);
    REQUIRE(result.table.records.size() == 1);
    const QString field = result.table.records.first().fields.value(0);
    REQUIRE(field.size() == 128);
    for (int i = 0; i < 128; ++i) {
        INFO("byte 0x" << std::hex << (0x80 + i));
        CHECK(field.at(i).unicode() == expected.at(i).unicode());
    }
}

TEST_CASE("CsvReader reads the whole file as Windows-1252 when one byte is not UTF-8", "[csv][reader][encoding]")
{
    // Mixed files exist (UTF-8 pasted into a Windows-1252 file); the rule is per file, so the
    // UTF-8 part shows as two characters each and the user sees something is off.
    const auto result = parseUtf8("Navn\n\xC3\xA6\n\xE6\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"Windows-1252"_s);
    CHECK(recordFields(result.table) == QList<QStringList>{{u"Ã¦"_s}, {u"æ"_s}});
}

TEST_CASE("CsvReader treats a UTF-8 sequence cut off at the end as not UTF-8", "[csv][reader][encoding]")
{
    const auto result = parseUtf8("Navn\nab\xC3");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"Windows-1252"_s);
    CHECK(recordFields(result.table) == QList<QStringList>{{u"abÃ"_s}});
}

TEST_CASE("CsvReader keeps UTF-8 after a byte order mark even with a bad byte", "[csv][reader][encoding]")
{
    // The BOM says UTF-8; the bad byte becomes a replacement character instead of garbling the rest.
    const auto result = parseUtf8("\xEF\xBB\xBFNavn\n\xC3\xA6\xFF\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.encoding == u"UTF-8"_s);
    CHECK(recordFields(result.table) == QList<QStringList>{{u"æ\uFFFD"_s}});
}

// --- separators --------------------------------------------------------------------------------

TEST_CASE("CsvReader detects the separator from the header line", "[csv][reader][separator]")
{
    struct Case {
        const char *text;
        QChar separator;
        QStringList header;
    };
    const Case cases[] = {
        {"a;b;c\n", u';', {u"a"_s, u"b"_s, u"c"_s}},
        {"a,b,c\n", u',', {u"a"_s, u"b"_s, u"c"_s}},
        {"a,b;c,d\n", u',', {u"a"_s, u"b;c"_s, u"d"_s}},
        {"a;b,c;d\n", u';', {u"a"_s, u"b,c"_s, u"d"_s}},
        // A tie, and no separator at all, mean ';'.
        {"a;b,c\n", u';', {u"a"_s, u"b,c"_s}},
        {"abc\n", u';', {u"abc"_s}},
        {"", u';', {}},
        // Separators inside quotes do not count.
        {"\"a;b;c\",d,e\n", u',', {u"a;b;c"_s, u"d"_s, u"e"_s}},
        {"\"x,\"\"y\"\",z\";w\n", u';', {u"x,\"y\",z"_s, u"w"_s}},
        // Nor do those on other lines: only the header line decides.
        {"a;b\n1,2,3,4,5;6\n", u';', {u"a"_s, u"b"_s}},
        // A header spanning lines inside quotes is counted to its real end.
        {"\"a\nb\",c,d;e\n", u',', {u"a\nb"_s, u"c"_s, u"d;e"_s}},
    };
    for (const Case &c : cases) {
        INFO(c.text);
        const auto result = parseUtf8(c.text);
        CHECK(result.errors.isEmpty());
        CHECK(result.table.separator == c.separator);
        CHECK(result.table.header == c.header);
    }
}

TEST_CASE("CsvReader takes the header after leading empty lines", "[csv][reader][separator]")
{
    const auto result = parseUtf8("\n\r\na,b\n1,2\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.separator == u',');
    CHECK(result.table.header == QStringList{u"a"_s, u"b"_s});
    CHECK(recordLines(result.table) == QList<int>{4});
}

TEST_CASE("CsvReader with one column keeps commas in the field", "[csv][reader][separator]")
{
    const auto result = parseUtf8("Note\nx,y\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.separator == u';');
    CHECK(recordFields(result.table) == QList<QStringList>{{u"x,y"_s}});
}

TEST_CASE("CsvReader refuses a data line written with the other separator", "[csv][reader][separator]")
{
    const auto result = parseUtf8("a;b;c\n1,2,3\n");
    CHECK(result.errors == QList<CsvError>{{2, 0, fieldCountMessage(2, 1, 3)}});
    CHECK(result.table.records.isEmpty());
}

// --- line endings and structure ----------------------------------------------------------------

TEST_CASE("CsvReader reads CRLF, LF, CR and mixed line endings alike", "[csv][reader][lines]")
{
    for (const char *text : {"a;b\r\n1;2\r\n3;4\r\n", "a;b\n1;2\n3;4\n", "a;b\r1;2\r3;4\r", "a;b\r\n1;2\r3;4\n",
                             "a;b\n1;2\r\n3;4"}) {
        INFO(mentordesk::testing::escaped(QByteArray(text)));
        const auto result = parseUtf8(text);
        REQUIRE(result.errors.isEmpty());
        CHECK(result.table.header == QStringList{u"a"_s, u"b"_s});
        CHECK(recordFields(result.table) == QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}});
        CHECK(recordLines(result.table) == QList<int>{2, 3});
    }
}

TEST_CASE("CsvReader reads a last record without a line break", "[csv][reader][lines]")
{
    const auto result = parseUtf8("a;b\n1;2");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table) == QList<QStringList>{{u"1"_s, u"2"_s}});
}

TEST_CASE("CsvReader skips empty lines but counts them", "[csv][reader][lines]")
{
    // Line 1 header, 2 empty (LF), 3 empty (CRLF), 4 empty (CR), 5 a record, 6 and 7 empty.
    const auto result = parseUtf8("a;b\n\n\r\n\r1;2\n\n\n3;4\n\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table) == QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}});
    CHECK(recordLines(result.table) == QList<int>{5, 8});
}

TEST_CASE("CsvReader reads a line of separators as empty fields", "[csv][reader][lines]")
{
    const auto result = parseUtf8("a;b;c\n;;\n\"\";;\"\"\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table) == QList<QStringList>{{QString(), QString(), QString()}, {QString(), QString(), QString()}});
}

TEST_CASE("CsvReader keeps a line of one quoted empty field in a one-column file", "[csv][reader][lines]")
{
    const auto result = parseUtf8("Note\n\"\"\nx\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table) == QList<QStringList>{{QString()}, {u"x"_s}});
    CHECK(recordLines(result.table) == QList<int>{2, 3});
}

TEST_CASE("CsvReader keeps unquoted text exactly, spaces included", "[csv][reader][fields]")
{
    // Trimming is the importer's business; the reader returns what the file holds.
    const auto result = parseUtf8(" a ;b\t\n  1; 2 \n");
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.header == QStringList{u" a "_s, u"b\t"_s});
    CHECK(recordFields(result.table) == QList<QStringList>{{u"  1"_s, u" 2 "_s}});
}

TEST_CASE("CsvReader reads quoted separators, doubled quotes and empty quoted fields", "[csv][reader][fields]")
{
    const auto result = parseUtf8("a;b;c;d\n\"x;y\";\"say \"\"hej\"\"\";\"\";\"\"\"\"\n\" sp \";\"a,b\";\"\"\"\"\"\";x\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table)
          == QList<QStringList>{{u"x;y"_s, u"say \"hej\""_s, QString(), u"\""_s}, {u" sp "_s, u"a,b"_s, u"\"\""_s, u"x"_s}});
}

TEST_CASE("CsvReader counts line breaks inside quoted fields", "[csv][reader][lines]")
{
    // Header on line 1, an empty line 2, a record spanning lines 3–5 (CRLF and LF inside), then a
    // record on line 6 and one spanning lines 7–8 (a lone CR inside).
    const auto result = parseUtf8("Navn;Note\n\nAnna;\"first\r\nsecond\nthird\"\r\nBo;x\nCy;\"a\rb\"\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table)
          == QList<QStringList>{{u"Anna"_s, u"first\r\nsecond\nthird"_s}, {u"Bo"_s, u"x"_s}, {u"Cy"_s, u"a\rb"_s}});
    CHECK(recordLines(result.table) == QList<int>{3, 6, 7});
}

TEST_CASE("CsvReader reads an empty file, blank lines only and a header only as zero records", "[csv][reader][lines]")
{
    for (const char *text : {"", "\n", "\r\n\r\n\n", "\xEF\xBB\xBF"}) {
        INFO(mentordesk::testing::escaped(QByteArray(text)));
        const auto result = parseUtf8(text);
        CHECK(result.ok());
        CHECK(result.table.header.isEmpty());
        CHECK(result.table.records.isEmpty());
    }
    const auto headerOnly = parseUtf8("Navn;By\r\n");
    CHECK(headerOnly.ok());
    CHECK(headerOnly.table.header == QStringList{u"Navn"_s, u"By"_s});
    CHECK(headerOnly.table.records.isEmpty());
}

// --- errors ------------------------------------------------------------------------------------

TEST_CASE("CsvReader reports a quoted field that is never closed where it opens", "[csv][reader][errors]")
{
    const auto result = parseUtf8("a;b;c\n1;2;3\n4;\"open\n\nstill open;5\n");
    CHECK(result.errors == QList<CsvError>{{3, 2, unterminatedMessage()}});
    // The records before it are still read; the broken one is not kept.
    CHECK(recordFields(result.table) == QList<QStringList>{{u"1"_s, u"2"_s, u"3"_s}});
}

TEST_CASE("CsvReader reports a header field that is never closed", "[csv][reader][errors]")
{
    const auto result = parseUtf8("\"a;b\nc");
    CHECK(result.errors == QList<CsvError>{{1, 1, unterminatedMessage()}});
    CHECK(result.table.records.isEmpty());
}

TEST_CASE("CsvReader reports a quote inside an unquoted field", "[csv][reader][errors]")
{
    const auto result = parseUtf8("a;b;c\n1;ab\"c;3\nx;y;z\n\"q\nr\";s;t\"\"u\n");
    CHECK(result.errors == QList<CsvError>{{2, 2, strayQuoteMessage()}, {5, 3, strayQuoteMessage()}});
    CHECK(recordFields(result.table) == QList<QStringList>{{u"x"_s, u"y"_s, u"z"_s}});
    CHECK(recordLines(result.table) == QList<int>{3});
}

TEST_CASE("CsvReader reports text after a closing quote", "[csv][reader][errors]")
{
    // On the line of the closing quote, also when the field started lines earlier.
    const auto result = parseUtf8("a;b\n\"ab\"c;2\n1;\"x\ny\"z\n\"ok\" ;1\n");
    CHECK(result.errors
          == QList<CsvError>{{2, 1, textAfterQuoteMessage()}, {4, 2, textAfterQuoteMessage()},
                             {5, 1, textAfterQuoteMessage()}});
    CHECK(result.table.records.isEmpty());
}

TEST_CASE("CsvReader reports a record with a different number of fields than the header", "[csv][reader][errors]")
{
    const auto result = parseUtf8("a;b;c;d;e;f;g\n1;2;3;4;5;6;7\n\n1;2;3;4;5\n1;2;3;4;5;6;7;8\n1;2;3;4;5;6;7\n");
    CHECK(result.errors == QList<CsvError>{{4, 0, fieldCountMessage(4, 5, 7)}, {5, 0, fieldCountMessage(5, 8, 7)}});
    CHECK(recordLines(result.table) == QList<int>{2, 6});
    CHECK(result.errors.first().message == u"Line 4 has 5 fields but the header has 7: add or remove separators (;) so they match, or quote fields that contain one"_s);
}

TEST_CASE("CsvReader names the comma in the field count message of a comma file", "[csv][reader][errors]")
{
    const auto result = parseUtf8("a,b\n1,2,3\n");
    CHECK(result.errors == QList<CsvError>{{2, 0, fieldCountMessage(2, 3, 2, u',')}});
}

TEST_CASE("CsvReader reports a trailing separator as an extra field", "[csv][reader][errors]")
{
    const auto result = parseUtf8("a;b\n1;2;\n");
    CHECK(result.errors == QList<CsvError>{{2, 0, fieldCountMessage(2, 3, 2)}});
}

TEST_CASE("CsvReader reports duplicate column names at the second one", "[csv][reader][errors]")
{
    const auto result = parseUtf8("Navn;By;Email; navn ;BY;Navn\n1;2;3;4;5;6\n");
    const auto message = [](const QString &name, int first, int second) {
        return u"The column name \"%1\" appears twice (columns %2 and %3): rename or remove one of them"_s
            .arg(name)
            .arg(first)
            .arg(second);
    };
    CHECK(result.errors
          == QList<CsvError>{{1, 4, message(u"navn"_s, 1, 4)}, {1, 5, message(u"BY"_s, 2, 5)},
                             {1, 6, message(u"Navn"_s, 1, 6)}});
    // The records themselves are fine and still read.
    CHECK(result.table.records.size() == 1);
}

TEST_CASE("CsvReader compares column names case-insensitively beyond ASCII", "[csv][reader][errors]")
{
    const auto result = parseUtf8("\xC3\x86" "ble;\xC3\xA6" "ble\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 1);
    CHECK(result.errors.first().column == 2);
}

TEST_CASE("CsvReader does not count empty column names as duplicates", "[csv][reader][errors]")
{
    // Excel writes "Navn;By;;" for formatted but empty columns.
    const auto result = parseUtf8("Navn;By;; \n1;2;;\n");
    CHECK(result.errors.isEmpty());
    CHECK(result.table.header == QStringList{u"Navn"_s, u"By"_s, QString(), u" "_s});
}

TEST_CASE("CsvReader reports the duplicate header on the line the header is on", "[csv][reader][errors]")
{
    const auto result = parseUtf8("\n\na;A\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 3);
    CHECK(result.errors.first().column == 2);
}

TEST_CASE("CsvReader reports every problem in the file, in order, and keeps the clean records", "[csv][reader][errors]")
{
    const auto result = parseUtf8("a;b;c\n"       // 1
                                  "1;2;3\n"       // 2
                                  "1;2\n"         // 3 too few
                                  "x\"y;2;3\n"    // 4 stray quote
                                  "\"p\"q;2\n"    // 5 text after quote and too few
                                  "4;5;6\n"       // 6
                                  "7;8;\"9\n");   // 7 never closed
    CHECK(result.errors
          == QList<CsvError>{{3, 0, fieldCountMessage(3, 2, 3)}, {4, 1, strayQuoteMessage()}, {5, 1, textAfterQuoteMessage()},
                             {5, 0, fieldCountMessage(5, 2, 3)}, {7, 3, unterminatedMessage()}});
    CHECK(recordLines(result.table) == QList<int>{2, 6});
    for (const auto &record : result.table.records)
        CHECK(record.fields.size() == result.table.header.size());
}

TEST_CASE("CsvReader stops after 1000 problems with a final one", "[csv][reader][errors]")
{
    QByteArray bytes("a;b\n");
    for (int i = 0; i < 1500; ++i)
        bytes.append("1\n");
    const auto result = CsvReader::parse(bytes);
    REQUIRE(result.errors.size() == 1001);
    CHECK(result.errors.at(999) == CsvError{1001, 0, fieldCountMessage(1001, 1, 2)});
    CHECK(result.errors.last()
          == CsvError{1002, 0, u"…and more problems: correct the ones above and read the file again"_s});
}

TEST_CASE("CsvReader refuses a file with a NUL byte at line 0", "[csv][reader][errors]")
{
    struct Case {
        QByteArray bytes;
        QString message;
    };
    const QString notText =
        u"The file is not text (it contains NUL bytes): choose a CSV file, or save the data as \"CSV UTF-8\" and try again"_s;
    const QString utf16 =
        u"The file is saved as UTF-16 (\"Unicode text\"), not as CSV: save it as \"CSV UTF-8\" and try again"_s;
    const QString workbook = u"The file is a spreadsheet workbook, not CSV: save it as \"CSV UTF-8\" and try again"_s;
    const Case cases[] = {
        {QByteArray("a;b\n1;\0;3\n", 10), notText},
        {QByteArray("\0", 1), notText},
        {QByteArray("\xFF\xFE" "a\0;\0b\0", 8), utf16},
        {QByteArray("\xFE\xFF\0a\0;\0b", 8), utf16},
        {QByteArray("PK\x03\x04\x14\0\x06\0", 8), workbook},
        {QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0", 9), workbook},
    };
    for (const Case &c : cases) {
        INFO(mentordesk::testing::escaped(c.bytes));
        const auto result = CsvReader::parse(c.bytes);
        CHECK(result.errors == QList<CsvError>{{0, 0, c.message}});
        CHECK(result.table.header.isEmpty());
        CHECK(result.table.records.isEmpty());
    }
}

TEST_CASE("CsvReader reads other control characters as text", "[csv][reader][fields]")
{
    const auto result = parseUtf8("a\n\x01\x1A\x7F\tx\n");
    REQUIRE(result.errors.isEmpty());
    CHECK(recordFields(result.table) == QList<QStringList>{{u"\x01\x1A\x7F\tx"_s}});
}

// --- files -------------------------------------------------------------------------------------

TEST_CASE("CsvReader reads a file", "[csv][reader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(u"mentorer.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFNavn;By\r\nS\xC3\xB8ren;Odense\r\n");
    file.close();

    const auto result = CsvReader::readFile(path);
    REQUIRE(result.errors.isEmpty());
    CHECK(result.table.hadByteOrderMark);
    CHECK(result.table.header == QStringList{u"Navn"_s, u"By"_s});
    CHECK(recordFields(result.table) == QList<QStringList>{{u"Søren"_s, u"Odense"_s}});
}

TEST_CASE("CsvReader reports a file that cannot be read at line 0", "[csv][reader][file]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(u"findes-ikke.csv"_s);
    const auto result = CsvReader::readFile(missing);
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors.first().line == 0);
    CHECK(result.errors.first().column == 0);
    const QString prefix = QDir::toNativeSeparators(missing) + u" cannot be read: "_s;
    CHECK(result.errors.first().message.startsWith(prefix));
    // Followed by the system's reason.
    CHECK(result.errors.first().message.size() > prefix.size());
    CHECK(result.table.records.isEmpty());

    const auto folder = CsvReader::readFile(dir.path());
    REQUIRE(folder.errors.size() == 1);
    CHECK(folder.errors.first().line == 0);
    CHECK(folder.errors.first().message.contains(u" cannot be read: "_s));
}

TEST_CASE("CsvReader reads a large file with the right lines", "[csv][reader][file]")
{
    // Big enough to cross buffer sizes, small enough for a Debug run.
    QByteArray bytes("Nr;Navn;Note\r\n");
    const int count = 20000;
    for (int i = 1; i <= count; ++i) {
        bytes += QByteArray::number(i) + ";S\xC3\xB8ren " + QByteArray::number(i);
        bytes += (i % 100 == 0) ? ";\"to\r\nlinjer\"\r\n" : ";kort\r\n";
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile file(dir.filePath(u"stor.csv"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();

    const auto result = CsvReader::readFile(file.fileName());
    REQUIRE(result.errors.isEmpty());
    REQUIRE(result.table.records.size() == count);
    CHECK(result.table.records.at(99).fields == QStringList{u"100"_s, u"Søren 100"_s, u"to\r\nlinjer"_s});
    CHECK(result.table.records.at(99).line == 101);
    CHECK(result.table.records.at(100).line == 103);
    CHECK(result.table.records.last().line == 1 + count + count / 100 - 1);
}
