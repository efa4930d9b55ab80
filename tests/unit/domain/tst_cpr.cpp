#include "qtcatch.h"

#include "domain/cpr.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace {

// The old modulus-11 check (weights 4 3 2 7 6 5 4 3 2 1), to prove that a failing number is
// really used below.
bool passesModulus11(const QString &canonical)
{
    const QString digits = QString(canonical).remove(u'-');
    const int weights[] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
    int sum = 0;
    for (int i = 0; i < 10; ++i)
        sum += digits.at(i).digitValue() * weights[i];
    return sum % 11 == 0;
}

} // namespace

TEST_CASE("Cpr accepts the three shapes and returns the dashed form", "[domain][cpr]")
{
    for (const QString &input : {u"010203-1234"_s, u"0102031234"_s, u"010203 1234"_s, u"  010203-1234  "_s}) {
        INFO(input.toStdString());
        QString error = u"untouched"_s;
        const auto canonical = Cpr::normalise(input, &error);
        REQUIRE(canonical.has_value());
        CHECK(*canonical == u"010203-1234"_s);
    }
}

TEST_CASE("Cpr refuses other shapes naming the expected form", "[domain][cpr]")
{
    for (const QString &input : {QString(), u"01020-31234"_s, u"010203-123"_s, u"010203-12345"_s, u"010203--1234"_s,
                                 u"010203/1234"_s, u"abcdef-1234"_s, u"010203-12a4"_s, u"01 02 03 1234"_s}) {
        INFO(input.toStdString());
        QString error;
        CHECK_FALSE(Cpr::normalise(input, &error).has_value());
        CHECK(error.contains(u"does not have the form DDMMYY-SSSS"_s));
        CHECK(error.contains(QString(u'"' + input.trimmed() + u'"')));
    }
    // Without an error pointer it still refuses.
    CHECK_FALSE(Cpr::normalise(u"12345"_s).has_value());
}

TEST_CASE("Cpr refuses a number that does not start with a real date", "[domain][cpr]")
{
    for (const QString &input : {u"310203-1234"_s /* 31 February */, u"000101-1234"_s, u"011301-1234"_s,
                                 u"320101-1234"_s, u"290201-1234"_s /* 1901 is no leap year */,
                                 u"290200-1234"_s /* 1900 is no leap year */}) {
        INFO(input.toStdString());
        QString error;
        CHECK_FALSE(Cpr::normalise(input, &error).has_value());
        CHECK(error == u"CPR number \"%1\" does not start with a valid date (DDMMYY)."_s.arg(input));
    }
    // 29 February 2000 exists: the seventh digit 4 puts year 00 in 2000.
    CHECK(Cpr::normalise(u"290200-4234"_s) == std::optional<QString>(u"290200-4234"_s));
}

TEST_CASE("Cpr accepts numbers that fail modulus 11", "[domain][cpr]")
{
    const QString number = u"010203-1234"_s;
    REQUIRE_FALSE(passesModulus11(number));
    CHECK(Cpr::normalise(number).has_value());
    const QString another = u"241299-3997"_s;
    REQUIRE_FALSE(passesModulus11(another));
    CHECK(Cpr::normalise(another) == std::optional<QString>(another));
}

TEST_CASE("Cpr century rule follows the seventh digit", "[domain][cpr]")
{
    struct Case {
        QString cpr;
        int year;
    };
    const Case cases[] = {
        // 0–3: always 19xx
        {u"010100-0000"_s, 1900}, {u"010136-1000"_s, 1936}, {u"010158-2000"_s, 1958}, {u"010199-3000"_s, 1999},
        // 4 and 9: 20xx up to 36, then 19xx
        {u"010100-4000"_s, 2000}, {u"010136-4000"_s, 2036}, {u"010137-4000"_s, 1937}, {u"010199-4000"_s, 1999},
        {u"010100-9000"_s, 2000}, {u"010136-9000"_s, 2036}, {u"010137-9000"_s, 1937}, {u"010199-9000"_s, 1999},
        // 5–8: 20xx up to 57, then 18xx
        {u"010100-5000"_s, 2000}, {u"010157-5000"_s, 2057}, {u"010158-5000"_s, 1858}, {u"010199-5000"_s, 1899},
        {u"010157-6000"_s, 2057}, {u"010158-7000"_s, 1858}, {u"010157-8000"_s, 2057}, {u"010158-8000"_s, 1858},
    };
    for (const Case &c : cases) {
        INFO(c.cpr.toStdString());
        CHECK(Cpr::birthDate(c.cpr) == QDate(c.year, 1, 1));
    }
    CHECK(Cpr::birthDate(u"150624-4234"_s) == QDate(2024, 6, 15));
}

TEST_CASE("Cpr birthDate needs the canonical form", "[domain][cpr]")
{
    CHECK_FALSE(Cpr::birthDate(u"0102031234"_s).isValid());
    CHECK_FALSE(Cpr::birthDate(QString()).isValid());
}
