#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace mentordesk::csv {

namespace {

// Past this many problems the file is clearly not what the user meant to pick; a longer list
// helps nobody and costs memory on a huge broken file.
constexpr qsizetype kMaxErrors = 1000;

// Windows-1252 for 0x80–0x9F (the rest of the code page is Latin-1). The five bytes the code page
// leaves undefined map to the same code point, as Windows' own MultiByteToWideChar does.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88–8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98–9F
};

// Hand-written so the reader does not depend on ICU being built into Qt.
QString decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = QChar((b >= 0x80 && b <= 0x9F) ? kWindows1252High[b - 0x80] : static_cast<char16_t>(b));
    }
    return text;
}

struct Decoded {
    QString text;
    QString encoding;
    bool hadByteOrderMark = false;
};

Decoded decode(QByteArrayView bytes)
{
    Decoded result;
    result.encoding = u"UTF-8"_s;
    static constexpr char kBom[] = "\xEF\xBB\xBF";
    if (bytes.startsWith(QByteArrayView(kBom, 3))) {
        result.hadByteOrderMark = true;
        bytes = bytes.sliced(3);
    }
    // Stateless: a sequence cut off at the end counts as an error (a stateful decoder would keep
    // it for a next call that never comes). ConvertInitialBom: the BOM is already gone, so a
    // second one is content, not something to drop silently.
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    result.text = utf8.decode(bytes);
    // With a BOM the author said UTF-8, so a bad byte stays a replacement character rather than
    // turning the whole file into Windows-1252 mojibake.
    if (utf8.hasError() && !result.hadByteOrderMark) {
        result.text = decodeWindows1252(bytes);
        result.encoding = u"Windows-1252"_s;
    }
    return result;
}

// A NUL byte never occurs in text a spreadsheet or editor saves as CSV; say what the file
// probably is, so the user knows what to do.
QString binaryFileMessage(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return CsvReader::tr("The file is saved as UTF-16 (\"Unicode text\"), not as CSV: save it as "
                             "\"CSV UTF-8\" and try again");
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0"))
        return CsvReader::tr("The file is a spreadsheet workbook, not CSV: save it as \"CSV UTF-8\" "
                             "and try again");
    return CsvReader::tr("The file is not text (it contains NUL bytes): choose a CSV file, or save "
                         "the data as \"CSV UTF-8\" and try again");
}

// Scans the decoded text once, with indices into it; a field becomes a QString only when it is
// complete (one allocation per field, none per character).
class Parser {
public:
    explicit Parser(QStringView text)
        : m_begin(text.utf16())
        , m_end(text.utf16() + text.size())
    {
    }

    // Counted on the header only: data rows may legitimately be full of commas (amounts, text)
    // while the header of a ';' file rarely is. A tie, including none at all, means ';', the
    // Danish Excel default.
    QChar detectSeparator() const
    {
        const char16_t *p = skipEmptyLines(m_begin, nullptr);
        qsizetype semicolons = 0;
        qsizetype commas = 0;
        bool quoted = false;
        for (; p < m_end; ++p) {
            const char16_t c = *p;
            if (c == u'"')
                quoted = !quoted; // a doubled quote toggles twice, so it stays inside
            else if (quoted)
                continue;
            else if (c == u';')
                ++semicolons;
            else if (c == u',')
                ++commas;
            else if (c == u'\n' || c == u'\r')
                break;
        }
        return commas > semicolons ? QChar(u',') : QChar(u';');
    }

