#include "dbfixture.h"

#include "demo/demodata.h"
#include "domain/cpr.h"
#include "storage/attentionqueries.h"
#include "storage/courserepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

#include <QMap>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

demo::DemoOptions options(quint64 seed)
{
    demo::DemoOptions o;
    o.seed = seed;
    o.today = fixedToday();
    return o;
}

demo::DemoSummary generate(TestDatabase &t, const demo::DemoOptions &o)
{
    const auto summary = demo::DemoDataGenerator(*t).generate(o);
    INFO(summary.error().toStdString());
    REQUIRE(summary.ok());
    return *summary;
}

// All rows of `table`, every column but the record stamps, ordered by id.
QStringList content(const TestDatabase &t, const QString &table)
{
    QStringList columns;
    for (const QString &row : rowsOf(t.connection(), u"SELECT name FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table)))
        if (!row.startsWith(u"created_"_s) && !row.startsWith(u"updated_"_s))
            columns << row;
    REQUIRE(columns.size() > 3);
    return rowsOf(t.connection(), u"SELECT %1 FROM %2 ORDER BY id"_s.arg(columns.join(u", "_s), table));
}

const QStringList kTables = {u"scheme"_s,       u"mentor"_s,        u"mentee"_s,        u"match"_s,
                             u"course"_s,       u"course_grant"_s,  u"goal"_s,          u"phase_entry"_s,
                             u"meeting"_s,      u"logbook_entry"_s, u"status_review"_s, u"agreement"_s,
                             u"course_ending"_s};

int count(const TestDatabase &t, const QString &sql)
{
    return scalarOf(t.connection(), sql).toInt();
}

} // namespace

TEST_CASE("DemoDataGenerator same seed and day give the same data", "[demo]")
{
    TestDatabase first(u"first.mentordesk"_s);
    TestDatabase second(u"second.mentordesk"_s);
    const demo::DemoSummary a = generate(first, options(42));
    // The second file is written at another time of day: only the record stamps may differ.
    second.db->setClock([] { return fixedNow().addSecs(3 * 3600); });
    const demo::DemoSummary b = generate(second, options(42));

    CHECK(a.mentors == b.mentors);
    CHECK(a.mentees == b.mentees);
    CHECK(a.courses == b.courses);
    CHECK(a.meetings == b.meetings);
    CHECK(a.logbookEntries == b.logbookEntries);
    CHECK(a.goals == b.goals);
    CHECK(a.endings == b.endings);
    CHECK(a.statusReviews == b.statusReviews);
    CHECK(a.agreements == b.agreements);
    for (const QString &table : kTables) {
        INFO("table " << table.toStdString());
        const QStringList rows = content(first, table);
        CHECK_FALSE(rows.isEmpty());
        CHECK(rows == content(second, table));
    }
}

TEST_CASE("DemoDataGenerator another seed gives other data", "[demo]")
{
    TestDatabase first(u"first.mentordesk"_s);
    TestDatabase second(u"second.mentordesk"_s);
    generate(first, options(1));
    generate(second, options(2));
    CHECK(content(first, u"mentor"_s) != content(second, u"mentor"_s));
    CHECK(content(first, u"mentee"_s) != content(second, u"mentee"_s));
    CHECK(content(first, u"meeting"_s) != content(second, u"meeting"_s));
    // The fixed schemes are the same whatever the seed.
    CHECK(content(first, u"scheme"_s) == content(second, u"scheme"_s));
}

TEST_CASE("DemoDataGenerator another day moves the dates", "[demo]")
{
    TestDatabase first(u"first.mentordesk"_s);
    TestDatabase second(u"second.mentordesk"_s);
    generate(first, options(3));
    demo::DemoOptions earlier = options(3);
    earlier.today = fixedToday().addDays(-30);
    generate(second, earlier);
    CHECK(content(first, u"mentor"_s) != content(second, u"mentor"_s));
    CHECK(rowsOf(first.connection(), u"SELECT first_name, last_name FROM mentor ORDER BY id"_s)
          == rowsOf(second.connection(), u"SELECT first_name, last_name FROM mentor ORDER BY id"_s));
}

TEST_CASE("DemoDataGenerator summary counts match the tables", "[demo]")
{
    TestDatabase t;
    const demo::DemoSummary s = generate(t, options(5));
    CHECK(s.schemes == 4);
    CHECK(s.mentors == 40);
    CHECK(s.mentees == 120);
    CHECK(s.courses > 0);
    CHECK(s.meetings > 0);
    CHECK(s.logbookEntries > 0);
    CHECK(s.goals >= s.courses - s.plannedCourses);
    CHECK(s.endings > 0);
    CHECK(s.statusReviews > 0);
    CHECK(s.agreements > 0);
    CHECK(t.rowCount(u"scheme"_s) == s.schemes);
    CHECK(t.rowCount(u"mentor"_s) == s.mentors);
    CHECK(t.rowCount(u"mentee"_s) == s.mentees);
    CHECK(t.rowCount(u"course"_s) == s.courses);
    CHECK(t.rowCount(u"meeting"_s) == s.meetings);
    CHECK(t.rowCount(u"logbook_entry"_s) == s.logbookEntries);
    CHECK(t.rowCount(u"goal"_s) == s.goals);
    CHECK(t.rowCount(u"course_ending"_s) == s.endings);
    CHECK(t.rowCount(u"status_review"_s) == s.statusReviews);
    CHECK(t.rowCount(u"agreement"_s) == s.agreements);
    CHECK(count(t, u"SELECT count(*) FROM course WHERE status = 'ended'"_s) == s.endings);
    CHECK(count(t, u"SELECT count(*) FROM course WHERE status = 'planned'"_s) == s.plannedCourses);
    CHECK(count(t, u"SELECT count(*) FROM match WHERE end_reason = 'no_chemistry'"_s) == s.mentorChanges);
    // Each open course with a mentor has its approved match, and every course but a few planned
    // ones its grant.
    CHECK(count(t, u"SELECT count(*) FROM match WHERE state = 'approved'"_s)
          == count(t, u"SELECT count(*) FROM course WHERE status <> 'ended' AND current_match_id IS NOT NULL"_s));
    CHECK(count(t, u"SELECT count(*) FROM course c WHERE c.status <> 'planned'"
                   " AND NOT EXISTS (SELECT 1 FROM course_grant g WHERE g.course_id = c.id)"_s)
          == 0);
}

TEST_CASE("DemoDataGenerator honours the requested sizes", "[demo]")
{
    TestDatabase t;
    demo::DemoOptions o = options(9);
    o.mentors = 3;
    o.mentees = 10;
    const demo::DemoSummary s = generate(t, o);
    CHECK(s.mentors == 3);
    CHECK(s.mentees == 10);
    CHECK(t.rowCount(u"mentor"_s) == 3);
    CHECK(t.rowCount(u"mentee"_s) == 10);
}

TEST_CASE("DemoDataGenerator every mentor and mentee passes validation", "[demo]")
{
    TestDatabase t;
    generate(t, options(11));
    const QList<Mentor> mentors = MentorRepository(*t).page(0, 10000, true);
    REQUIRE(mentors.size() == 40);
    for (const Mentor &m : mentors) {
        const Errors errors = m.validate(fixedToday());
        INFO("mentor " << m.id << ": " << joinMessages(errors).toStdString());
        CHECK(errors.isEmpty());
    }
    const QList<Mentee> mentees = MenteeRepository(*t).page(0, 10000, true);
    REQUIRE(mentees.size() == 120);
    for (const Mentee &m : mentees) {
        const Errors errors = m.validate(fixedToday());
        INFO("mentee " << m.id << ": " << joinMessages(errors).toStdString());
        CHECK(errors.isEmpty());
    }
}

TEST_CASE("DemoDataGenerator active courses are fully documented, planned ones not yet", "[demo]")
{
    TestDatabase t;
    generate(t, options(13));
    CourseRepository courses(*t);
    const QList<Course> all = courses.page(0, 10000);
    REQUIRE_FALSE(all.isEmpty());
    int planned = 0;
    for (const Course &c : all) {
        INFO("course " << c.id);
        CHECK(c.validate().isEmpty());
        if (c.status == CourseStatus::Active && c.currentMatchId > 0)
            CHECK(courses.activationProblems(c).isEmpty());
        if (c.status == CourseStatus::Planned) {
            ++planned;
            CHECK(c.mentorTasks.isEmpty());  // the coordinator is still writing it
            CHECK_FALSE(courses.activationProblems(c).isEmpty());
        }
    }
    CHECK(planned > 0);
}

TEST_CASE("DemoDataGenerator courses end: an ending, the mentor's place free, the mentee ended", "[demo]")
{
    TestDatabase t;
    const demo::DemoSummary s = generate(t, options(21));
    const int ended = count(t, u"SELECT count(*) FROM course WHERE status = 'ended'"_s);
    const int open = count(t, u"SELECT count(*) FROM course WHERE status IN ('planned', 'active', 'paused')"_s);
    INFO("ended " << ended << ", open " << open);
    // Most courses of the last fifteen months have ended; a good share is still running.
    CHECK(ended > open / 2);
    CHECK(open > s.courses / 4);
    // One ending each, in the Ending phase, never before the start or after today.
    const QString today = u"'"_s + fixedToday().toString(Qt::ISODate) + u"'"_s;
    CHECK(count(t, u"SELECT count(*) FROM course c JOIN course_ending e ON e.course_id = c.id WHERE c.status = 'ended'"
                   " AND c.phase = 'ending' AND e.end_date >= c.start_date AND e.end_date < "_s + today)
          == ended);
    // Ending freed the place: no approved match on an ended course; its mentee has ended too.
    CHECK(count(t, u"SELECT count(*) FROM match x JOIN course c ON c.id = x.course_id"
                   " WHERE c.status = 'ended' AND x.state = 'approved'"_s)
          == 0);
    CHECK(count(t, u"SELECT count(*) FROM course c JOIN mentee e ON e.id = c.mentee_id"
                   " WHERE c.status = 'ended' AND e.status <> 'ended'"_s)
          == 0);
    CHECK(count(t, u"SELECT count(*) FROM match WHERE state = 'ended' AND end_reason = 'course_ended'"
                   " AND ended_on IS NOT NULL"_s)
          == ended);
    // A mix of reasons and outcomes, not one of each.
    CHECK(count(t, u"SELECT count(DISTINCT reason) FROM course_ending"_s) >= 5);
    CHECK(count(t, u"SELECT count(DISTINCT outcome) FROM course_ending"_s) >= 4);
    CHECK(count(t, u"SELECT count(*) FROM course_ending WHERE final_status IS NOT NULL"_s) == ended);
    // Durations like the national figures: a median of about three months [003].
    const QStringList days = rowsOf(t.connection(), u"SELECT CAST(julianday(e.end_date) - julianday(c.start_date) AS INTEGER) AS d"
                                                    " FROM course_ending e JOIN course c ON c.id = e.course_id ORDER BY d"_s);
    REQUIRE(days.size() == ended);
    REQUIRE_FALSE(days.isEmpty());
    const int median = days.at(days.size() / 2).toInt();
    INFO("median " << median << " days");
    CHECK(median >= 60);
    CHECK(median <= 135);
    CHECK(days.first().toInt() <= 30);   // a few break down within a month
    CHECK(days.last().toInt() >= 180);   // and a few run long
}

TEST_CASE("DemoDataGenerator records the chemistry check, and now and then a mentor change", "[demo]")
{
    int changes = 0;
    int continued = 0;
    for (quint64 seed : {3u, 31u, 47u}) {
        TestDatabase t;
        const demo::DemoSummary s = generate(t, options(seed));
        INFO("seed " << seed);
        // Most matches that had three held meetings have their check.
        const int withMeetings = count(t,
            u"SELECT count(*) FROM match x WHERE x.state IN ('approved', 'ended') AND (SELECT count(*) FROM meeting m"
            " WHERE m.course_id = x.course_id AND m.status = 'held' AND m.date >= substr(x.approved_at, 1, 10)) >= 3"
            " AND x.end_reason IS NOT 'no_chemistry'"_s);
        const int checked = count(t,
            u"SELECT count(*) FROM match x WHERE x.state IN ('approved', 'ended') AND x.chemistry IS NOT NULL"_s);
        CHECK(withMeetings > 20);
        CHECK(checked * 100 >= withMeetings * 80);
        CHECK(count(t, u"SELECT count(*) FROM match WHERE chemistry = 'not_ok' AND end_reason = 'no_chemistry'"_s)
              == s.mentorChanges);
        // Every approval is dated in the past, before the match's last decision.
        CHECK(count(t, u"SELECT count(*) FROM match WHERE state IN ('approved', 'ended') AND (approved_at IS NULL"
                       " OR approved_at > decided_at OR substr(approved_at, 1, 10) > '"_s
                           + fixedToday().toString(Qt::ISODate) + u"')"_s)
              == 0);
        changes += s.mentorChanges;
        // After a change the course goes on with a new approved match, or waits for one.
        continued += count(t, u"SELECT count(*) FROM match a JOIN match b ON b.course_id = a.course_id AND b.id > a.id"
                              " WHERE a.end_reason = 'no_chemistry' AND b.state IN ('approved', 'ended')"_s);
        CHECK(count(t, u"SELECT count(*) FROM match a WHERE a.end_reason = 'no_chemistry' AND NOT EXISTS (SELECT 1 FROM match b"
                       " WHERE b.course_id = a.course_id AND b.id > a.id) AND EXISTS (SELECT 1 FROM course c"
                       " WHERE c.id = a.course_id AND (c.status <> 'active' OR c.current_match_id IS NOT NULL))"_s)
              == 0);
    }
    CHECK(changes > 0);
    CHECK(continued > 0);
}

TEST_CASE("DemoDataGenerator reviews follow up the hours, agreements are printed", "[demo]")
{
    TestDatabase t;
    generate(t, options(8));
    const QString today = u"'"_s + fixedToday().toString(Qt::ISODate) + u"'"_s;
    const int reviews = t.rowCount(u"status_review"_s);
    REQUIRE(reviews > 20);
    // Hours checked in most reviews (the audit found a third without [001]); both views kept.
    CHECK(count(t, u"SELECT count(*) FROM status_review WHERE hours_delivered_checked = 1"_s) * 100 >= reviews * 70);
    CHECK(count(t, u"SELECT count(*) FROM status_review WHERE hours_delivered_checked = 0"_s) > 0);
    CHECK(count(t, u"SELECT count(*) FROM status_review WHERE mentee_assessment IS NULL OR mentor_assessment IS NULL"
                   " OR answers IS NULL OR hours_note IS NULL"_s)
          == 0);
    CHECK(count(t, u"SELECT count(DISTINCT decision) FROM status_review"_s) >= 3);
    // About every three months: active courses past their first review date mostly have one,
    // and their next review lies ahead (the few overdue ones: the needs-attention test).
    const int due = count(t, u"SELECT count(*) FROM course WHERE status = 'active' AND date(start_date, '+3 months') < "_s + today);
    const int reviewed = count(t, u"SELECT count(*) FROM course c WHERE c.status = 'active' AND date(c.start_date, '+3 months') < "_s
                                    + today + u" AND EXISTS (SELECT 1 FROM status_review r WHERE r.course_id = c.id)"_s);
    const int active = count(t, u"SELECT count(*) FROM course WHERE status = 'active'"_s);
    const int ahead = count(t, u"SELECT count(*) FROM course WHERE status = 'active' AND next_review_date >= "_s + today);
    INFO("active " << active << ", review due " << due << ", reviewed " << reviewed << ", next review ahead " << ahead);
    REQUIRE(due > 5);
    CHECK(reviewed * 100 >= due * 75);
    CHECK(ahead * 100 >= active * 80);
    // The course's next review is its newest review's.
    CHECK(count(t, u"SELECT count(*) FROM course c WHERE c.status = 'active' AND EXISTS (SELECT 1 FROM status_review r"
                   " WHERE r.course_id = c.id) AND c.next_review_date IS NOT (SELECT r.next_review FROM status_review r"
                   " WHERE r.course_id = c.id ORDER BY r.date DESC, r.id DESC LIMIT 1)"_s)
          == 0);
    // Agreements in Danish with the course's purpose on most active courses; not yet on some of
    // the newest.
    const int older = count(t, u"SELECT count(*) FROM course WHERE status = 'active' AND julianday("_s + today
                                   + u") - julianday(start_date) > 30"_s);
    const int printed = count(t, u"SELECT count(*) FROM course c WHERE c.status = 'active' AND julianday("_s + today
                                     + u") - julianday(c.start_date) > 30 AND EXISTS (SELECT 1 FROM agreement a"
                                       " WHERE a.course_id = c.id)"_s);
    INFO("older active " << older << ", with agreement " << printed);
    CHECK(printed * 100 >= older * 85);
    CHECK(count(t, u"SELECT count(*) FROM agreement a JOIN course c ON c.id = a.course_id WHERE a.language <> 'da'"
                   " OR a.snapshot_html NOT LIKE '%<h1%>Mentoraftale</h1>%' OR instr(a.snapshot_html, c.purpose) = 0"_s)
          == 0);
    // The newest agreement of an open course with its mentor is MentorDesk's own, with the values
    // it was filled with, so the course page can tell when a new one is due.
    const int filled = count(t, u"SELECT count(*) FROM agreement a JOIN course c ON c.id = a.course_id WHERE a.fields IS NOT NULL"
                                  " AND a.template_name = 'default-da' AND c.status IN ('planned', 'active', 'paused')"
                                  " AND a.snapshot_html LIKE '%Klagevejledning%'"_s);
    const int openWithAgreement = count(t, u"SELECT count(*) FROM course c WHERE c.status IN ('planned', 'active', 'paused')"
                                             " AND EXISTS (SELECT 1 FROM agreement a WHERE a.course_id = c.id)"_s);
    INFO("filled " << filled << " of " << openWithAgreement);
    CHECK(filled * 100 >= openWithAgreement * 80);
    CHECK(count(t, u"SELECT count(*) FROM agreement a JOIN course c ON c.id = a.course_id WHERE a.fields IS NOT NULL"
                   " AND c.status NOT IN ('planned', 'active', 'paused')"_s)
          == 0);
    CHECK(count(t, u"SELECT count(*) FROM course c WHERE c.status IN ('planned', 'active') AND NOT EXISTS"
                   " (SELECT 1 FROM agreement a WHERE a.course_id = c.id)"_s)
          > 0);
}

TEST_CASE("DemoDataGenerator meets weekly at first, later less often; ret og pligt weekly", "[demo]")
{
    TestDatabase t;
    generate(t, options(19));
    const QString today = u"'"_s + fixedToday().toString(Qt::ISODate) + u"'"_s;
    // Ret-og-pligt courses with a mentor mostly held a meeting in the last week [003].
    const int retOgPligt = count(t, u"SELECT count(*) FROM course c JOIN mentee e ON e.id = c.mentee_id"
                                    " WHERE c.status = 'active' AND c.current_match_id IS NOT NULL AND e.ret_og_pligt = 1"_s);
    const int weekly = count(t, u"SELECT count(*) FROM course c JOIN mentee e ON e.id = c.mentee_id"
                                " WHERE c.status = 'active' AND c.current_match_id IS NOT NULL AND e.ret_og_pligt = 1"
                                " AND EXISTS (SELECT 1 FROM meeting m WHERE m.course_id = c.id AND m.status = 'held'"
                                " AND julianday("_s + today + u") - julianday(m.date) <= 7)"_s);
    INFO("ret og pligt " << retOgPligt << ", met in the last week " << weekly);
    REQUIRE(retOgPligt > 3);
    CHECK(weekly * 100 >= retOgPligt * 70);
    // Some courses now meet every other week: their last two meetings are two weeks apart.
    CHECK(count(t, u"SELECT count(*) FROM course c WHERE c.status = 'active' AND c.meeting_frequency LIKE '%hver anden uge'"
                   " AND (SELECT julianday(max(m.date)) - julianday(min(m.date)) FROM (SELECT date FROM meeting"
                   " WHERE course_id = c.id AND status = 'held' ORDER BY date DESC LIMIT 2) m) BETWEEN 13 AND 15"_s)
          > 0);
    // The first meetings are weekly: on nearly every course the second is a week after the first.
    CHECK(count(t, u"SELECT count(*) FROM course c WHERE c.status <> 'planned' AND (SELECT julianday(m2.date) - julianday(c.start_date)"
                   " FROM meeting m2 WHERE m2.course_id = c.id AND m2.date > c.start_date ORDER BY m2.date LIMIT 1) > 7"_s)
          <= count(t, u"SELECT count(*) FROM course WHERE status <> 'planned'"_s) / 5);
    // The next meeting is in the calendar for many open courses.
    CHECK(count(t, u"SELECT count(*) FROM meeting WHERE status = 'planned' AND date > "_s + today) > 0);
}

TEST_CASE("DemoDataGenerator needs attention on a believable handful of courses", "[demo]")
{
    QSet<int> seen;
    for (quint64 seed : {1u, 2u, 3u, 4u}) {
        TestDatabase t;
        generate(t, options(seed));
        const QList<AttentionItem> items = AttentionQueries(*t).items(fixedToday(), AttentionThresholds());
        QSet<Id> flagged;
        QSet<int> rules;
        QMap<int, int> perRule;
        for (const AttentionItem &item : items) {
            flagged.insert(item.courseId);
            rules.insert(int(item.rule));
            ++perRule[int(item.rule)];
            seen.insert(int(item.rule));
        }
        const int open = count(t, u"SELECT count(*) FROM course WHERE status IN ('planned', 'active', 'paused')"_s);
        QString breakdown;
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            breakdown += u" %1:%2"_s.arg(it.key()).arg(it.value());
        INFO("seed " << seed << ": " << flagged.size() << " of " << open << " open courses flagged; rules" << breakdown.toStdString());
        REQUIRE(open > 20);
        CHECK(flagged.size() * 2 <= open);
        CHECK(flagged.size() >= 3);
        CHECK(rules.size() >= 3);
    }
    // Over a few files every kind of trouble the demo plants shows up.
    for (const AttentionRule rule : {AttentionRule::NoRecentMeeting, AttentionRule::HoursBelowGrant, AttentionRule::ReviewOverdue,
                                     AttentionRule::EndingSoon, AttentionRule::ChemistryCheckMissing, AttentionRule::MissingTasks,
                                     AttentionRule::NoAgreement, AttentionRule::NoMentor}) {
        INFO("rule " << int(rule));
        CHECK(seen.contains(int(rule)));
    }
}

TEST_CASE("DemoDataGenerator never exceeds a mentor's capacity", "[demo]")
{
    for (quint64 seed : {1u, 17u, 23u}) {
        TestDatabase t;
        generate(t, options(seed));
        const QStringList overloaded = rowsOf(t.connection(),
            u"SELECT m.id, m.capacity, count(x.id) FROM mentor m JOIN match x ON x.mentor_id = m.id AND x.state = 'approved'"
            " GROUP BY m.id HAVING count(x.id) > m.capacity"_s);
        INFO("seed " << seed);
        CHECK(overloaded == QStringList());
        // Not vacuous: the seed did assign mentors, and some mentor is full.
        CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM match WHERE state = 'approved'"_s).toInt() > 10);
        CHECK(scalarOf(t.connection(),
                       u"SELECT count(*) FROM mentor m WHERE m.capacity = (SELECT count(*) FROM match x"
                       " WHERE x.mentor_id = m.id AND x.state = 'approved')"_s)
                  .toInt()
              > 0);
        // Paused mentors get no new mentees.
        CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM match x JOIN mentor m ON m.id = x.mentor_id"
                                       " WHERE m.status <> 'active'"_s)
                  .toInt()
              == 0);
    }
}

