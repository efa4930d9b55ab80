#include "dbfixture.h"
#include "records.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
struct People {
    Id schemeId;
    Id mentorId;
    Id menteeId;
};
People addPeople(Database &db)
{
    const Id schemeId = addScheme(db);
    return {schemeId, addMentor(db), addMentee(db, schemeId)};
}
} // namespace

TEST_CASE("MatchRepository round trip with defaults for proposal time and proposer", "[storage][match]")
{
    TestDatabase t;
    const People p = addPeople(*t);
    MatchRepository repo(*t);
    Match m;
    m.menteeId = p.menteeId;
    m.mentorId = p.mentorId;
    m.score = 82;
    m.reasons = {u"Samme sprog: arabisk"_s, u"Tid sammen: 3 dagdele"_s};
    m.source = MatchSource::Suggestion;
    const auto id = repo.add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(m.proposedAt == fixedNow());
    CHECK(m.proposedBy == u"coordinator1"_s);

    const auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->menteeId == p.menteeId);
    CHECK(found->mentorId == p.mentorId);
    CHECK(found->courseId == 0);
    CHECK(found->score == std::optional<int>(82));
    CHECK(found->reasons == m.reasons);
    CHECK(found->source == MatchSource::Suggestion);
    CHECK(found->state == MatchState::Proposed);
    CHECK(found->proposedAt == fixedNow());
    CHECK(found->proposedBy == u"coordinator1"_s);
    CHECK_FALSE(found->decidedAt.isValid());
    CHECK(found->decidedBy.isEmpty());
    CHECK_FALSE(found->excludePairInFuture);
    CHECK_FALSE(found->chemistry.has_value());
    CHECK_FALSE(found->endReason.has_value());
    CHECK(repo.forMentee(p.menteeId).size() == 1);
    CHECK(repo.forMentor(p.mentorId).size() == 1);
    CHECK(repo.forMentor(p.mentorId + 1).isEmpty());
}

TEST_CASE("MatchRepository approve and end a match", "[storage][match]")
{
    TestDatabase t;
    const People p = addPeople(*t);
    MatchRepository repo(*t);
    Match m = *repo.find(addMatch(*t, p.menteeId, p.mentorId));

    m.state = MatchState::Approved;
    m.decidedAt = QDateTime(QDate(2024, 6, 13), QTime(14, 5, 30, 250), Qt::UTC);
    m.decidedBy = u"coordinator1"_s;
    m.chemistry = Chemistry::Ok;
    m.chemistryDate = QDate(2024, 6, 12);
    const Status approved = repo.update(m);
    INFO(approved.error().toStdString());
    REQUIRE(approved.ok());
    auto found = repo.find(m.id);
    CHECK(found->state == MatchState::Approved);
    CHECK(found->decidedAt == m.decidedAt);
    CHECK(found->chemistry == std::optional<Chemistry>(Chemistry::Ok));
    CHECK(found->chemistryDate == QDate(2024, 6, 12));
    CHECK(repo.countInState(MatchState::Approved) == 1);
    CHECK(repo.countInState(MatchState::Proposed) == 0);

    m.state = MatchState::Ended;
    m.reason = u"Ingen kemi"_s;
    m.endReason = MatchEndReason::NoChemistry;
    m.endedOn = QDate(2024, 6, 14);
    m.excludePairInFuture = true;
    REQUIRE(repo.update(m).ok());
    found = repo.find(m.id);
    CHECK(found->state == MatchState::Ended);
    CHECK(found->reason == u"Ingen kemi"_s);
    CHECK(found->endReason == std::optional<MatchEndReason>(MatchEndReason::NoChemistry));
    CHECK(found->endedOn == QDate(2024, 6, 14));
    CHECK(found->excludePairInFuture);
}

TEST_CASE("MatchRepository refuses a state change the state machine forbids", "[storage][match]")
{
    TestDatabase t;
    const People p = addPeople(*t);
    MatchRepository repo(*t);
    Match m = *repo.find(addMatch(*t, p.menteeId, p.mentorId));
    m.state = MatchState::Rejected;
    m.decidedAt = fixedNow();
    m.reason = u"Ønsker en kvindelig mentor"_s;
    REQUIRE(repo.update(m).ok());

    m.state = MatchState::Approved;
    const Status refused = repo.update(m);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"A match cannot go from Rejected to Approved."_s);
    CHECK(repo.find(m.id)->state == MatchState::Rejected);

    // Approved cannot go back to proposed either.
    Match other = *repo.find(addMatch(*t, p.menteeId, p.mentorId));
    other.state = MatchState::Approved;
    other.decidedAt = fixedNow();
    REQUIRE(repo.update(other).ok());
    other.state = MatchState::Proposed;
    CHECK(repo.update(other).error().contains(u"from Approved to Proposed"_s));
}

TEST_CASE("MatchRepository refuses invalid matches", "[storage][match]")
{
    TestDatabase t;
    const People p = addPeople(*t);
    MatchRepository repo(*t);
    Match m;
    m.menteeId = p.menteeId;
    auto id = repo.add(m);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"A match needs a mentor."_s));

    m.mentorId = p.mentorId + 50;  // no such mentor
    id = repo.add(m);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"does not exist"_s));

    Match approvedWithoutTime = *repo.find(addMatch(*t, p.menteeId, p.mentorId));
    approvedWithoutTime.state = MatchState::Approved;
    const Status refused = repo.update(approvedWithoutTime);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"time of the decision"_s));
    CHECK(repo.countInState(MatchState::Proposed) == 1);
}
