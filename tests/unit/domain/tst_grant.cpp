#include "qtcatch.h"

#include "domain/grant.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
Grant grant(QDate from, QDate to, double hours = 5)
{
    Grant g;
    g.courseId = 1;
    g.from = from;
    g.to = to;
    g.hoursPerWeek = hours;
    return g;
}
Grant valid()
{
    return grant(QDate(2024, 1, 1), QDate(2024, 6, 30));
}
} // namespace

TEST_CASE("Grant with course period and hours is valid", "[domain][grant]")
{
    CHECK(valid().validate().isEmpty());
}

TEST_CASE("Grant needs course and both dates", "[domain][grant]")
{
    const Grant empty;
    const Errors errors = empty.validate();
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"from"_s, u"to"_s, u"hours_per_week"_s});
    CHECK(messageFor(errors, u"from") == u"A grant needs a start date."_s);
    CHECK(messageFor(errors, u"to") == u"A grant needs an end date."_s);
}

TEST_CASE("Grant end may not be before its start", "[domain][grant]")
{
    CHECK(grant(QDate(2024, 1, 1), QDate(2024, 1, 1)).validate().isEmpty());
    const Errors errors = grant(QDate(2024, 1, 2), QDate(2024, 1, 1)).validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"to"_s});
    CHECK(errors.first().message.contains(u"is before the start date"_s));
}

TEST_CASE("Grant hours above 0 and at most 37", "[domain][grant]")
{
    Grant g = valid();
    for (double hours : {0.25, 1.0, 10.0, 37.0}) {
        g.hoursPerWeek = hours;
        CHECK(g.validate().isEmpty());
    }
    for (double hours : {0.0, -2.0}) {
        g.hoursPerWeek = hours;
        const Errors errors = g.validate();
        REQUIRE(fieldsOf(errors) == QStringList{u"hours_per_week"_s});
        CHECK(errors.first().message == u"Granted hours per week must be above 0."_s);
    }
    g.hoursPerWeek = 37.5;
    const Errors errors = g.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"hours_per_week"_s});
    CHECK(errors.first().message.contains(u"cannot exceed 37"_s));
}

TEST_CASE("Grant above 10 hours looks unusually high", "[domain][grant]")
{
    Grant g = valid();
    g.hoursPerWeek = 10;
    CHECK_FALSE(g.looksUnusuallyHigh());
    g.hoursPerWeek = 10.5;
    CHECK(g.looksUnusuallyHigh());
    CHECK(g.validate().isEmpty());  // a warning, not a refusal
}

TEST_CASE("Grant overlaps share at least one day", "[domain][grant]")
{
    const Grant january = grant(QDate(2024, 1, 1), QDate(2024, 1, 31));
    const Grant february = grant(QDate(2024, 2, 1), QDate(2024, 2, 29));
    const Grant lastDay = grant(QDate(2024, 1, 31), QDate(2024, 2, 29));
    const Grant inside = grant(QDate(2024, 1, 10), QDate(2024, 1, 20));
    CHECK_FALSE(january.overlaps(february));
    CHECK_FALSE(february.overlaps(january));
    CHECK(january.overlaps(lastDay));
    CHECK(lastDay.overlaps(january));
    CHECK(january.overlaps(inside));
    CHECK(inside.overlaps(january));
    CHECK(january.overlaps(january));
}