TEST_CASE("DemoDataGenerator CPR numbers are unique and valid", "[demo]")
{
    TestDatabase t;
    generate(t, options(29));
    const QStringList rows = rowsOf(t.connection(), u"SELECT cpr, birth_year FROM mentee WHERE cpr IS NOT NULL ORDER BY id"_s);
    REQUIRE(rows.size() > 50);
    QSet<QString> seen;
    for (const QString &row : rows) {
        const QString cpr = row.section(u'|', 0, 0);
        const int birthYear = row.section(u'|', 1, 1).toInt();
        INFO("cpr " << cpr.toStdString());
        QString error;
        CHECK(Cpr::normalise(cpr, &error) == std::optional<QString>(cpr));
        CHECK(error.isEmpty());
        const QDate born = Cpr::birthDate(cpr);
        CHECK(born.isValid());
        CHECK(born.year() == birthYear);
        CHECK(born <= fixedToday());
        CHECK_FALSE(seen.contains(cpr));
        seen.insert(cpr);
    }
    CHECK(seen.size() == rows.size());
}

TEST_CASE("DemoDataGenerator refuses impossible sizes and writes nothing", "[demo]")
{
    TestDatabase t;
    demo::DemoOptions o = options(1);
    o.mentors = -1;
    auto refused = demo::DemoDataGenerator(*t).generate(o);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"cannot be negative"_s));

    o.mentors = 0;
    o.mentees = 5;
    refused = demo::DemoDataGenerator(*t).generate(o);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"at least one demo mentor"_s));
    for (const QString &table : kTables)
        CHECK(t.rowCount(table) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}
