#include "qtcatch.h"

#include "domain/logbookentry.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
const QDate kToday(2024, 6, 14);
LogbookEntry valid()
{
    LogbookEntry e;
    e.courseId = 1;
    e.date = kToday;
    e.text = u"Mødte op til tiden"_s;
    return e;
}
} // namespace

TEST_CASE("LogbookEntry with course date and text is valid", "[domain][logbook]")
{
    CHECK(valid().validate(kToday).isEmpty());
}

TEST_CASE("LogbookEntry needs course date and text", "[domain][logbook]")
{
    LogbookEntry e;
    e.text = u"  "_s;
    const Errors errors = e.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"date"_s, u"text"_s});
    CHECK(messageFor(errors, u"course") == u"A logbook entry belongs to a course."_s);
    CHECK(messageFor(errors, u"date") == u"A logbook entry needs a date."_s);
    CHECK(messageFor(errors, u"text").contains(u"keywords are enough"_s));
}

TEST_CASE("LogbookEntry cannot be dated in the future", "[domain][logbook]")
{
    LogbookEntry e = valid();
    e.date = kToday.addDays(1);
    const Errors errors = e.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"date"_s});
    CHECK(errors.first().message == u"A logbook entry cannot be dated in the future."_s);
    e.date = kToday.addDays(-400);
    CHECK(e.validate(kToday).isEmpty());
}
