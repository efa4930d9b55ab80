#include "qtcatch.h"

#include "domain/validation.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

TEST_CASE("hasErrorFor finds exactly the named field", "[domain][validation]")
{
    const Errors errors = {{u"first_name"_s, u"First name is required."_s}, {u"email"_s, u"Bad e-mail."_s}};
    CHECK(hasErrorFor(errors, u"first_name"));
    CHECK(hasErrorFor(errors, u"email"));
    CHECK_FALSE(hasErrorFor(errors, u"last_name"));
    CHECK_FALSE(hasErrorFor(errors, u"first"));
    CHECK_FALSE(hasErrorFor(Errors{}, u"email"));
}

TEST_CASE("joinMessages puts one message on each line", "[domain][validation]")
{
    const Errors errors = {{u"a"_s, u"One."_s}, {u"b"_s, u"Two."_s}};
    CHECK(joinMessages(errors) == u"One.\nTwo."_s);
    CHECK(joinMessages(Errors{}).isEmpty());
}
