#include "searchrepository.h"

#include "auditrepository.h"
#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

namespace {

// The runs of letters and digits of `text`, the pieces the unicode61 tokenizer indexes.
QStringList letterRuns(const QString &text)
{
    QStringList runs;
    QString run;
    // Composed form: a keyboard gives "å" as one character, as the stored texts have it.
    const QString composed = text.normalized(QString::NormalizationForm_C);
    for (const char32_t c : QStringView(composed).toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            run.append(QChar::fromUcs4(c));
        } else if (!run.isEmpty()) {
            runs << run;
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs << run;
    return runs;
}

// The FTS5 rowid is (day << 36) + id * 16 + kind (migrations.cpp, searchTriggers), so a hit's
// kind, id and date come from it, and so does the filter to course material (kinds 3 to 5),
// without reading the index's UNINDEXED columns: each costs a lookup in the content table.
// The subquery stops after the page (FTS5 walks its index newest first); only then does the
// outer query look up the page's mentees.
const QString kCourseMaterialSql =
    u"SELECT p.rowid, p.course_id, p.excerpt, e.last_name || ', ' || e.first_name"
    " FROM (SELECT rowid, course_id, snippet(search_index, 0, char(2), char(3), '…', 16) AS excerpt"
    "       FROM search_index WHERE search_index MATCH ? AND rowid % 16 IN (3, 4, 5)"
    "       ORDER BY rowid DESC LIMIT ? OFFSET ?) AS p"
    " LEFT JOIN course c ON c.id = p.course_id LEFT JOIN mentee e ON e.id = c.mentee_id"
    " ORDER BY p.rowid DESC"_s;

// The kinds of course material and their tables, which name them in the audit trail.
struct MaterialTable {
    SearchRepository::Kind kind;
    const char16_t *table;
};
constexpr MaterialTable kMaterialTables[] = {
    {SearchRepository::Kind::Meeting, u"meeting"},
    {SearchRepository::Kind::LogbookEntry, u"logbook_entry"},
    {SearchRepository::Kind::Goal, u"goal"},
};

// SQLite's julianday() counts from noon, so midnight of a day is N.5 and the index stores N, one
// less than Qt's day number of that date. Day 0 means the record had no date.
QDate dateOfDay(qint64 day)
{
    return day > 0 ? QDate::fromJulianDay(day + 1) : QDate();
}

} // namespace

QString SearchRepository::toFtsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        const bool prefix = word.endsWith(u'*');
        word.remove(u'*');
        word.replace(u'"', u"\"\""_s);
        if (word.isEmpty())
            continue;
        terms << u'"' + word + u'"' + (prefix ? u"*"_s : QString());
    }
    return terms.join(u' ');
}

QString SearchRepository::toPrefixQuery(const QString &typed)
{
    QStringList terms;
    for (const QString &run : letterRuns(typed))
        terms << u'"' + run + u"\"*"_s;
    return terms.join(u' ');
}

QString SearchRepository::toPhrasePrefixQuery(const QString &typed)
{
    QStringList terms;
    for (const QString &word : typed.simplified().split(u' ', Qt::SkipEmptyParts)) {
        // Runs hold only letters, digits and marks: nothing in them can end the quoted string.
        const QStringList runs = letterRuns(word);
        if (!runs.isEmpty())
            terms << u'"' + runs.join(u' ') + u"\"*"_s;
    }
    return terms.join(u' ');
}

QList<SearchRepository::Hit> SearchRepository::search(const QString &text, int limit) const
{
    QList<Hit> hits;
    const QString query = toFtsQuery(text);
    if (query.isEmpty())
        return hits;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT kind, entity_id, course_id, snippet(search_index, 0, '[', ']', '…', 12)"
              " FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"_s);
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "search");
        return hits;
    }
    while (q.next())
        hits.append({static_cast<Kind>(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toString()});
    return hits;
}

Result<SearchRepository::CoursePage> SearchRepository::searchCourseMaterial(const QString &typed, int offset, int limit)
{
    CoursePage page;
    const QString match = toPhrasePrefixQuery(typed);
    if (match.isEmpty() || limit <= 0)
        return page;
    {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(kCourseMaterialSql);
        q.addBindValue(match);
        q.addBindValue(limit + 1);  // one more than shown tells whether another page follows
        q.addBindValue(qMax(offset, 0));
        if (!q.exec())
            return Result<CoursePage>::failure(SqlErrors::userMessage(q.lastError(), "search course material"));
        while (q.next()) {
            const qint64 rowid = q.value(0).toLongLong();
            page.hits.append({static_cast<Kind>(rowid & 15), (rowid >> 4) & 0xFFFFFFFF, q.value(1).toLongLong(),
                              dateOfDay(rowid >> 36), q.value(3).toString(),
                              // The indexed body joins place, note and "before next" with spaces,
                              // empty ones too.
                              q.value(2).toString().trimmed()});
        }
    }
    if (page.hits.size() > limit) {
        page.hits.removeLast();
        page.hasMore = true;
    }
    if (const Status audited = auditSearch(page.hits); !audited)
        return Result<CoursePage>::failure(audited.error());
    return page;
}

// Every search of a person's data is audited (DOMAIN.md §4): which records it showed, so a
// citizen can learn who saw their notes, or, when it showed none, that a search was made. The
// text searched for is personal data itself and is never written.
Status SearchRepository::auditSearch(const QList<CourseHit> &hits)
{
    const QString notRecorded = tr("The search could not be recorded in the audit log, so its results are not shown. "
                                   "Try again in a moment.");
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(notRecorded);
    AuditRepository audit(m_db);
    Status audited;
    if (hits.isEmpty()) {
        audited = audit.record(domain::AuditAction::Search, u"search_index"_s, 0);
    } else {
        for (const MaterialTable &material : kMaterialTables) {
            QList<domain::Id> ids;
            for (const CourseHit &hit : hits)
                if (hit.kind == material.kind)
                    ids.append(hit.entityId);
            if (audited)
                audited = audit.recordMany(domain::AuditAction::Search, QString::fromUtf16(material.table), ids);
        }
    }
    if (!audited || !tx.commit())
        return Status::failure(notRecorded);
    return {};
}

} // namespace mentordesk::storage
