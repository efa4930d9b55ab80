#include "dbfixture.h"
#include "records.h"

#include "storage/goalrepository.h"
#include "storage/logbookrepository.h"
#include "storage/meetingrepository.h"
#include "storage/searchrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
using Kind = SearchRepository::Kind;

struct Fixture {
    TestDatabase t;
    Chain chain;
    LogbookEntry entry;

    Fixture()
    {
        chain = addCourseChain(*t);
        entry.courseId = chain.courseId;
        entry.date = fixedToday();
        entry.text = u"Mødte op på Ærøskøbing havn"_s;
        REQUIRE(LogbookRepository(*t).add(entry).ok());
    }
    QList<SearchRepository::Hit> search(const QString &text) const { return SearchRepository(*t.db).search(text); }
    bool finds(const QString &text, Kind kind, Id id) const
    {
        for (const auto &hit : search(text))
            if (hit.kind == kind && hit.entityId == id)
                return true;
        return false;
    }
    bool findsEntry(const QString &text) const { return finds(text, Kind::LogbookEntry, entry.id); }
    // Whether SQLite accepts `match` as an FTS5 query at all.
    bool ftsAccepts(const QString &match) const
    {
        QSqlQuery q(t.connection());
        q.prepare(u"SELECT count(*) FROM search_index WHERE search_index MATCH ?"_s);
        q.addBindValue(match);
        return q.exec() && q.next();
    }
};
} // namespace

TEST_CASE("SearchRepository finds Danish words whatever their case", "[storage][search]")
{
    Fixture f;
    CHECK(f.findsEntry(u"ærøskøbing"_s));
    CHECK(f.findsEntry(u"ÆRØSKØBING"_s));
    CHECK(f.findsEntry(u"Ærøskøbing"_s));
    CHECK(f.findsEntry(u"mød*"_s));
    CHECK(f.findsEntry(u"MØD*"_s));
    CHECK(f.findsEntry(u"havn ærøskøbing"_s));  // every word, any order

    const auto hits = f.search(u"ærøskøbing"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().kind == Kind::LogbookEntry);
    CHECK(hits.first().entityId == f.entry.id);
    CHECK(hits.first().courseId == f.chain.courseId);
    CHECK(hits.first().snippet.contains(u"[Ærøskøbing]"_s));
}

TEST_CASE("SearchRepository does not fold Danish letters to ASCII", "[storage][search]")
{
    Fixture f;
    CHECK_FALSE(f.findsEntry(u"aeroskobing"_s));
    CHECK_FALSE(f.findsEntry(u"aroskobing"_s));
    CHECK_FALSE(f.findsEntry(u"mode"_s));
    CHECK_FALSE(f.findsEntry(u"modte"_s));

    LogbookEntry moved;
    moved.courseId = f.chain.courseId;
    moved.date = fixedToday();
    moved.text = u"Flyttet til Åbenrå"_s;
    REQUIRE(LogbookRepository(*f.t).add(moved).ok());
    CHECK(f.finds(u"åbenrå"_s, Kind::LogbookEntry, moved.id));
    CHECK(f.finds(u"ÅBENRÅ"_s, Kind::LogbookEntry, moved.id));
    CHECK_FALSE(f.finds(u"abenra"_s, Kind::LogbookEntry, moved.id));
    CHECK_FALSE(f.finds(u"abenra*"_s, Kind::LogbookEntry, moved.id));
    CHECK(f.search(u"abenra"_s).isEmpty());
}

TEST_CASE("SearchRepository needs every word", "[storage][search]")
{
    Fixture f;
    CHECK_FALSE(f.findsEntry(u"ærøskøbing lufthavn"_s));
    CHECK(f.search(u"lufthavn"_s).isEmpty());
    CHECK(f.search(QString()).isEmpty());
    CHECK(f.search(u"   "_s).isEmpty());
}

TEST_CASE("SearchRepository toFtsQuery quotes every word", "[storage][search]")
{
    CHECK(SearchRepository::toFtsQuery(u"Ærøskøbing havn"_s) == u"\"Ærøskøbing\" \"havn\""_s);
    CHECK(SearchRepository::toFtsQuery(u"mød*"_s) == u"\"mød\"*"_s);
    CHECK(SearchRepository::toFtsQuery(u"  a   b  "_s) == u"\"a\" \"b\""_s);
    CHECK(SearchRepository::toFtsQuery(u"say\"hi"_s) == u"\"say\"\"hi\""_s);
    CHECK(SearchRepository::toFtsQuery(u"OR NOT"_s) == u"\"OR\" \"NOT\""_s);
    CHECK(SearchRepository::toFtsQuery(u"*"_s).isEmpty());
    CHECK(SearchRepository::toFtsQuery(QString()).isEmpty());
}

