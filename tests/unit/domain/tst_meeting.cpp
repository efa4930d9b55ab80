#include "qtcatch.h"

#include "domain/meeting.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
const QDate kToday(2024, 6, 14);

Meeting held(int minutes)
{
    Meeting m;
    m.courseId = 1;
    m.date = kToday;
    m.status = MeetingStatus::Held;
    m.minutes = minutes;
    return m;
}
} // namespace

TEST_CASE("Meeting needs a course and a date", "[domain][meeting]")
{
    const Meeting m;
    const Errors errors = m.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"date"_s});
    CHECK(messageFor(errors, u"date") == u"A meeting needs a date."_s);
}

TEST_CASE("Meeting planned in the future needs no minutes", "[domain][meeting]")
{
    Meeting m;
    m.courseId = 1;
    m.date = kToday.addDays(30);
    CHECK_FALSE(m.isHeld());
    CHECK(m.validate(kToday).isEmpty());
}

TEST_CASE("Meeting held cannot be in the future", "[domain][meeting]")
{
    Meeting m = held(60);
    CHECK(m.isHeld());
    CHECK(m.validate(kToday).isEmpty());
    m.date = kToday.addDays(1);
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"date"_s});
    CHECK(errors.first().message == u"A held meeting cannot be dated in the future (2024-06-15)."_s);
}

TEST_CASE("Meeting held needs its minutes", "[domain][meeting]")
{
    Meeting m = held(60);
    m.minutes = std::nullopt;
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"minutes"_s});
    CHECK(errors.first().message == u"Enter how many minutes the held meeting lasted."_s);
}

TEST_CASE("Meeting lasts from 1 to 600 minutes", "[domain][meeting]")
{
    CHECK(held(1).validate(kToday).isEmpty());
    CHECK(held(600).validate(kToday).isEmpty());
    for (int minutes : {0, 601, -5}) {
        const Errors errors = held(minutes).validate(kToday);
        REQUIRE(fieldsOf(errors) == QStringList{u"minutes"_s});
        CHECK(errors.first().message == u"A meeting must last between 1 and 600 minutes (it is %1)."_s.arg(minutes));
    }
    // The range holds for planned meetings with a duration too.
    Meeting planned;
    planned.courseId = 1;
    planned.date = kToday;
    planned.minutes = 0;
    CHECK(fieldsOf(planned.validate(kToday)) == QStringList{u"minutes"_s});
}

TEST_CASE("Meeting cancelled or missed needs no minutes", "[domain][meeting]")
{
    for (MeetingStatus status : {MeetingStatus::CancelledByMentee, MeetingStatus::CancelledByMentor, MeetingStatus::NoShow}) {
        Meeting m;
        m.courseId = 1;
        m.date = kToday.addDays(-1);
        m.status = status;
        CHECK_FALSE(m.isHeld());
        CHECK(m.validate(kToday).isEmpty());
    }
}
