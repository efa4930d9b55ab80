#include "dbfixture.h"
#include "records.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
int settings(const TestDatabase &t)
{
    return t.rowCount(u"setting"_s);
}
bool insertSetting(Database &db, const QString &key)
{
    return db.exec(u"INSERT INTO setting (key, value) VALUES ('%1', 'x')"_s.arg(key));
}
} // namespace

TEST_CASE("WriteTransaction commits what it wrote", "[storage][transaction]")
{
    TestDatabase t;
    WriteTransaction tx(*t);
    REQUIRE(tx.begun());
    REQUIRE(insertSetting(*t, u"a"_s));
    CHECK(tx.commit());
    CHECK(settings(t) == 1);
    CHECK_FALSE(tx.commit());  // only once
}

TEST_CASE("WriteTransaction rolls back when not committed", "[storage][transaction]")
{
    TestDatabase t;
    {
        WriteTransaction tx(*t);
        REQUIRE(tx.begun());
        REQUIRE(insertSetting(*t, u"a"_s));
        CHECK(settings(t) == 1);  // visible inside the transaction
    }
    CHECK(settings(t) == 0);
}

TEST_CASE("WriteTransaction nested ones join the outer one", "[storage][transaction]")
{
    TestDatabase t;
    WriteTransaction outer(*t);
    REQUIRE(outer.begun());
    REQUIRE(insertSetting(*t, u"outer"_s));
    {
        WriteTransaction inner(*t);
        REQUIRE(inner.begun());
        REQUIRE(insertSetting(*t, u"inner"_s));
        CHECK(inner.commit());
    }
    CHECK(outer.commit());
    CHECK(settings(t) == 2);
}

TEST_CASE("WriteTransaction failure inside a nested one rolls back the outer one", "[storage][transaction]")
{
    TestDatabase t;
    {
        WriteTransaction outer(*t);
        REQUIRE(outer.begun());
        REQUIRE(insertSetting(*t, u"outer"_s));
        {
            WriteTransaction inner(*t);
            REQUIRE(inner.begun());
            REQUIRE(insertSetting(*t, u"inner"_s));
            CHECK_FALSE(t.db->exec(u"INSERT INTO no_such_table VALUES (1)"_s));
            // inner gives up without committing
        }
        CHECK_FALSE(outer.commit());
    }
    CHECK(settings(t) == 0);

    // The next transaction starts clean.
    WriteTransaction next(*t);
    REQUIRE(next.begun());
    REQUIRE(insertSetting(*t, u"next"_s));
    CHECK(next.commit());
    CHECK(settings(t) == 1);
}

TEST_CASE("WriteTransaction repository failure inside an outer one rolls back both", "[storage][transaction]")
{
    TestDatabase t;
    const domain::Id schemeId = addScheme(*t);
    const int mentorsBefore = t.rowCount(u"mentor"_s);
    const int auditBefore = t.rowCount(u"audit_event"_s);
    {
        WriteTransaction outer(*t);
        REQUIRE(outer.begun());
        domain::Mentor mentor = validMentor();
        REQUIRE(MentorRepository(*t).add(mentor).ok());  // an inner transaction that succeeds
        domain::Course orphan = plannedCourse(4242, schemeId);
        CHECK_FALSE(CourseRepository(*t).add(orphan).ok());  // an inner one that fails
        CHECK_FALSE(outer.commit());
    }
    CHECK(t.rowCount(u"mentor"_s) == mentorsBefore);
    CHECK(t.rowCount(u"course"_s) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == auditBefore);
}

TEST_CASE("WriteTransaction explicit inner rollback fails the outer commit", "[storage][transaction]")
{
    TestDatabase t;
    REQUIRE(t.db->beginWrite());
    REQUIRE(insertSetting(*t, u"a"_s));
    REQUIRE(t.db->beginWrite());
    t.db->rollbackWrite();
    CHECK_FALSE(t.db->commitWrite());
    CHECK(settings(t) == 0);
    CHECK_FALSE(t.db->commitWrite());  // nothing open any more
}
