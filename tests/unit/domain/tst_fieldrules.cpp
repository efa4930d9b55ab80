#include "qtcatch.h"

#include "domain/fieldrules.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

TEST_CASE("isFiller knows the placeholders of the national register", "[domain][fieldrules]")
{
    for (const QString &filler : {u"Ikke opgivet"_s, u"ikke  opgivet "_s, u"IKKE OPGIVET"_s, u"Call Center"_s,
                                  u"call center"_s, u"Callcenter"_s, u"Ukendt"_s, u"unknown"_s, u"N/A"_s, u"none"_s,
                                  u"Ingen"_s, u"xxx"_s, u"-"_s, u"?"_s}) {
        INFO(filler.toStdString());
        CHECK(FieldRules::isFiller(filler));
    }
}

TEST_CASE("isFiller refuses numbers of one repeated digit from six digits on", "[domain][fieldrules]")
{
    CHECK(FieldRules::isFiller(u"00000000"_s));
    CHECK(FieldRules::isFiller(u"11111111"_s));
    CHECK(FieldRules::isFiller(u"00 00 00 00"_s));
    CHECK(FieldRules::isFiller(u"000000"_s));
    CHECK_FALSE(FieldRules::isFiller(u"00000"_s));
    CHECK_FALSE(FieldRules::isFiller(u"12345678"_s));
    CHECK_FALSE(FieldRules::isFiller(u"00000001"_s));
}

TEST_CASE("isFiller accepts real names", "[domain][fieldrules]")
{
    for (const QString &name : {u"Søren"_s, u"Ærø"_s, u"Åse"_s, u"Ib"_s, u"Ikke"_s, u"Callum"_s, u"Centerpartiet"_s,
                                u"Ingeborg"_s, u"Nonne"_s, u"Jens-Peter"_s}) {
        INFO(name.toStdString());
        CHECK_FALSE(FieldRules::isFiller(name));
    }
}

TEST_CASE("requireRealText refuses empty text and placeholders", "[domain][fieldrules]")
{
    SECTION("empty")
    {
        Errors errors;
        FieldRules::requireRealText(errors, u"first_name"_s, QString(), u"First name"_s);
        REQUIRE(fieldsOf(errors) == QStringList{u"first_name"_s});
        CHECK(errors.first().message == u"First name is required."_s);
    }
    SECTION("only spaces")
    {
        Errors errors;
        FieldRules::requireRealText(errors, u"first_name"_s, u"   "_s, u"First name"_s);
        REQUIRE(fieldsOf(errors) == QStringList{u"first_name"_s});
        CHECK(errors.first().message.contains(u"is required"_s));
    }
    SECTION("placeholder")
    {
        Errors errors;
        FieldRules::requireRealText(errors, u"last_name"_s, u" Ikke opgivet "_s, u"Last name"_s);
        REQUIRE(fieldsOf(errors) == QStringList{u"last_name"_s});
        CHECK(errors.first().message.startsWith(u"Last name \"Ikke opgivet\" is a placeholder"_s));
    }
    SECTION("real text")
    {
        Errors errors;
        FieldRules::requireRealText(errors, u"last_name"_s, u"Østergaard"_s, u"Last name"_s);
        CHECK(errors.isEmpty());
    }
}

TEST_CASE("rejectFiller allows empty text but not placeholders", "[domain][fieldrules]")
{
    Errors errors;
    FieldRules::rejectFiller(errors, u"organisation"_s, QString(), u"Organisation"_s);
    FieldRules::rejectFiller(errors, u"organisation"_s, u"Aarhus Kommune"_s, u"Organisation"_s);
    CHECK(errors.isEmpty());
    FieldRules::rejectFiller(errors, u"organisation"_s, u"Call Center"_s, u"Organisation"_s);
    REQUIRE(fieldsOf(errors) == QStringList{u"organisation"_s});
    CHECK(errors.first().message.contains(u"\"Call Center\" is a placeholder"_s));
}