TEST_CASE("SearchRepository a stray quote does not break the query", "[storage][search]")
{
    Fixture f;
    // Unquoted, SQLite refuses these: the test would notice if quoting stopped.
    REQUIRE_FALSE(f.ftsAccepts(u"\"Ærøskøbing"_s));
    for (const QString &text : {u"\""_s, u"\"Ærøskøbing"_s, u"Ærøskøbing\""_s, u"mød\"*"_s, u"\"\"\""_s, u"a\"b\"c"_s,
                                u"NEAR("_s, u"havn AND"_s}) {
        INFO(text.toStdString());
        CHECK(f.ftsAccepts(SearchRepository::toFtsQuery(text)));
    }
    CHECK(f.findsEntry(u"Ærøskøbing\""_s));
    CHECK(f.findsEntry(u"\"Ærøskøbing"_s));
    CHECK(f.search(u"\""_s).isEmpty());
    CHECK_FALSE(f.findsEntry(u"havn AND"_s));  // "AND" is a word to look for, not an operator
}

TEST_CASE("SearchRepository an update replaces the old words", "[storage][search]")
{
    Fixture f;
    REQUIRE(f.findsEntry(u"ærøskøbing"_s));
    LogbookEntry changed = f.entry;
    changed.text = u"Aflyst på grund af sygdom"_s;
    REQUIRE(LogbookRepository(*f.t).update(changed).ok());
    CHECK_FALSE(f.findsEntry(u"ærøskøbing"_s));
    CHECK_FALSE(f.findsEntry(u"havn"_s));
    CHECK(f.findsEntry(u"sygdom"_s));
    CHECK(f.search(u"sygdom"_s).size() == 1);
}

TEST_CASE("SearchRepository finds mentors and mentees by name", "[storage][search]")
{
    Fixture f;
    Mentor mentor = validMentor(u"Bjørn"_s, u"Østergaard"_s);
    REQUIRE(MentorRepository(*f.t).add(mentor).ok());
    Mentee mentee = validMentee(f.chain.schemeId, u"Åse"_s, u"Bæk"_s);
    REQUIRE(MenteeRepository(*f.t).add(mentee).ok());

    CHECK(f.finds(u"østergaard"_s, Kind::Mentor, mentor.id));
    CHECK(f.finds(u"Bjørn Østergaard"_s, Kind::Mentor, mentor.id));
    CHECK(f.finds(u"bjø*"_s, Kind::Mentor, mentor.id));
    CHECK(f.finds(u"åse"_s, Kind::Mentee, mentee.id));
    CHECK_FALSE(f.finds(u"ase"_s, Kind::Mentee, mentee.id));
    const auto hits = f.search(u"østergaard"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().courseId == 0);

    // A renamed mentor is found by the new name only.
    mentor.lastName = u"Holm"_s;
    REQUIRE(MentorRepository(*f.t).update(mentor).ok());
    CHECK_FALSE(f.finds(u"østergaard"_s, Kind::Mentor, mentor.id));
    CHECK(f.finds(u"holm"_s, Kind::Mentor, mentor.id));
}

TEST_CASE("SearchRepository finds meeting notes and goals of a course", "[storage][search]")
{
    Fixture f;
    Meeting meeting;
    meeting.courseId = f.chain.courseId;
    meeting.date = fixedToday();
    meeting.status = MeetingStatus::Held;
    meeting.minutes = 60;
    meeting.place = u"Biblioteket"_s;
    meeting.note = u"Øvede jobsamtale"_s;
    REQUIRE(MeetingRepository(*f.t).add(meeting).ok());
    Goal goal;
    goal.courseId = f.chain.courseId;
    goal.text = u"Tage bussen alene"_s;
    REQUIRE(GoalRepository(*f.t).add(goal).ok());

    CHECK(f.finds(u"jobsamtale"_s, Kind::Meeting, meeting.id));
    CHECK(f.finds(u"biblioteket"_s, Kind::Meeting, meeting.id));
    CHECK(f.finds(u"bussen"_s, Kind::Goal, goal.id));
    const auto hits = f.search(u"bussen"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().courseId == f.chain.courseId);
}
