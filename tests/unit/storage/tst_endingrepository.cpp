#include "dbfixture.h"
#include "records.h"

#include "storage/endingrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Ending ending(Id courseId, QDate end, EndingReason reason, Outcome outcome)
{
    Ending e;
    e.courseId = courseId;
    e.endDate = end;
    e.reason = reason;
    e.outcome = outcome;
    return e;
}

// A course for a mentee with or without ret og pligt.
Id courseFor(Database &db, bool retOgPligt)
{
    const Id schemeId = addScheme(db, SchemeContext::Jobcentre);
    Mentee m = validMentee(schemeId);
    m.retOgPligt = retOgPligt;
    const Id menteeId = addMentee(db, schemeId, m);
    return addCourse(db, menteeId, schemeId);  // starts 2024-05-01
}
} // namespace

TEST_CASE("EndingRepository round trip", "[storage][ending]")
{
    TestDatabase t;
    const Id courseId = courseFor(*t, false);
    EndingRepository repo(*t);
    Ending e = ending(courseId, QDate(2024, 6, 1), EndingReason::Job, Outcome::OrdinaryJob);
    e.finalStatus = u"Styrker: mødestabil. Udfordringer: transport."_s;
    e.followUpContact = QDate(2024, 12, 1);
    const auto id = repo.add(e);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == courseId);
    CHECK(found->endDate == QDate(2024, 6, 1));
    CHECK(found->reason == EndingReason::Job);
    CHECK(found->outcome == Outcome::OrdinaryJob);
    CHECK(found->finalStatus == e.finalStatus);
    CHECK(found->followUpContact == QDate(2024, 12, 1));

    Ending changed = *found;
    changed.reason = EndingReason::Education;
    changed.outcome = Outcome::Education;
    changed.followUpContact = QDate();
    changed.finalStatus.clear();
    REQUIRE(repo.update(changed).ok());
    found = repo.find(*id);
    CHECK(found->reason == EndingReason::Education);
    CHECK(found->outcome == Outcome::Education);
    CHECK_FALSE(found->followUpContact.isValid());
    CHECK(found->finalStatus.isEmpty());
    CHECK(repo.forCourse(courseId).size() == 1);
}

TEST_CASE("EndingRepository a course ends once", "[storage][ending]")
{
    TestDatabase t;
    const Id courseId = courseFor(*t, false);
    EndingRepository repo(*t);
    Ending first = ending(courseId, QDate(2024, 6, 1), EndingReason::Job, Outcome::OrdinaryJob);
    REQUIRE(repo.add(first).ok());
    Ending second = ending(courseId, QDate(2024, 6, 2), EndingReason::Moved, Outcome::Unknown);
    const auto refused = repo.add(second);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"already exists"_s));
    CHECK(repo.forCourse(courseId).size() == 1);
}

TEST_CASE("EndingRepository refuses an end before the course started", "[storage][ending]")
{
    TestDatabase t;
    const Id courseId = courseFor(*t, false);
    Ending e = ending(courseId, QDate(2024, 4, 30), EndingReason::Job, Outcome::OrdinaryJob);
    const auto refused = EndingRepository(*t).add(e);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"The end date is before the course started (2024-05-01)."_s);
}

TEST_CASE("EndingRepository applies the ret-og-pligt rule of the mentee", "[storage][ending]")
{
    TestDatabase t;
    const Id retOgPligtCourse = courseFor(*t, true);
    EndingRepository repo(*t);
    Ending e = ending(retOgPligtCourse, QDate(2024, 6, 1), EndingReason::Job, Outcome::OrdinaryJob);
    const auto refused = repo.add(e);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"Ret-og-pligt support may only end when the mentee is in an active offer."_s);
    e.outcome = Outcome::ActiveOffer;
    e.reason = EndingReason::ActiveOffer;
    CHECK(repo.add(e).ok());

    const Id ordinaryCourse = courseFor(*t, false);
    Ending ordinary = ending(ordinaryCourse, QDate(2024, 6, 1), EndingReason::Job, Outcome::OrdinaryJob);
    CHECK(repo.add(ordinary).ok());
}
