#include "dbfixture.h"
#include "records.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Grant grant(Id courseId, QDate from, QDate to, double hours)
{
    Grant g;
    g.courseId = courseId;
    g.from = from;
    g.to = to;
    g.hoursPerWeek = hours;
    return g;
}
} // namespace

TEST_CASE("GrantRepository round trip", "[storage][grant]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    GrantRepository repo(*t);
    Grant g = grant(chain.courseId, QDate(2024, 5, 1), QDate(2024, 10, 31), 2.5);
    g.decidedBy = u"Jobcentret"_s;
    g.decidedOn = QDate(2024, 4, 28);
    const auto id = repo.add(g);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->from == QDate(2024, 5, 1));
    CHECK(found->to == QDate(2024, 10, 31));
    CHECK(found->hoursPerWeek == 2.5);
    CHECK(found->decidedBy == u"Jobcentret"_s);
    CHECK(found->decidedOn == QDate(2024, 4, 28));

    Grant changed = *found;
    changed.hoursPerWeek = 4;
    changed.to = QDate(2024, 8, 31);
    changed.decidedBy.clear();
    changed.decidedOn = QDate();
    REQUIRE(repo.update(changed).ok());  // does not overlap itself
    found = repo.find(*id);
    CHECK(found->hoursPerWeek == 4.0);
    CHECK(found->to == QDate(2024, 8, 31));
    CHECK(found->decidedBy.isEmpty());
    CHECK_FALSE(found->decidedOn.isValid());
}

TEST_CASE("GrantRepository refuses a grant that overlaps another of the course", "[storage][grant]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    GrantRepository repo(*t);
    Grant first = grant(chain.courseId, QDate(2024, 1, 1), QDate(2024, 6, 30), 3);
    REQUIRE(repo.add(first).ok());

    Grant overlapping = grant(chain.courseId, QDate(2024, 6, 30), QDate(2024, 12, 31), 5);
    const auto refused = repo.add(overlapping);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().startsWith(u"The grant overlaps the grant from 2024-01-01 to 2024-06-30."_s));
    CHECK(repo.forCourse(chain.courseId).size() == 1);

    // A renewal that starts the day after is a new grant on the same course.
    Grant renewal = grant(chain.courseId, QDate(2024, 7, 1), QDate(2024, 12, 31), 5);
    REQUIRE(repo.add(renewal).ok());
    CHECK(repo.forCourse(chain.courseId).size() == 2);

    // Moving the renewal back into the first period is refused too.
    renewal.from = QDate(2024, 3, 1);
    CHECK_FALSE(repo.update(renewal).ok());
    CHECK(repo.find(renewal.id)->from == QDate(2024, 7, 1));

    // Grants of another course do not count.
    const Id otherCourse = addCourse(*t, chain.menteeId, chain.schemeId);
    Grant other = grant(otherCourse, QDate(2024, 1, 1), QDate(2024, 6, 30), 3);
    CHECK(repo.add(other).ok());
}

TEST_CASE("GrantRepository refuses invalid hours", "[storage][grant]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    GrantRepository repo(*t);
    Grant zero = grant(chain.courseId, QDate(2024, 1, 1), QDate(2024, 6, 30), 0);
    CHECK(repo.add(zero).error().contains(u"must be above 0"_s));
    Grant tooMany = grant(chain.courseId, QDate(2024, 1, 1), QDate(2024, 6, 30), 37.5);
    CHECK(repo.add(tooMany).error().contains(u"cannot exceed 37"_s));
    CHECK(repo.forCourse(chain.courseId).isEmpty());
}

TEST_CASE("GrantRepository hoursOn gives the hours of the grant covering a day", "[storage][grant]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    GrantRepository repo(*t);
    Grant first = grant(chain.courseId, QDate(2024, 1, 1), QDate(2024, 6, 30), 3);
    Grant second = grant(chain.courseId, QDate(2024, 7, 1), QDate(2024, 12, 31), 5.5);
    REQUIRE(repo.add(first).ok());
    REQUIRE(repo.add(second).ok());
    CHECK(repo.hoursOn(chain.courseId, QDate(2023, 12, 31)) == 0.0);
    CHECK(repo.hoursOn(chain.courseId, QDate(2024, 1, 1)) == 3.0);
    CHECK(repo.hoursOn(chain.courseId, QDate(2024, 6, 30)) == 3.0);
    CHECK(repo.hoursOn(chain.courseId, QDate(2024, 7, 1)) == 5.5);
    CHECK(repo.hoursOn(chain.courseId, QDate(2024, 12, 31)) == 5.5);
    CHECK(repo.hoursOn(chain.courseId, QDate(2025, 1, 1)) == 0.0);
    CHECK(repo.hoursOn(chain.courseId + 1, QDate(2024, 3, 1)) == 0.0);
}