    void run(CsvTable &table, QList<CsvError> &errors, qsizetype expectedLines)
    {
        m_sep = table.separator.unicode();
        m_errors = &errors;
        table.records.reserve(expectedLines);
        bool haveHeader = false;
        QStringList fields;
        while (!m_stopped) {
            m_p = skipEmptyLines(m_p, &m_line);
            if (m_p >= m_end)
                break;
            const int recordLine = m_line;
            fields.clear();
            if (haveHeader)
                fields.reserve(table.header.size());
            const RecordState state = readRecord(fields);
            if (m_stopped)
                break;
            if (!haveHeader) {
                haveHeader = true;
                table.header = fields;
                checkHeader(table.header, recordLine);
                continue;
            }
            if (state == RecordState::Unterminated)
                break; // the rest of the file is inside that field; nothing more to check
            if (fields.size() != table.header.size()) {
                addError(recordLine, 0,
                         CsvReader::tr("Line %1 has %2 fields but the header has %3: add or remove "
                                       "separators (%4) so they match, or quote fields that contain one")
                             .arg(recordLine)
                             .arg(fields.size())
                             .arg(table.header.size())
                             .arg(QChar(m_sep)));
                continue;
            }
            // Only clean records are kept, so a consumer can index every record by header column
            // even when it chooses to show the errors and import the rest.
            if (state == RecordState::Clean)
                table.records.append({recordLine, std::move(fields)});
        }
    }

private:
    enum class RecordState { Clean, HadError, Unterminated };

    bool isBreak(char16_t c) const { return c == u'\n' || c == u'\r'; }

    // Lines with no characters at all are skipped, but still counted so line numbers match what
    // an editor shows.
    const char16_t *skipEmptyLines(const char16_t *p, int *line) const
    {
        while (p < m_end && isBreak(*p)) {
            if (*p == u'\r' && p + 1 < m_end && p[1] == u'\n')
                ++p;
            ++p;
            if (line)
                ++*line;
        }
        return p;
    }

    // Reads one record from m_p up to and including its line break.
    RecordState readRecord(QStringList &fields)
    {
        RecordState state = RecordState::Clean;
        for (;;) {
            const int column = static_cast<int>(fields.size()) + 1;
            if (m_p < m_end && *m_p == u'"') {
                if (!readQuotedField(fields, column, state))
                    return RecordState::Unterminated;
            } else {
                readPlainField(fields, column, state);
            }
            if (m_stopped)
                return state;
            if (m_p < m_end && *m_p == m_sep) {
                ++m_p;
                continue; // a separator at the end of the line still opens one (empty) field
            }
            if (m_p < m_end) { // a line break
                if (*m_p == u'\r' && m_p + 1 < m_end && m_p[1] == u'\n')
                    ++m_p;
                ++m_p;
                ++m_line;
            }
            return state;
        }
    }

    void readPlainField(QStringList &fields, int column, RecordState &state)
    {
        const char16_t *start = m_p;
        bool reported = false;
        for (; m_p < m_end; ++m_p) {
            const char16_t c = *m_p;
            if (c == m_sep || isBreak(c))
                break;
            if (c == u'"' && !reported) {
                // Kept as text so the rest of the line still parses and its problems show too.
                reported = true;
                state = RecordState::HadError;
                addError(m_line, column,
                         CsvReader::tr("A quote (\") appears inside a field that does not start with "
                                       "one: put the whole field in quotes and double the quote (\"\")"));
            }
        }
        fields.append(QStringView(start, m_p).toString());
    }

    // Returns false when the field runs to the end of the file without a closing quote.
    bool readQuotedField(QStringList &fields, int column, RecordState &state)
    {
        const int openLine = m_line;
        ++m_p; // the opening quote
        const char16_t *segment = m_p;
        QString value; // only used once a doubled quote splits the field into pieces
        bool split = false;
        for (;;) {
            if (m_p >= m_end) {
                state = RecordState::Unterminated;
                addError(openLine, column,
                         CsvReader::tr("The quoted field that starts here is never closed: add the "
                                       "missing \""));
                return false;
            }
            const char16_t c = *m_p;
            if (c == u'"') {
                if (m_p + 1 < m_end && m_p[1] == u'"') {
                    value.append(QStringView(segment, m_p + 1)); // up to and including one quote
                    split = true;
                    m_p += 2;
                    segment = m_p;
                    continue;
                }
                break;
            }
            // Line breaks inside the field count as physical lines; CRLF is one break.
            if (c == u'\n' || (c == u'\r' && !(m_p + 1 < m_end && m_p[1] == u'\n')))
                ++m_line;
            ++m_p;
        }
        if (split)
            value.append(QStringView(segment, m_p));
        else
            value = QStringView(segment, m_p).toString();
        ++m_p; // the closing quote
        if (m_p < m_end && *m_p != m_sep && !isBreak(*m_p)) {
            state = RecordState::HadError;
            addError(m_line, column,
                     CsvReader::tr("Text follows the closing quote of a field: put the whole field in "
                                   "quotes and double every quote inside it (\"\")"));
            const char16_t *rest = m_p;
            while (m_p < m_end && *m_p != m_sep && !isBreak(*m_p))
                ++m_p;
            value.append(QStringView(rest, m_p));
        }
        fields.append(value);
        return true;
    }

