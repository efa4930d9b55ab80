#include "qtcatch.h"

#include "domain/statusreview.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
const QDate kToday(2024, 6, 14);
StatusReview valid()
{
    StatusReview r;
    r.courseId = 1;
    r.date = kToday;
    r.reviewedBy = u"Koordinator Hanne"_s;
    r.hoursDeliveredChecked = true;
    return r;
}
} // namespace

TEST_CASE("StatusReview complete is valid", "[domain][statusreview]")
{
    CHECK(valid().validate(kToday).isEmpty());
}

TEST_CASE("StatusReview needs course date and reviewer", "[domain][statusreview]")
{
    StatusReview r;
    r.hoursDeliveredChecked = true;
    r.reviewedBy = u" "_s;
    const Errors errors = r.validate(kToday);
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"date"_s, u"reviewed_by"_s});
    CHECK(messageFor(errors, u"reviewed_by") == u"Enter who made the review."_s);
}

TEST_CASE("StatusReview cannot be dated in the future", "[domain][statusreview]")
{
    StatusReview r = valid();
    r.date = kToday.addDays(1);
    const Errors errors = r.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"date"_s});
    CHECK(errors.first().message == u"A status review cannot be dated in the future."_s);
}

TEST_CASE("StatusReview delivered hours are checked or the note says why not", "[domain][statusreview]")
{
    StatusReview r = valid();
    r.hoursDeliveredChecked = false;
    const Errors errors = r.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"hours_note"_s});
    CHECK(errors.first().message.contains(u"Check the delivered hours"_s));
    r.hoursNote = u"Mentor har ikke sendt timesedler"_s;
    CHECK(r.validate(kToday).isEmpty());
    r.hoursDeliveredChecked = true;
    r.hoursNote.clear();
    CHECK(r.validate(kToday).isEmpty());
}

TEST_CASE("StatusReview next review comes after this one", "[domain][statusreview]")
{
    StatusReview r = valid();
    r.nextReview = r.date;
    const Errors errors = r.validate(kToday);
    REQUIRE(fieldsOf(errors) == QStringList{u"next_review"_s});
    CHECK(errors.first().message == u"The next review must come after this one."_s);
    r.nextReview = r.date.addDays(-1);
    CHECK(fieldsOf(r.validate(kToday)) == QStringList{u"next_review"_s});
    r.nextReview = r.date.addDays(1);
    CHECK(r.validate(kToday).isEmpty());
}
