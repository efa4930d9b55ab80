#include "qtcatch.h"

#include "domain/ending.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
const QDate kStart(2024, 1, 15);
Ending valid()
{
    Ending e;
    e.courseId = 1;
    e.endDate = QDate(2024, 6, 14);
    e.reason = EndingReason::Job;
    e.outcome = Outcome::OrdinaryJob;
    return e;
}
} // namespace

TEST_CASE("Ending complete is valid", "[domain][ending]")
{
    CHECK(valid().validate(kStart, false).isEmpty());
}

TEST_CASE("Ending needs a course and an end date", "[domain][ending]")
{
    const Ending e;
    const Errors errors = e.validate(kStart, false);
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"end_date"_s});
    CHECK(messageFor(errors, u"end_date") == u"Enter the end date."_s);
}

TEST_CASE("Ending may not be before the course started", "[domain][ending]")
{
    Ending e = valid();
    e.endDate = kStart;
    CHECK(e.validate(kStart, false).isEmpty());
    e.endDate = kStart.addDays(-1);
    const Errors errors = e.validate(kStart, false);
    REQUIRE(fieldsOf(errors) == QStringList{u"end_date"_s});
    CHECK(errors.first().message == u"The end date is before the course started (2024-01-15)."_s);
    // Without a known start there is nothing to compare with.
    CHECK(e.validate(QDate(), false).isEmpty());
}

TEST_CASE("Ending of ret-og-pligt support needs an active offer", "[domain][ending]")
{
    Ending e = valid();
    const Errors errors = e.validate(kStart, true);
    REQUIRE(fieldsOf(errors) == QStringList{u"outcome"_s});
    CHECK(errors.first().message == u"Ret-og-pligt support may only end when the mentee is in an active offer."_s);

    e.outcome = Outcome::ActiveOffer;
    CHECK(e.validate(kStart, true).isEmpty());

    // Moving away or to other support ends it whatever the outcome.
    e.outcome = Outcome::NoChange;
    e.reason = EndingReason::Moved;
    CHECK(e.validate(kStart, true).isEmpty());
    e.reason = EndingReason::OtherSupport;
    CHECK(e.validate(kStart, true).isEmpty());
    e.reason = EndingReason::PossibilitiesExhausted;
    CHECK(fieldsOf(e.validate(kStart, true)) == QStringList{u"outcome"_s});
    // Without ret og pligt any outcome may end the course.
    CHECK(e.validate(kStart, false).isEmpty());
}

TEST_CASE("Ending follow-up contact comes after the end", "[domain][ending]")
{
    Ending e = valid();
    e.followUpContact = e.endDate;
    const Errors errors = e.validate(kStart, false);
    REQUIRE(fieldsOf(errors) == QStringList{u"follow_up_contact"_s});
    CHECK(errors.first().message == u"The follow-up contact must come after the end date."_s);
    e.followUpContact = e.endDate.addMonths(6);
    CHECK(e.validate(kStart, false).isEmpty());
}