    // Empty names are left out: Excel writes "Navn;By;;" for formatted but empty columns, and
    // those carry no data worth refusing the file over.
    void checkHeader(const QStringList &header, int line)
    {
        QHash<QString, int> seen;
        for (int i = 0; i < header.size(); ++i) {
            const QString name = header.at(i).trimmed();
            if (name.isEmpty())
                continue;
            const QString key = name.toCaseFolded();
            const auto it = seen.constFind(key);
            if (it == seen.cend()) {
                seen.insert(key, i + 1);
                continue;
            }
            addError(line, i + 1,
                     CsvReader::tr("The column name \"%1\" appears twice (columns %2 and %3): rename or "
                                   "remove one of them")
                         .arg(name)
                         .arg(it.value())
                         .arg(i + 1));
        }
    }

    void addError(int line, int column, const QString &message)
    {
        if (m_errors->size() >= kMaxErrors) {
            // Stop here: the user has enough to fix, and a huge broken file should not keep us busy.
            m_errors->append({line, 0,
                              CsvReader::tr("…and more problems: correct the ones above and read the "
                                            "file again")});
            m_stopped = true;
            m_p = m_end;
            return;
        }
        m_errors->append({line, column, message});
    }

    const char16_t *const m_begin;
    const char16_t *const m_end;
    const char16_t *m_p = m_begin;
    int m_line = 1;
    char16_t m_sep = u';';
    QList<CsvError> *m_errors = nullptr;
    bool m_stopped = false;
};

// Takes the bytes by value so readFile can hand over the only copy and have it freed as soon as
// the text is decoded: a file of a few hundred MB then needs its memory only once.
CsvParseResult parseBytes(QByteArray bytes)
{
    CsvParseResult result;
    result.table.encoding = u"UTF-8"_s;
    if (std::memchr(bytes.constData(), 0, static_cast<size_t>(bytes.size()))) {
        result.errors.append({0, 0, binaryFileMessage(bytes)});
        return result;
    }
    // An upper bound of the record count, to reserve once instead of growing the list.
    const qsizetype lineFeeds = std::count(bytes.cbegin(), bytes.cend(), '\n');
    Decoded decoded = decode(bytes);
    bytes = QByteArray();
    result.table.encoding = decoded.encoding;
    result.table.hadByteOrderMark = decoded.hadByteOrderMark;

    Parser parser(decoded.text);
    result.table.separator = parser.detectSeparator();
    parser.run(result.table, result.errors, lineFeeds);
    return result;
}

} // namespace

CsvParseResult CsvReader::parse(const QByteArray &bytes)
{
    return parseBytes(bytes);
}

CsvParseResult CsvReader::readFile(const QString &path)
{
    QFile file(path);
    QByteArray bytes;
    bool readOk = file.open(QIODevice::ReadOnly);
    if (readOk) {
        bytes = file.readAll();
        readOk = file.error() == QFileDevice::NoError;
    }
    if (!readOk) {
        CsvParseResult result;
        result.errors.append(
            {0, 0, tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return result;
    }
    file.close();
    return parseBytes(std::move(bytes));
}

} // namespace mentordesk::csv
