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

// ---- Course material: meeting notes, logbook entries and goals, newest first -----------------

namespace {

// A course with its material added through the repositories, so the search index is filled by
// the triggers exactly as in use.
struct CourseMaterial {
    TestDatabase t;
    Chain chain;

    CourseMaterial() { chain = addCourseChain(*t); }

    Id meeting(const QDate &date, const QString &note, Id courseId = 0)
    {
        Meeting m;
        m.courseId = courseId ? courseId : chain.courseId;
        m.date = date;
        m.status = MeetingStatus::Held;
        m.minutes = 60;
        m.note = note;
        const auto id = MeetingRepository(*t).add(m);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    Id logbook(const QDate &date, const QString &text)
    {
        LogbookEntry e;
        e.courseId = chain.courseId;
        e.date = date;
        e.text = text;
        const auto id = LogbookRepository(*t).add(e);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }
    // A goal is dated by the day it was set: the fixture's clock says 14 June 2024.
    Id goal(const QString &text)
    {
        Goal g;
        g.courseId = chain.courseId;
        g.text = text;
        const auto id = GoalRepository(*t).add(g);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    SearchRepository::CoursePage page(const QString &typed, int offset = 0, int limit = 50)
    {
        const auto found = SearchRepository(*t).searchCourseMaterial(typed, offset, limit);
        INFO(found.error().toStdString());
        REQUIRE(found.ok());
        return found.value();
    }
    QList<std::pair<Kind, Id>> found(const QString &typed)
    {
        QList<std::pair<Kind, Id>> hits;
        for (const auto &hit : page(typed).hits)
            hits.append({hit.kind, hit.entityId});
        return hits;
    }
    QStringList auditRows() const
    {
        return rowsOf(t.connection(), u"SELECT user_name, action, entity, entity_id FROM audit_event"
                                      " WHERE action = 'search' ORDER BY entity, entity_id"_s);
    }
};

using Found = QList<std::pair<Kind, Id>>;

} // namespace

TEST_CASE("SearchRepository course material keeps æ, ø and å apart from a, o and ae", "[storage][search]")
{
    CourseMaterial f;
    const Id moved = f.logbook(QDate(2024, 3, 1), u"Flyttet til Åbenrå"_s);
    const Id sister = f.meeting(QDate(2024, 3, 2), u"Besøgte sin søster"_s);
    const Id stream = f.goal(u"Cykle til Bæk skole"_s);
    const Id ascii = f.logbook(QDate(2024, 3, 3), u"Baek og abenra og soster"_s);

    CHECK(f.found(u"Åbenrå"_s) == Found{{Kind::LogbookEntry, moved}});
    CHECK(f.found(u"åbenrå"_s) == Found{{Kind::LogbookEntry, moved}});
    CHECK(f.found(u"søster"_s) == Found{{Kind::Meeting, sister}});
    CHECK(f.found(u"SØSTER"_s) == Found{{Kind::Meeting, sister}});
    CHECK(f.found(u"bæk"_s) == Found{{Kind::Goal, stream}});
    // The ASCII spellings are other words: each finds only the entry written with them.
    CHECK(f.found(u"baek"_s) == Found{{Kind::LogbookEntry, ascii}});
    CHECK(f.found(u"abenra"_s) == Found{{Kind::LogbookEntry, ascii}});
    CHECK(f.found(u"soster"_s) == Found{{Kind::LogbookEntry, ascii}});
    CHECK(f.found(u"bak"_s).isEmpty());
    CHECK(f.found(u"sost"_s) == Found{{Kind::LogbookEntry, ascii}});
    CHECK(f.found(u"søst"_s) == Found{{Kind::Meeting, sister}});
    // A decomposed å (a + ring, as some programs paste it) is the same letter.
    CHECK(f.found(u"A\u030Abenr\u00E5"_s) == Found{{Kind::LogbookEntry, moved}});
}

TEST_CASE("SearchRepository course material matches every typed word as a prefix", "[storage][search]")
{
    CourseMaterial f;
    const Id meeting = f.meeting(QDate(2024, 6, 1), u"Aftalt nyt møde på jobcentret"_s);
    const Id meetings = f.meeting(QDate(2024, 5, 1), u"Holder møder med skolen"_s);
    const Id turnedUp = f.logbook(QDate(2024, 4, 1), u"Mødte op til tiden"_s);
    const Id mail = f.goal(u"Åbne e-Boks hver uge"_s);

    CHECK(f.found(u"mød"_s) == Found{{Kind::Meeting, meeting}, {Kind::Meeting, meetings}, {Kind::LogbookEntry, turnedUp}});
    CHECK(f.found(u"møde"_s) == Found{{Kind::Meeting, meeting}, {Kind::Meeting, meetings}});
    CHECK(f.found(u"møder"_s) == Found{{Kind::Meeting, meetings}});
    CHECK(f.found(u"MØD SKO"_s) == Found{{Kind::Meeting, meetings}});  // every word, each a prefix
    CHECK(f.found(u"mød lufthavn"_s).isEmpty());
    CHECK(f.found(u"e-bo"_s) == Found{{Kind::Goal, mail}});
    CHECK(f.found(u"boks"_s) == Found{{Kind::Goal, mail}});
    // FTS5 syntax typed by the user is text, never an operator.
    CHECK(f.found(u"møde OR lufthavn"_s).isEmpty());
    CHECK(f.found(u"\"møde"_s).size() == 2);
    CHECK(f.found(u"NEAR(møde"_s).isEmpty());
    CHECK(f.page(u" \" * - "_s).hits.isEmpty());
    CHECK(f.page(QString()).hits.isEmpty());
}

TEST_CASE("SearchRepository toPhrasePrefixQuery makes each typed word a prefix phrase", "[storage][search]")
{
    CHECK(SearchRepository::toPhrasePrefixQuery(u"mød"_s) == u"\"mød\"*"_s);
    CHECK(SearchRepository::toPhrasePrefixQuery(u"  Ærø   havn "_s) == u"\"Ærø\"* \"havn\"*"_s);
    CHECK(SearchRepository::toPhrasePrefixQuery(u"e-bo"_s) == u"\"e bo\"*"_s);
    CHECK(SearchRepository::toPhrasePrefixQuery(u"say\"hi OR"_s) == u"\"say hi\"* \"OR\"*"_s);
    CHECK(SearchRepository::toPhrasePrefixQuery(u"A\u030Abenr\u00E5\tx"_s) == u"\"Åbenrå\"* \"x\"*"_s);
    CHECK(SearchRepository::toPhrasePrefixQuery(u" * \" "_s).isEmpty());
    CHECK(SearchRepository::toPhrasePrefixQuery(QString()).isEmpty());
}

TEST_CASE("SearchRepository course material comes newest first by the record's date", "[storage][search]")
{
    CourseMaterial f;
    // Stored in an order unlike their dates: the ids must not decide.
    const Id june = f.meeting(QDate(2024, 6, 10), u"Talte om praktik"_s);
    const Id january = f.meeting(QDate(2024, 1, 5), u"Første snak om praktik"_s);
    const Id march = f.logbook(QDate(2024, 3, 1), u"Praktik aftalt"_s);
    const Id goal = f.goal(u"Finde en praktikplads"_s);  // set on 14 June 2024
    const Id may = f.logbook(QDate(2024, 5, 31), u"Ringede til praktikstedet"_s);

    const auto page = f.page(u"praktik"_s);
    REQUIRE(page.hits.size() == 5);
    CHECK_FALSE(page.hasMore);
    CHECK(f.found(u"praktik"_s) == Found{{Kind::Goal, goal}, {Kind::Meeting, june}, {Kind::LogbookEntry, may},
                                         {Kind::LogbookEntry, march}, {Kind::Meeting, january}});
    QList<QDate> dates;
    for (const auto &hit : page.hits)
        dates << hit.date;
    CHECK(dates == QList<QDate>{QDate(2024, 6, 14), QDate(2024, 6, 10), QDate(2024, 5, 31), QDate(2024, 3, 1), QDate(2024, 1, 5)});
}

TEST_CASE("SearchRepository course material leaves people out", "[storage][search]")
{
    CourseMaterial f;
    // The chain's mentee is Fatima Hussein and its mentor Søren Ærø.
    const Id note = f.meeting(QDate(2024, 6, 1), u"Hussein og Ærø planlagde ugen"_s);
    CHECK(f.found(u"hussein"_s) == Found{{Kind::Meeting, note}});
    CHECK(f.found(u"ærø"_s) == Found{{Kind::Meeting, note}});
    CHECK(f.found(u"fatima"_s).isEmpty());
    CHECK(f.found(u"søren"_s).isEmpty());
    // The general search still finds the people.
    bool mentee = false;
    for (const auto &hit : SearchRepository(*f.t).search(u"fatima"_s))
        mentee = mentee || (hit.kind == Kind::Mentee && hit.entityId == f.chain.menteeId);
    CHECK(mentee);
}

TEST_CASE("SearchRepository course material pages without overlap or gaps", "[storage][search]")
{
    CourseMaterial f;
    QList<std::pair<Kind, Id>> stored;
    for (int day = 1; day <= 7; ++day)
        stored.prepend({Kind::Meeting, f.meeting(QDate(2024, 2, day), u"Samtale nummer %1"_s.arg(day))});
    stored.prepend({Kind::LogbookEntry, f.logbook(QDate(2024, 2, 8), u"Samtalen gik godt"_s)});

    Found pages;
    QList<bool> more;
    for (int offset = 0; offset < 12; offset += 3) {
        const auto page = f.page(u"samtale"_s, offset, 3);
        for (const auto &hit : page.hits)
            pages.append({hit.kind, hit.entityId});
        more << page.hasMore;
    }
    CHECK(pages == stored);
    CHECK(more == QList<bool>{true, true, false, false});
    CHECK(f.page(u"samtale"_s, 6, 3).hits.size() == 2);
    CHECK(f.page(u"samtale"_s, 0, 8).hasMore == false);
    CHECK(f.page(u"samtale"_s, 0, 7).hasMore == true);
    CHECK(f.page(u"samtale"_s, 0, 0).hits.isEmpty());
}

TEST_CASE("SearchRepository course material finds an updated meeting by its new date and text", "[storage][search]")
{
    CourseMaterial f;
    const Id later = f.meeting(QDate(2024, 4, 1), u"Kontrakt underskrevet"_s);
    Meeting moved;
    moved.courseId = f.chain.courseId;
    moved.date = QDate(2024, 2, 1);
    moved.status = MeetingStatus::Held;
    moved.minutes = 30;
    moved.note = u"Gammel tekst om kontrakt"_s;
    REQUIRE(MeetingRepository(*f.t).add(moved).ok());
    REQUIRE(f.found(u"kontrakt"_s) == Found{{Kind::Meeting, later}, {Kind::Meeting, moved.id}});

    moved.date = QDate(2024, 5, 20);
    moved.note = u"Ny tekst om kontrakten"_s;
    REQUIRE(MeetingRepository(*f.t).update(moved).ok());
    CHECK(f.found(u"gammel"_s).isEmpty());
    CHECK(f.found(u"ny tekst"_s) == Found{{Kind::Meeting, moved.id}});
    CHECK(f.found(u"kontrakt"_s) == Found{{Kind::Meeting, moved.id}, {Kind::Meeting, later}});
    const auto page = f.page(u"kontrakt"_s);
    REQUIRE(page.hits.size() == 2);  // one hit per meeting: the old version is gone
    CHECK(page.hits.first().date == QDate(2024, 5, 20));
}

TEST_CASE("SearchRepository course material marks the matching words with control characters", "[storage][search]")
{
    CourseMaterial f;
    f.meeting(QDate(2024, 6, 1), u"Talte om <b>mødet</b> [vigtigt] og mødestedet på Ærø"_s);
    const auto page = f.page(u"mød"_s);
    REQUIRE(page.hits.size() == 1);
    const QString snippet = page.hits.first().snippet;
    const QString start(SearchRepository::kMarkStart);
    const QString end(SearchRepository::kMarkEnd);
    const QString expected = u"Talte om <b>"_s + start + u"mødet"_s + end + u"</b> [vigtigt] og "_s + start + u"mødestedet"_s
                             + end + u" på Ærø"_s;
    CHECK(snippet == expected);
    // The user's own brackets and tags stay text.
    CHECK(snippet.count(start) == 2);
    CHECK(snippet.count(end) == 2);

    // A long note is cut to an excerpt around the match.
    QString filler;
    for (int i = 0; i < 60; ++i)
        filler += u"ord%1 "_s.arg(i);
    f.meeting(QDate(2024, 6, 2), filler + u"kørekort "_s + filler);
    const auto cut = f.page(u"kørekort"_s);
    REQUIRE(cut.hits.size() == 1);
    CHECK(cut.hits.first().snippet.contains(start + u"kørekort"_s + end));
    CHECK(cut.hits.first().snippet.contains(u"…"_s));
    CHECK(cut.hits.first().snippet.size() < 200);
}

TEST_CASE("SearchRepository course material names the course and its mentee", "[storage][search]")
{
    CourseMaterial f;
    const Id other = addMentee(*f.t, f.chain.schemeId, validMentee(f.chain.schemeId, u"Åse"_s, u"Østergaard"_s));
    const Id otherCourse = addCourse(*f.t, other, f.chain.schemeId);
    f.meeting(QDate(2024, 6, 2), u"Jobsamtale hos Netto"_s, otherCourse);
    f.meeting(QDate(2024, 6, 1), u"Øvede jobsamtale"_s);

    const auto page = f.page(u"jobsamtale"_s);
    REQUIRE(page.hits.size() == 2);
    CHECK(page.hits.at(0).courseId == otherCourse);
    CHECK(page.hits.at(0).menteeName == u"Østergaard, Åse"_s);
    CHECK(page.hits.at(0).date == QDate(2024, 6, 2));
    CHECK(page.hits.at(1).courseId == f.chain.courseId);
    CHECK(page.hits.at(1).menteeName == u"Hussein, Fatima"_s);
    CHECK(page.hits.at(1).date == QDate(2024, 6, 1));
}

TEST_CASE("SearchRepository course material audits each search without the words searched for", "[storage][search]")
{
    CourseMaterial f;
    f.meeting(QDate(2024, 6, 1), u"Misbrug af hash drøftet"_s);
    const Id entry = f.logbook(QDate(2024, 6, 2), u"Hash: aftale om behandling"_s);
    const Id goal = f.goal(u"Stoppe med hash"_s);  // set on 14 June
    const int before = f.t.rowCount(u"audit_event"_s);

    // The page shown is what the trail records: the two newest of the three hits.
    const auto page = f.page(u"hash"_s, 0, 2);
    REQUIRE(page.hits.size() == 2);
    CHECK(f.auditRows() == QStringList{u"coordinator1|search|goal|%1"_s.arg(goal),
                                       u"coordinator1|search|logbook_entry|%1"_s.arg(entry)});
    CHECK(f.t.rowCount(u"audit_event"_s) == before + 2);

    // A search that found nothing is recorded too, as a search of the index.
    CHECK(f.page(u"heroin"_s).hits.isEmpty());
    CHECK(f.auditRows().contains(u"coordinator1|search|search_index|0"_s));
    CHECK(f.t.rowCount(u"audit_event"_s) == before + 3);

    // Nothing searched, nothing recorded.
    f.page(u"  "_s);
    CHECK(f.t.rowCount(u"audit_event"_s) == before + 3);

    // The words searched for are nowhere in the trail.
    const QStringList trail = rowsOf(f.t.connection(), u"SELECT * FROM audit_event"_s);
    CHECK_FALSE(trail.join(u'\n').contains(u"hash"_s, Qt::CaseInsensitive));
    CHECK_FALSE(trail.join(u'\n').contains(u"heroin"_s, Qt::CaseInsensitive));
}
