#pragma once

#include "database.h"
#include "domain/recordmeta.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace mentordesk::storage {

// Full-text search (SQLite FTS5) over people, meeting notes, logbook entries and goals.
class SearchRepository {
    Q_DECLARE_TR_FUNCTIONS(SearchRepository)
public:
    enum class Kind { Mentor = 1, Mentee = 2, Meeting = 3, LogbookEntry = 4, Goal = 5 };

    struct Hit {
        Kind kind;
        domain::Id entityId;
        domain::Id courseId;  // 0 for people
        QString snippet;      // matching words wrapped in [ and ]
    };

    // Control characters around each matching word of a CourseHit's snippet. No keyboard types
    // them, so a "[" or "<b>" in a note can never pass for a marker: the GUI escapes the text
    // first and only then turns the markers into bold.
    static constexpr char16_t kMarkStart = u'\x02';
    static constexpr char16_t kMarkEnd = u'\x03';

    // A meeting note, logbook entry or goal found by searchCourseMaterial().
    struct CourseHit {
        Kind kind = Kind::Meeting;
        domain::Id entityId = 0;
        domain::Id courseId = 0;
        QDate date;          // the meeting's or the entry's date; the day a goal was set
        QString menteeName;  // the course's mentee, "Last, First"
        QString snippet;     // an excerpt, each matching word between kMarkStart and kMarkEnd
    };
    struct CoursePage {
        QList<CourseHit> hits;  // newest first
        bool hasMore = false;   // hits follow beyond this page
    };

    explicit SearchRepository(Database &db) : m_db(db) {}

    // Every word of `text` must occur; a word ending in * matches as a prefix ("mød*").
    // The user's words are quoted, so FTS5 syntax characters cannot break the query.
    QList<Hit> search(const QString &text, int limit = 50) const;

    // Meeting notes, logbook entries and goals holding every typed word as the start of a word
    // ("mød" finds "møde" and "møder"; æ, ø and å are letters of their own), newest first by the
    // record's date, `limit` hits after skipping `offset`. Writes one Search audit entry per hit
    // shown (the records a citizen may ask about), or one for the search itself when nothing was
    // found; never the text searched for. Text without a letter or digit searches nothing.
    Result<CoursePage> searchCourseMaterial(const QString &typed, int offset, int limit);

    // The FTS5 query for `text`, exposed for tests.
    static QString toFtsQuery(const QString &text);

    // The FTS5 query for text typed into a list's search box, matched while the user types:
    // every run of letters and digits becomes a quoted prefix term, as the unicode61 tokenizer
    // splits the indexed text the same way ("soeren.aeroe@ex" gives "soeren"* "aeroe"* "ex"*).
    // Empty when the text holds no letter or digit.
    static QString toPrefixQuery(const QString &typed);

    // Like toPrefixQuery, but a typed word that punctuation splits into several runs becomes one
    // phrase whose last run is the prefix ("e-bo" gives "e bo"*): it finds "e-Boks", and the
    // exact "e" costs nothing, where a prefix "e"* would collect every word starting with e.
    static QString toPhrasePrefixQuery(const QString &typed);

private:
    Status auditSearch(const QList<CourseHit> &hits);

    Database &m_db;
};

} // namespace mentordesk::storage
