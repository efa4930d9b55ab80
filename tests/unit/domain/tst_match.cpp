#include "qtcatch.h"

#include "domain/match.h"

#include <set>
#include <utility>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
Match valid()
{
    Match m;
    m.menteeId = 1;
    m.mentorId = 2;
    return m;
}
const QDateTime kDecided(QDate(2024, 6, 1), QTime(14, 0), Qt::UTC);
} // namespace

TEST_CASE("Match state machine allows exactly its transitions", "[domain][match]")
{
    const std::set<std::pair<MatchState, MatchState>> allowed = {
        {MatchState::Proposed, MatchState::Approved},
        {MatchState::Proposed, MatchState::Rejected},
        {MatchState::Proposed, MatchState::Withdrawn},
        {MatchState::Approved, MatchState::Ended},
    };
    for (const auto &from : EnumTraits<MatchState>::entries)
        for (const auto &to : EnumTraits<MatchState>::entries) {
            INFO(from.code << " -> " << to.code);
            CHECK(Match::canMove(from.value, to.value) == (allowed.count({from.value, to.value}) == 1));
        }
}

TEST_CASE("Match needs a mentee and a mentor", "[domain][match]")
{
    CHECK(valid().validate().isEmpty());
    Match m;
    const Errors errors = m.validate();
    CHECK(fieldsOf(errors) == QStringList{u"mentee"_s, u"mentor"_s});
    CHECK(messageFor(errors, u"mentee") == u"A match needs a mentee."_s);
    CHECK(messageFor(errors, u"mentor") == u"A match needs a mentor."_s);
}

TEST_CASE("Match score from 0 to 100", "[domain][match]")
{
    Match m = valid();
    for (int score : {0, 55, 100}) {
        m.score = score;
        CHECK(m.validate().isEmpty());
    }
    for (int score : {-1, 101}) {
        m.score = score;
        const Errors errors = m.validate();
        REQUIRE(fieldsOf(errors) == QStringList{u"score"_s});
        CHECK(errors.first().message == u"The score must be between 0 and 100."_s);
    }
}

TEST_CASE("Match decided states need the time of the decision", "[domain][match]")
{
    Match m = valid();
    m.state = MatchState::Approved;
    Errors errors = m.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"decided_at"_s});
    CHECK(errors.first().message.contains(u"time of the decision"_s));
    m.decidedAt = kDecided;
    CHECK(m.validate().isEmpty());

    m.state = MatchState::Withdrawn;
    CHECK(m.validate().isEmpty());  // no reason needed for a withdrawal
    m.decidedAt = QDateTime();
    CHECK(fieldsOf(m.validate()) == QStringList{u"decided_at"_s});
}

TEST_CASE("Match rejection needs a reason", "[domain][match]")
{
    Match m = valid();
    m.state = MatchState::Rejected;
    m.decidedAt = kDecided;
    m.reason = u"  "_s;
    const Errors errors = m.validate();
    REQUIRE(fieldsOf(errors) == QStringList{u"reason"_s});
    CHECK(errors.first().message == u"Give a reason when a match is rejected or ended."_s);
    m.reason = u"Ønsker en kvindelig mentor"_s;
    CHECK(m.validate().isEmpty());
}

TEST_CASE("Match end needs reason end reason and end date", "[domain][match]")
{
    Match m = valid();
    m.state = MatchState::Ended;
    m.decidedAt = kDecided;
    Errors errors = m.validate();
    CHECK(fieldsOf(errors) == QStringList{u"reason"_s, u"end_reason"_s, u"ended_on"_s});
    CHECK(messageFor(errors, u"end_reason") == u"Choose why the match ended."_s);
    CHECK(messageFor(errors, u"ended_on") == u"An ended match needs its end date."_s);
    m.reason = u"Ingen kemi efter tredje møde"_s;
    m.endReason = MatchEndReason::NoChemistry;
    m.endedOn = QDate(2024, 6, 10);
    CHECK(m.validate().isEmpty());
}
