#include "qtcatch.h"

#include "domain/mentor.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
const QDate kToday(2024, 6, 14);

Mentor valid()
{
    Mentor m;
    m.firstName = u"Søren"_s;
    m.lastName = u"Ærø"_s;
    m.email = u"soeren@example.dk"_s;
    return m;
}
} // namespace

TEST_CASE("Mentor with names and an e-mail is valid", "[domain][mentor]")
{
    CHECK(valid().validate(kToday).isEmpty());
    CHECK(valid().fullName() == u"Søren Ærø"_s);
}

TEST_CASE("Mentor names are required and not placeholders", "[domain][mentor]")
{
    Mentor m = valid();
    m.firstName.clear();
    m.lastName.clear();
    Errors errors = m.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"first_name"_s, u"last_name"_s});
    CHECK(messageFor(errors, u"first_name") == u"First name is required."_s);
    CHECK(messageFor(errors, u"last_name") == u"Last name is required."_s);

    m.firstName = u"Ikke opgivet"_s;
    m.lastName = u"Call Center"_s;
    errors = m.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"first_name"_s, u"last_name"_s});
    CHECK(messageFor(errors, u"first_name").contains(u"\"Ikke opgivet\" is a placeholder"_s));
    CHECK(messageFor(errors, u"last_name").contains(u"\"Call Center\" is a placeholder"_s));

    m.firstName = u"Åse"_s;
    m.lastName = u"Østergaard-Ibsen"_s;
    CHECK(m.validate(kToday).isEmpty());
}

TEST_CASE("Mentor needs an e-mail address or a phone number", "[domain][mentor]")
{
    Mentor m = valid();
    m.email.clear();
    Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"email"_s});
    CHECK(errors.first().message.contains(u"Enter an e-mail address or a phone number"_s));

    m.phone = u"12 34 56 78"_s;
    CHECK(m.validate(kToday).isEmpty());
}

TEST_CASE("Mentor e-mail and phone must be real", "[domain][mentor]")
{
    Mentor m = valid();
    m.email = u"soeren(at)example.dk"_s;
    m.phone = u"00000000"_s;
    const Errors errors = m.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"email"_s, u"phone"_s});
    CHECK(messageFor(errors, u"phone").contains(u"placeholder"_s));
}

TEST_CASE("Mentor organisation is required for workplace and external mentors", "[domain][mentor]")
{
    for (MentorType type : {MentorType::Workplace, MentorType::External}) {
        Mentor m = valid();
        m.mentorType = type;
        const Errors errors = m.validate(kToday);
        REQUIRE(fieldsOf(errors) == QStringList{u"organisation"_s});
        CHECK(errors.first().message == u"A workplace or external mentor needs an organisation."_s);
        m.organisation = u"Vestas A/S"_s;
        CHECK(m.validate(kToday).isEmpty());
    }
    for (MentorType type : {MentorType::Professional, MentorType::Teacher, MentorType::Student, MentorType::Volunteer,
                            MentorType::Other}) {
        Mentor m = valid();
        m.mentorType = type;
        CHECK(m.validate(kToday).isEmpty());
    }
}

TEST_CASE("Mentor organisation may not be a placeholder", "[domain][mentor]")
{
    Mentor m = valid();
    m.organisation = u"Ukendt"_s;
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"organisation"_s});
    CHECK(errors.first().message.contains(u"is a placeholder"_s));
}

TEST_CASE("Mentor birth year and postcode", "[domain][mentor]")
{
    Mentor m = valid();
    m.birthYear = 1899;
    m.postcode = u"800"_s;
    CHECK(fieldsOf(m.validate(kToday)) == QStringList{u"birth_year"_s, u"postcode"_s});
    m.birthYear = 1900;
    m.postcode = u"8000"_s;
    CHECK(m.validate(kToday).isEmpty());
    m.birthYear = 2024;
    CHECK(m.validate(kToday).isEmpty());
    m.birthYear = 2025;
    CHECK(fieldsOf(m.validate(kToday)) == QStringList{u"birth_year"_s});
}

TEST_CASE("Mentor capacity from 1 to 50", "[domain][mentor]")
{
    Mentor m = valid();
    for (int capacity : {1, 2, 50}) {
        m.capacity = capacity;
        CHECK(m.validate(kToday).isEmpty());
    }
    m.capacity = 0;
    Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"capacity"_s});
    CHECK(errors.first().message == u"Capacity must be at least 1 mentee (it is 0)."_s);
    m.capacity = -3;
    CHECK(fieldsOf(m.validate(kToday)) == QStringList{u"capacity"_s});
    m.capacity = 51;
    errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"capacity"_s});
    CHECK(errors.first().message == u"Capacity must be at most 50 mentees (it is 51)."_s);
}

TEST_CASE("Mentor hours, bought-out hours and fee ranges", "[domain][mentor]")
{
    Mentor m = valid();
    m.hoursPerWeek = 0;
    m.buyoutHoursPerWeek = 0;
    m.fee = 0;
    CHECK(m.validate(kToday).isEmpty());
    m.hoursPerWeek = 60;
    m.buyoutHoursPerWeek = 37;
    m.fee = 450;
    CHECK(m.validate(kToday).isEmpty());

    m.hoursPerWeek = 60.5;
    m.buyoutHoursPerWeek = 37.5;
    m.fee = -1;
    Errors errors = m.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"hours_per_week"_s, u"buyout_hours_per_week"_s, u"fee"_s});
    CHECK(messageFor(errors, u"hours_per_week").contains(u"between 0 and 60"_s));
    CHECK(messageFor(errors, u"buyout_hours_per_week").contains(u"between 0 and 37"_s));
    CHECK(messageFor(errors, u"fee") == u"The fee cannot be negative."_s);

    m.hoursPerWeek = -0.5;
    m.buyoutHoursPerWeek = -0.5;
    m.fee = std::nullopt;
    CHECK(fieldsOf(m.validate(kToday)) == QStringList{u"hours_per_week"_s, u"buyout_hours_per_week"_s});
}

TEST_CASE("Mentor confidentiality declaration cannot be signed in the future", "[domain][mentor]")
{
    Mentor m = valid();
    m.confidentialitySigned = kToday;
    CHECK(m.validate(kToday).isEmpty());
    m.confidentialitySigned = kToday.addDays(1);
    const Errors errors = m.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"confidentiality_signed"_s});
    CHECK(errors.first().message.contains(u"cannot be signed in the future"_s));
}