TEST_CASE("checkEmail accepts addresses and refuses the rest", "[domain][fieldrules]")
{
    for (const QString &ok : {QString(), u"mette@example.dk"_s, u"  soeren.aeroe+test@kommune.example.dk "_s}) {
        Errors errors;
        FieldRules::checkEmail(errors, u"email"_s, ok);
        INFO(ok.toStdString());
        CHECK(errors.isEmpty());
    }
    for (const QString &bad : {u"mette"_s, u"mette@example"_s, u"mette.example.dk"_s, u"me tte@example.dk"_s,
                               u"a@b@c.dk"_s}) {
        Errors errors;
        FieldRules::checkEmail(errors, u"email"_s, bad);
        INFO(bad.toStdString());
        REQUIRE(fieldsOf(errors) == QStringList{u"email"_s});
        CHECK(errors.first().message.contains(u"is not an e-mail address"_s));
    }
}

TEST_CASE("checkPhone accepts Danish and international numbers", "[domain][fieldrules]")
{
    for (const QString &ok : {QString(), u"12345678"_s, u"12 34 56 78"_s, u"+45 12 34 56 78"_s, u"+45 1234-5678"_s, u"(0045) 12345678"_s,
                              u"12345678901234567890"_s}) {
        Errors errors;
        FieldRules::checkPhone(errors, u"phone"_s, ok);
        INFO(ok.toStdString());
        CHECK(errors.isEmpty());
    }
}

TEST_CASE("checkPhone refuses placeholders, short numbers and letters", "[domain][fieldrules]")
{
    SECTION("00000000 is a placeholder")
    {
        Errors errors;
        FieldRules::checkPhone(errors, u"phone"_s, u"00000000"_s);
        REQUIRE(fieldsOf(errors) == QStringList{u"phone"_s});
        CHECK(errors.first().message == u"Phone number \"00000000\" is a placeholder, not a real number."_s);
    }
    SECTION("malformed")
    {
        for (const QString &bad : {u"1234567"_s, u"12 34 56 7"_s, u"tlf 12345678"_s, u"123456789012345678901"_s,
                                   u"+45 ----------"_s}) {
            Errors errors;
            FieldRules::checkPhone(errors, u"phone"_s, bad);
            INFO(bad.toStdString());
            REQUIRE(fieldsOf(errors) == QStringList{u"phone"_s});
            CHECK(errors.first().message.contains(u"is not a phone number"_s));
        }
    }
}

TEST_CASE("checkPostcode wants four digits", "[domain][fieldrules]")
{
    for (const QString &ok : {QString(), u"8000"_s, u"1050"_s, u" 9700 "_s}) {
        Errors errors;
        FieldRules::checkPostcode(errors, u"postcode"_s, ok);
        CHECK(errors.isEmpty());
    }
    for (const QString &bad : {u"800"_s, u"80000"_s, u"80a0"_s, u"DK-8000"_s}) {
        Errors errors;
        FieldRules::checkPostcode(errors, u"postcode"_s, bad);
        INFO(bad.toStdString());
        REQUIRE(fieldsOf(errors) == QStringList{u"postcode"_s});
        CHECK(errors.first().message.contains(u"is not a Danish postcode"_s));
    }
}

TEST_CASE("checkBirthYear is between 1900 and this year", "[domain][fieldrules]")
{
    const QDate today(2024, 6, 14);
    auto check = [&](std::optional<int> year) {
        Errors errors;
        FieldRules::checkBirthYear(errors, u"birth_year"_s, year, today);
        return errors;
    };
    CHECK(check(std::nullopt).isEmpty());
    CHECK(check(1900).isEmpty());
    CHECK(check(2024).isEmpty());
    const Errors tooOld = check(1899);
    REQUIRE(fieldsOf(tooOld) == QStringList{u"birth_year"_s});
    CHECK(tooOld.first().message == u"Birth year 1899 is not between 1900 and 2024."_s);
    CHECK(fieldsOf(check(2025)) == QStringList{u"birth_year"_s});
}

TEST_CASE("checkDateOrder refuses an end before the start", "[domain][fieldrules]")
{
    Errors errors;
    FieldRules::checkDateOrder(errors, u"to"_s, QDate(2024, 2, 1), QDate(2024, 2, 1));
    FieldRules::checkDateOrder(errors, u"to"_s, QDate(2024, 2, 1), QDate());
    FieldRules::checkDateOrder(errors, u"to"_s, QDate(), QDate(2024, 2, 1));
    CHECK(errors.isEmpty());
    FieldRules::checkDateOrder(errors, u"to"_s, QDate(2024, 2, 1), QDate(2024, 1, 31));
    REQUIRE(fieldsOf(errors) == QStringList{u"to"_s});
    CHECK(errors.first().message == u"The end date 2024-01-31 is before the start date 2024-02-01."_s);
}
