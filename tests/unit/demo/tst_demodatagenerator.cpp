#include "dbfixture.h"

#include "demo/demodata.h"
#include "domain/cpr.h"
#include "storage/courserepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

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

const QStringList kTables = {u"scheme"_s, u"mentor"_s, u"mentee"_s, u"match"_s, u"course"_s, u"course_grant"_s,
                             u"goal"_s, u"phase_entry"_s, u"meeting"_s, u"logbook_entry"_s};

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
    CHECK(s.goals >= s.courses);
    CHECK(t.rowCount(u"scheme"_s) == s.schemes);
    CHECK(t.rowCount(u"mentor"_s) == s.mentors);
    CHECK(t.rowCount(u"mentee"_s) == s.mentees);
    CHECK(t.rowCount(u"course"_s) == s.courses);
    CHECK(t.rowCount(u"meeting"_s) == s.meetings);
    CHECK(t.rowCount(u"logbook_entry"_s) == s.logbookEntries);
    CHECK(t.rowCount(u"goal"_s) == s.goals);
    // Each course has its approved match and its grant.
    CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM match WHERE state = 'approved'"_s).toInt() == s.courses);
    CHECK(scalarOf(t.connection(), u"SELECT count(DISTINCT course_id) FROM course_grant"_s).toInt() == s.courses);
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

TEST_CASE("DemoDataGenerator active courses are fully documented", "[demo]")
{
    TestDatabase t;
    generate(t, options(13));
    CourseRepository courses(*t);
    const QList<Course> all = courses.page(0, 10000);
    REQUIRE_FALSE(all.isEmpty());
    for (const Course &c : all) {
        INFO("course " << c.id);
        CHECK(c.status == CourseStatus::Active);
        CHECK(c.validate().isEmpty());
        CHECK(courses.activationProblems(c).isEmpty());
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
