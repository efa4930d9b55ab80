#pragma once

#include "database.h"
#include "domain/recordmeta.h"

#include <QList>

namespace mentordesk::storage {

// Full-text search (SQLite FTS5) over people, meeting notes, logbook entries and goals.
class SearchRepository {
public:
    enum class Kind { Mentor = 1, Mentee = 2, Meeting = 3, LogbookEntry = 4, Goal = 5 };

    struct Hit {
        Kind kind;
        domain::Id entityId;
        domain::Id courseId;  // 0 for people
        QString snippet;      // matching words wrapped in [ and ]
    };

    explicit SearchRepository(Database &db) : m_db(db) {}

    // Every word of `text` must occur; a word ending in * matches as a prefix ("mød*").
    // The user's words are quoted, so FTS5 syntax characters cannot break the query.
    QList<Hit> search(const QString &text, int limit = 50) const;

    // The FTS5 query for `text`, exposed for tests.
    static QString toFtsQuery(const QString &text);

    // The FTS5 query for text typed into a list's search box, matched while the user types:
    // every run of letters and digits becomes a quoted prefix term, as the unicode61 tokenizer
    // splits the indexed text the same way ("soeren.aeroe@ex" gives "soeren"* "aeroe"* "ex"*).
    // Empty when the text holds no letter or digit.
    static QString toPrefixQuery(const QString &typed);

private:
    Database &m_db;
};

} // namespace mentordesk::storage
