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

namespace {
StatusReview review(Id courseId, QDate date, QDate next)
{
    StatusReview r;
    r.courseId = courseId;
    r.date = date;
    r.reviewedBy = u"Hanne Holm"_s;
    r.hoursDeliveredChecked = true;
    r.nextReview = next;
    return r;
}
QDate nextReviewOf(Database &db, Id courseId)
{
    return CourseRepository(db).find(courseId)->nextReviewDate;
}
int courseUpdates(Database &db, Id courseId)
{
    int updates = 0;
    for (const auto &e : AuditRepository(db).forRecord(u"course"_s, courseId))
        updates += e.action == AuditAction::Update ? 1 : 0;
    return updates;
}
} // namespace

TEST_CASE("StatusReviewRepository sets the course's next review date", "[storage][statusreview]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    StatusReviewRepository repo(*t);
    REQUIRE_FALSE(nextReviewOf(*t, chain.courseId).isValid());
    const int updatesBefore = courseUpdates(*t, chain.courseId);

    StatusReview first = review(chain.courseId, QDate(2024, 5, 15), QDate(2024, 6, 15));
    REQUIRE(repo.add(first).ok());
    CHECK(nextReviewOf(*t, chain.courseId) == QDate(2024, 6, 15));
    CHECK(courseUpdates(*t, chain.courseId) == updatesBefore + 1);

    StatusReview second = review(chain.courseId, QDate(2024, 6, 14), QDate(2024, 9, 1));
    REQUIRE(repo.add(second).ok());
    CHECK(nextReviewOf(*t, chain.courseId) == QDate(2024, 9, 1));

    // Correcting the first review does not undo the plan of the newer one.
    first.nextReview = QDate(2024, 6, 20);
    REQUIRE(repo.update(first).ok());
    CHECK(nextReviewOf(*t, chain.courseId) == QDate(2024, 9, 1));

    // Moving the newest review's next date moves the course's; removing it clears it.
    second.nextReview = QDate(2024, 8, 15);
    REQUIRE(repo.update(second).ok());
    CHECK(nextReviewOf(*t, chain.courseId) == QDate(2024, 8, 15));
    second.nextReview = QDate();
    second.decision = ReviewDecision::End;
    REQUIRE(repo.update(second).ok());
    CHECK_FALSE(nextReviewOf(*t, chain.courseId).isValid());
    CHECK(courseUpdates(*t, chain.courseId) == updatesBefore + 5);
}

TEST_CASE("StatusReviewRepository refused review leaves the course's date alone", "[storage][statusreview]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    StatusReviewRepository repo(*t);
    StatusReview ok = review(chain.courseId, QDate(2024, 6, 1), QDate(2024, 7, 1));
    REQUIRE(repo.add(ok).ok());
    const int updatesBefore = courseUpdates(*t, chain.courseId);

    StatusReview unchecked = review(chain.courseId, QDate(2024, 6, 10), QDate(2024, 12, 1));
    unchecked.hoursDeliveredChecked = false;
    CHECK_FALSE(repo.add(unchecked).ok());
    StatusReview backwards = ok;
    backwards.nextReview = QDate(2024, 5, 1);
    CHECK_FALSE(repo.update(backwards).ok());

    CHECK(nextReviewOf(*t, chain.courseId) == QDate(2024, 7, 1));
    CHECK(courseUpdates(*t, chain.courseId) == updatesBefore);
    CHECK(t.rowCount(u"status_review"_s) == 1);
}
