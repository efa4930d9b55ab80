#include "dbfixture.h"
#include "records.h"

#include "storage/statusreviewrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("StatusReviewRepository round trip", "[storage][statusreview]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    StatusReviewRepository repo(*t);
    StatusReview r;
    r.courseId = chain.courseId;
    r.date = QDate(2024, 6, 1);
    r.reviewedBy = u"Hanne Holm"_s;
    r.menteeAssessment = u"Det går lidt bedre"_s;
    r.mentorAssessment = u"Stor fremgang"_s;
    r.answers = u"Hvad er lykkedes? Praktikken."_s;
    r.hoursDeliveredChecked = true;
    r.hoursNote = u"12 timer af 12"_s;
    r.decision = ReviewDecision::AdjustHours;
    r.nextReview = QDate(2024, 9, 1);
    const auto id = repo.add(r);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->date == r.date);
    CHECK(found->reviewedBy == r.reviewedBy);
    CHECK(found->menteeAssessment == r.menteeAssessment);
    CHECK(found->mentorAssessment == r.mentorAssessment);
    CHECK(found->answers == r.answers);
    CHECK(found->hoursDeliveredChecked);
    CHECK(found->hoursNote == r.hoursNote);
    CHECK(found->decision == ReviewDecision::AdjustHours);
    CHECK(found->nextReview == QDate(2024, 9, 1));

    StatusReview changed = *found;
    changed.hoursDeliveredChecked = false;
    changed.hoursNote = u"Timesedler mangler"_s;
    changed.decision = ReviewDecision::End;
    changed.nextReview = QDate();
    changed.menteeAssessment.clear();
    REQUIRE(repo.update(changed).ok());
    found = repo.find(*id);
    CHECK_FALSE(found->hoursDeliveredChecked);
    CHECK(found->hoursNote == u"Timesedler mangler"_s);
    CHECK(found->decision == ReviewDecision::End);
    CHECK_FALSE(found->nextReview.isValid());
    CHECK(found->menteeAssessment.isEmpty());
    CHECK(repo.forCourse(chain.courseId).size() == 1);
}

TEST_CASE("StatusReviewRepository refuses a review without the hours check", "[storage][statusreview]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    StatusReview r;
    r.courseId = chain.courseId;
    r.date = fixedToday();
    r.reviewedBy = u"Hanne"_s;
    const auto id = StatusReviewRepository(*t).add(r);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"Check the delivered hours"_s));
    CHECK(t.rowCount(u"status_review"_s) == 0);
}
