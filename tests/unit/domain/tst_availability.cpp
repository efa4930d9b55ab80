#include "qtcatch.h"

#include "domain/availability.h"

using namespace mentordesk::domain;

TEST_CASE("Availability starts empty", "[domain][availability]")
{
    const Availability a;
    CHECK(a.bits() == 0u);
    CHECK(a.slotCount() == 0);
    for (int day = 0; day < Availability::kDays; ++day)
        for (int part = 0; part < Availability::kParts; ++part)
            CHECK_FALSE(a.isSet(day, part));
}

TEST_CASE("Availability stores day times three plus part as bits", "[domain][availability]")
{
    Availability a;
    a.set(0, 0, true);  // Monday morning: bit 0
    a.set(1, 2, true);  // Tuesday evening: bit 5
    a.set(6, 2, true);  // Sunday evening: bit 20
    CHECK(a.bits() == ((1u << 0) | (1u << 5) | (1u << 20)));
    CHECK(a.slotCount() == 3);
    CHECK(a.isSet(1, 2));
    CHECK_FALSE(a.isSet(1, 1));
    CHECK_FALSE(a.isSet(2, 2));

    a.set(1, 2, false);
    CHECK_FALSE(a.isSet(1, 2));
    CHECK(a.bits() == ((1u << 0) | (1u << 20)));
    a.set(0, 0, true);  // setting twice changes nothing
    CHECK(a.slotCount() == 2);
}

TEST_CASE("Availability keeps only the 21 slot bits", "[domain][availability]")
{
    const Availability all(0xFFFFFFFFu);
    CHECK(all.bits() == (1u << 21) - 1);
    CHECK(all.slotCount() == 21);
    CHECK(Availability(1u << 21).bits() == 0u);
}

TEST_CASE("Availability overlap counts the slots free in both", "[domain][availability]")
{
    Availability mentor;
    mentor.set(0, 0, true);
    mentor.set(1, 2, true);
    mentor.set(4, 1, true);
    Availability mentee;
    mentee.set(1, 2, true);
    mentee.set(4, 1, true);
    mentee.set(6, 0, true);
    CHECK(mentor.overlap(mentee) == 2);
    CHECK(mentee.overlap(mentor) == 2);
    CHECK(mentor.overlap(mentor) == 3);
    CHECK(mentor.overlap(Availability()) == 0);

    Availability disjoint;
    disjoint.set(3, 0, true);
    CHECK(mentor.overlap(disjoint) == 0);
}

TEST_CASE("Availability compares by its bits", "[domain][availability]")
{
    Availability a;
    a.set(2, 1, true);
    CHECK(a == Availability(1u << 7));
    CHECK_FALSE(a == Availability(1u << 8));
}
