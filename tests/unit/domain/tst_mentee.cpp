#include "qtcatch.h"

#include "domain/mentee.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
const QDate kToday(2024, 6, 14);

Mentee valid()
{
    Mentee m;
    m.firstName = u"Fatima"_s;
    m.lastName = u"Hussein"_s;
    m.schemeId = 1;
    return m;
}
} // namespace

TEST_CASE("Mentee with names and a scheme is valid", "[domain][mentee]")
{
    CHECK(valid().validate(kToday).isEmpty());
    CHECK(valid().fullName() == u"Fatima Hussein"_s);
}

TEST_CASE("Mentee names are required and not placeholders", "[domain][mentee]")
{
    Mentee m = valid();
    m.firstName = u" "_s;
    m.lastName = u"Ikke opgivet"_s;
    const Errors errors = m.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"first_name"_s, u"last_name"_s});
    CHECK(messageFor(errors, u"first_name") == u"First name is required."_s);
    CHECK(messageFor(errors, u"last_name").contains(u"is a placeholder"_s));
}

TEST_CASE("Mentee needs a scheme", "[domain][mentee]")
{
    Mentee m = valid();
    m.schemeId = 0;
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"scheme"_s});
    CHECK(errors.first().message == u"Choose the scheme the mentee belongs to."_s);
}

TEST_CASE("Mentee CPR number is optional but must have shape and date", "[domain][mentee]")
{
    Mentee m = valid();
    for (const QString &ok : {QString(), u"010203-1234"_s, u"0102031234"_s, u"010203 1234"_s}) {
        m.cpr = ok;
        INFO(ok.toStdString());
        CHECK(m.validate(kToday).isEmpty());
    }
    m.cpr = u"01020-1234"_s;
    Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"cpr"_s});
    CHECK(errors.first().message.contains(u"DDMMYY-SSSS"_s));

    m.cpr = u"310203-1234"_s;
    errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"cpr"_s});
    CHECK(errors.first().message.contains(u"valid date"_s));
}

TEST_CASE("Mentee CPR number may not give a birth date after today", "[domain][mentee]")
{
    Mentee m = valid();
    m.cpr = u"140624-4234"_s;  // born today
    CHECK(m.validate(kToday).isEmpty());
    m.cpr = u"150624-4234"_s;  // born tomorrow
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"cpr"_s});
    CHECK(errors.first().message == u"The CPR number gives a date of birth in the future."_s);
}

TEST_CASE("Mentee CPR number may not give a birth date before 1900", "[domain][mentee]")
{
    Mentee m = valid();
    m.cpr = u"010190-5234"_s;  // seventh digit 5, year 90: born 1890
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"cpr"_s});
    CHECK(errors.first().message.contains(u"before 1900 (1890-01-01)"_s));
    m.cpr = u"010190-3234"_s;  // seventh digit 3: born 1990
    CHECK(m.validate(kToday).isEmpty());
}

TEST_CASE("Mentee contact fields are checked", "[domain][mentee]")
{
    Mentee m = valid();
    m.email = u"fatima@"_s;
    m.phone = u"11111111"_s;
    m.birthYear = 1850;
    m.postcode = u"DK-8000"_s;
    CHECK(fieldsOf(m.validate(kToday)) == QStringList{u"email"_s, u"phone"_s, u"birth_year"_s, u"postcode"_s});
    m.email = u"fatima@example.dk"_s;
    m.phone = u"+45 20 30 40 50"_s;
    m.birthYear = 1990;
    m.postcode = u"6200"_s;
    CHECK(m.validate(kToday).isEmpty());
}

TEST_CASE("Mentee granted hours above 0 and at most 37", "[domain][mentee]")
{
    Mentee m = valid();
    for (double hours : {0.5, 1.0, 37.0}) {
        m.hoursPerWeekGranted = hours;
        CHECK(m.validate(kToday).isEmpty());
    }
    for (double hours : {0.0, -1.0, 37.5}) {
        m.hoursPerWeekGranted = hours;
        const Errors errors = m.validate(kToday);
        REQUIRE(fieldsOf(errors) == QStringList{u"hours_per_week_granted"_s});
        CHECK(errors.first().message.contains(u"above 0 and at most 37"_s));
    }
}

TEST_CASE("Mentee consent cannot be dated in the future", "[domain][mentee]")
{
    Mentee m = valid();
    m.consentDate = kToday;
    CHECK(m.validate(kToday).isEmpty());
    m.consentDate = kToday.addDays(1);
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"consent_date"_s});
    CHECK(errors.first().message == u"Consent cannot be dated in the future."_s);
}

TEST_CASE("Mentee required mentor gender must be chosen", "[domain][mentee]")
{
    Mentee m = valid();
    m.mentorGenderRequired = true;
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"preferred_mentor_gender"_s});
    CHECK(errors.first().message.contains(u"which gender the mentor must have"_s));
    m.preferredMentorGender = Gender::Female;
    CHECK(m.validate(kToday).isEmpty());
    m.mentorGenderRequired = false;
    CHECK(m.validate(kToday).isEmpty());
}
