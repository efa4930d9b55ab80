#include "qtcatch.h"

#include "domain/scheme.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
Scheme valid()
{
    Scheme s;
    s.name = u"Ret og pligt-mentor (§ 93)"_s;
    s.context = SchemeContext::Jobcentre;
    return s;
}
} // namespace

TEST_CASE("Scheme with a name is valid", "[domain][scheme]")
{
    CHECK(valid().validate().isEmpty());
}

TEST_CASE("Scheme name is required and no placeholder", "[domain][scheme]")
{
    Scheme s = valid();
    s.name = u"  "_s;
    Errors errors = s.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"name"_s});
    CHECK(errors.first().message == u"Name is required."_s);
    s.name = u"Ukendt"_s;
    errors = s.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"name"_s});
    CHECK(errors.first().message.contains(u"is a placeholder"_s));
}

TEST_CASE("Scheme default grant months from 1 to 60", "[domain][scheme]")
{
    Scheme s = valid();
    for (int months : {1, 6, 60}) {
        s.defaultGrantMonths = months;
        CHECK(s.validate().isEmpty());
    }
    for (int months : {0, 61, -1}) {
        s.defaultGrantMonths = months;
        const Errors errors = s.validate();
        REQUIRE(fieldsOf(errors) == QStringList{u"default_grant_months"_s});
        CHECK(errors.first().message.contains(u"between 1 and 60 months"_s));
    }
}

TEST_CASE("Scheme meetings per week from 0 to 7", "[domain][scheme]")
{
    Scheme s = valid();
    for (int n : {0, 1, 7}) {
        s.minMeetingsPerWeek = n;
        CHECK(s.validate().isEmpty());
    }
    for (int n : {-1, 8}) {
        s.minMeetingsPerWeek = n;
        const Errors errors = s.validate();
        REQUIRE(fieldsOf(errors) == QStringList{u"min_meetings_per_week"_s});
        CHECK(errors.first().message.contains(u"between 0 and 7"_s));
    }
}

TEST_CASE("Scheme retention from 1 to 100 years", "[domain][scheme]")
{
    Scheme s = valid();
    for (int years : {1, 5, 100}) {
        s.retentionYears = years;
        CHECK(s.validate().isEmpty());
    }
    for (int years : {0, 101}) {
        s.retentionYears = years;
        const Errors errors = s.validate();
        REQUIRE(fieldsOf(errors) == QStringList{u"retention_years"_s});
        CHECK(errors.first().message.contains(u"between 1 and 100 years"_s));
    }
}

TEST_CASE("Scheme allows every mentor type unless it lists some", "[domain][scheme]")
{
    Scheme s = valid();
    CHECK(s.allows(MentorType::Professional));
    CHECK(s.allows(MentorType::Volunteer));
    s.allowedMentorTypes = {MentorType::Volunteer, MentorType::Student};
    CHECK(s.allows(MentorType::Volunteer));
    CHECK(s.allows(MentorType::Student));
    CHECK_FALSE(s.allows(MentorType::Professional));
}
