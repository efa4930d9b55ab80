#include "matchingrecords.h"

#include "matching/bulkassignment.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::matching;
using namespace mentordesk::testing;

namespace {

Mentee menteeSpeaking(Id id, const QStringList &languages, DanishLevel danish = DanishLevel::Fluent)
{
    Mentee e = plainMentee(id);
    e.languages = languages;
    e.danishLevel = danish;
    return e;
}

Mentor mentorSpeaking(Id id, const QStringList &languages, int capacity = 1)
{
    Mentor o = plainMentor(id, capacity);
    o.languages = languages;
    return o;
}

// Three mentees and three mentors of one place each, scored by shared languages only:
//            M0 (Arabic, Danish)  M1 (Danish)  M2 (Somali)
// E0 Ar, Da        100                70            0
// E1 Da             70                70            0
// E2 So, Da         70                70           70
// The unique optimum is E0–M0, E1–M1, E2–M2 (total 240).
MatchingData threeByThree()
{
    return buildMatchingData({menteeSpeaking(1, {u"Arabic"_s, u"Danish"_s}), menteeSpeaking(2, {u"Danish"_s}), menteeSpeaking(3, {u"Somali"_s, u"Danish"_s})},
                             {mentorSpeaking(10, {u"Arabic"_s, u"Danish"_s}), mentorSpeaking(11, {u"Danish"_s}), mentorSpeaking(12, {u"Somali"_s})},
                             matchingContext(onlyWeight(Criterion::Languages)));
}

// "mentee→mentor score" per proposal, in mentee order, with a '*' on pins.
QStringList proposalsOf(const BulkResult &result)
{
    QStringList lines;
    for (const BulkProposal &p : result.proposals)
        lines << u"%1\u2192%2 %3%4"_s.arg(p.mentee).arg(p.mentor).arg(p.explanation.score).arg(p.pinned ? u"*"_s : QString());
    return lines;
}

BulkResult runOk(const MatchingData &data, const BulkChoices &choices = {})
{
    BulkResult result = runBulkAssignment(data, choices);
    INFO(result.error.toStdString());
    REQUIRE(result.ok());
    return result;
}

bool hasPair(const AssignmentProblem &problem, int mentee, int mentor)
{
    return std::any_of(problem.pairs.cbegin(), problem.pairs.cend(),
                       [&](const ScoredPair &p) { return p.mentee == mentee && p.mentor == mentor; });
}

} // namespace

TEST_CASE("runBulkAssignment finds the best assignment and explains every proposal", "[matching][bulk]")
{
    const MatchingData data = threeByThree();
    const BulkResult result = runOk(data);
    CHECK(proposalsOf(result) == QStringList{u"0→0 100"_s, u"1→1 70"_s, u"2→2 70"_s});
    CHECK(result.matched == 3);
    CHECK(result.totalScore == 240);
    CHECK(result.unmatched.isEmpty());
    CHECK_FALSE(result.cancelled);

    const PairScorer scorer(data);
    for (const BulkProposal &p : result.proposals) {
        const Explanation expected = scorer.explain(p.mentee, p.mentor);
        CHECK(p.explanation.score == expected.score);
        CHECK(displayed(p.explanation) == displayed(expected));
        CHECK_FALSE(p.pinned);
    }
    REQUIRE(result.proposals.size() == 3);
    CHECK(displayed(result.proposals.at(0).explanation) == QStringList{u"+100 speaks Arabic and Danish"_s});
    // The best other admissible mentor: E0's is M1 (70, before M2's 0); E2's ties of 70 go to
    // the lower index.
    CHECK(result.proposals.at(0).alternativeMentor == std::optional<int>(1));
    CHECK(result.proposals.at(0).alternativeScore == 70);
    CHECK(result.proposals.at(1).alternativeMentor == std::optional<int>(0));
    CHECK(result.proposals.at(1).alternativeScore == 70);
    CHECK(result.proposals.at(2).alternativeMentor == std::optional<int>(0));
    CHECK(result.proposals.at(2).alternativeScore == 70);
}

TEST_CASE("runBulkAssignment gives no alternative when the chosen mentor is the only admissible one", "[matching][bulk]")
{
    const MatchingData data = buildMatchingData({menteeSpeaking(1, {u"Arabic"_s}, DanishLevel::None)},
                                                {mentorSpeaking(10, {u"Danish"_s}), mentorSpeaking(11, {u"arabic"_s})},
                                                matchingContext(onlyWeight(Criterion::Languages)));
    const BulkResult result = runOk(data);
    REQUIRE(result.proposals.size() == 1);
    CHECK(result.proposals.first().mentor == 1);
    CHECK_FALSE(result.proposals.first().alternativeMentor.has_value());
    CHECK(result.proposals.first().alternativeScore == 0);
}

TEST_CASE("runBulkAssignment honours pins, run exclusions and skipped mentees", "[matching][bulk]")
{
    const MatchingData data = threeByThree();
    BulkChoices choices;

    SECTION("a pin is kept even where it lowers the total")
    {
        choices.pins = {{1, 0}};
        const BulkResult result = runOk(data, choices);
        CHECK(proposalsOf(result) == QStringList{u"0→1 70"_s, u"1→0 70*"_s, u"2→2 70"_s});
        CHECK(result.totalScore == 210);
        REQUIRE(result.problem.pins.size() == 1);
        CHECK(result.problem.pins.first().score == 70);
    }
    SECTION("an excluded pair is neither scored into the problem nor proposed")
    {
        choices.exclusions = {{0, 0}};
        const BulkResult result = runOk(data, choices);
        CHECK_FALSE(hasPair(result.problem, 0, 0));
        CHECK(hasPair(result.problem, 0, 1));
        CHECK(proposalsOf(result) == QStringList{u"0→1 70"_s, u"1→0 70"_s, u"2→2 70"_s});
        CHECK(result.totalScore == 210);
        // Nor is it offered as E0's alternative.
        CHECK(result.proposals.at(0).alternativeMentor == std::optional<int>(2));
        CHECK(result.proposals.at(0).alternativeScore == 0);
    }
    SECTION("a skipped mentee has no pairs, no proposal and is not reported unmatched")
    {
        choices.skippedMentees = {0};
        const BulkResult result = runOk(data, choices);
        for (const ScoredPair &p : result.problem.pairs)
            CHECK(p.mentee != 0);
        REQUIRE(result.proposals.size() == 2);
        CHECK(result.proposals.at(0).mentee == 1);
        CHECK(result.proposals.at(1).mentee == 2);
        CHECK(result.unmatched.isEmpty());
        CHECK(result.matched == 2);
        CHECK(result.totalScore == 140);
    }
}

TEST_CASE("runBulkAssignment says why a mentee without an admissible mentor stays unmatched", "[matching][bulk]")
{
    Mentee e = plainMentee(1);
    e.preferredMentorGender = Gender::Male;
    e.mentorGenderRequired = true;
    Mentor paused = plainMentor(10);
    paused.status = MentorStatus::Paused;
    paused.gender = Gender::Male;
    Mentor woman = plainMentor(11);
    woman.gender = Gender::Female;
    Mentor unknown = plainMentor(12);
    Mentor full = plainMentor(13);
    full.gender = Gender::Male;
    MatchingContext context = matchingContext();
    context.loads.insert(13, {1, 0, 1});

    SECTION("the gates that closed its pairs, most frequent first")
    {
        const MatchingData data = buildMatchingData({e}, {paused, woman, unknown, full}, context);
        const BulkResult result = runOk(data);
        CHECK(result.proposals.isEmpty());
        CHECK(result.matched == 0);
        REQUIRE(result.unmatched.size() == 1);
        CHECK(result.unmatched.first().mentee == 0);
        CHECK(result.unmatched.first().why == UnmatchedMentee::Why::NoAdmissibleMentor);
        CHECK(result.unmatched.first().text
              == u"no admissible mentor (required mentor gender: 2, mentor not active: 1, no free capacity: 1)"_s);
    }
    SECTION("every admissible pair excluded for this run")
    {
        Mentor free = plainMentor(14);
        free.gender = Gender::Male;
        const MatchingData data = buildMatchingData({e}, {free}, context);
        BulkChoices choices;
        choices.exclusions = {{0, 0}};
        const BulkResult result = runOk(data, choices);
        REQUIRE(result.unmatched.size() == 1);
        CHECK(result.unmatched.first().why == UnmatchedMentee::Why::NoAdmissibleMentor);
        CHECK(result.unmatched.first().text == u"no admissible mentor (excluded for this run: 1)"_s);
    }
    SECTION("some pairs excluded for this run, the others gated")
    {
        Mentor free = plainMentor(14), busy = plainMentor(15);
        free.gender = Gender::Male;
        busy.gender = Gender::Male;
        context.loads.insert(15, {1, 0, 1});
        const MatchingData data = buildMatchingData({e}, {free, busy}, context);
        BulkChoices choices;
        choices.exclusions = {{0, 0}};
        const BulkResult result = runOk(data, choices);
        REQUIRE(result.unmatched.size() == 1);
        CHECK(result.unmatched.first().text == u"no admissible mentor (excluded for this run: 1, no free capacity: 1)"_s);
    }
    SECTION("no mentors at all")
    {
        const MatchingData data = buildMatchingData({e}, {}, context);
        const BulkResult result = runOk(data);
        REQUIRE(result.unmatched.size() == 1);
        CHECK(result.unmatched.first().text == u"no admissible mentor (there are no active mentors)"_s);
    }
}

TEST_CASE("runBulkAssignment reports a mentee whose admissible mentors' places went to others", "[matching][bulk]")
{
    // Only M0 can talk with either mentee, and M0 has one place: the better pair gets it.
    const MatchingData data = buildMatchingData(
        {menteeSpeaking(1, {u"Arabic"_s}, DanishLevel::Basic), menteeSpeaking(2, {u"Arabic"_s, u"Danish"_s}, DanishLevel::Basic)},
        {mentorSpeaking(10, {u"Arabic"_s, u"Danish"_s}), mentorSpeaking(11, {u"Somali"_s})}, matchingContext(onlyWeight(Criterion::Languages)));
    const BulkResult result = runOk(data);
    CHECK(proposalsOf(result) == QStringList{u"1→0 100"_s});
    CHECK(result.matched == 1);
    CHECK(result.totalScore == 100);
    REQUIRE(result.unmatched.size() == 1);
    CHECK(result.unmatched.first().mentee == 0);
    CHECK(result.unmatched.first().why == UnmatchedMentee::Why::CapacityExhausted);
    CHECK(result.unmatched.first().text == u"capacity exhausted: the places of all 1 admissible mentor(s) went to other mentees"_s);
}

TEST_CASE("scoreProblem holds exactly the admissible pairs with PairScorer's scores, in mentee order", "[matching][bulk]")
{
    // Enough mentees that scoring is split over several parts.
    QList<Mentee> mentees;
    QList<Mentor> mentors;
    const QStringList words = {u"Arabic"_s, u"Danish"_s, u"Somali"_s, u"English"_s};
    for (int i = 0; i < 41; ++i) {
        Mentee e = menteeSpeaking(i + 1, {words.at(i % 4), words.at(i * 7 % 4)}, static_cast<DanishLevel>(i % 5));
        e.interests = {words.at(i % 3)};
        e.postcode = i % 2 ? u"8000"_s : u"9000"_s;
        e.availability = Availability(quint32(i) * 2654435761u);
        if (i % 5 == 0) {
            e.preferredMentorGender = Gender::Female;
            e.mentorGenderRequired = i % 10 == 0;
        }
        mentees << e;
    }
    MatchingContext context = matchingContext();
    for (int j = 0; j < 9; ++j) {
        Mentor o = mentorSpeaking(100 + j, {words.at(j % 4)}, 1 + j % 3);
        o.gender = static_cast<Gender>(j % 3);
        o.interests = {words.at(j % 2)};
        o.postcode = j % 3 ? u"8210"_s : u"7700"_s;
        o.availability = Availability(quint32(j) * 40503u + 5);
        if (j == 4)
            o.status = MentorStatus::Paused;
        mentors << o;
        context.loads.insert(o.id, {j % 3, j == 7 ? 1 : 0, j});
    }
    context.excluded = {{3, 101}, {8, 105}};
    const MatchingData data = buildMatchingData(mentees, mentors, context);

    const AssignmentProblem problem = scoreProblem(data);
    const PairScorer scorer(data);
    QStringList expected;
    for (int e = 0; e < data.mentees.size(); ++e)
        for (int o = 0; o < data.mentors.size(); ++o)
            if (const PairScore s = scorer.score(e, o); s.admissible())
                expected << u"%1-%2:%3"_s.arg(e).arg(o).arg(s.score);
    QStringList actual;
    for (const ScoredPair &p : problem.pairs)
        actual << u"%1-%2:%3"_s.arg(p.mentee).arg(p.mentor).arg(p.score);
    CHECK(actual == expected);
    CHECK(expected.size() > 40);
    CHECK(expected.size() < 41 * 9);
    CHECK(problem.menteeCount == 41);
    CHECK(problem.freePlaces == QList<int>{1, 1, 1, 1, 0, 1, 1, 0, 1});
    CHECK(problem.pins.isEmpty());

    // Skipped mentees and run exclusions take pairs out, nothing else.
    BulkChoices choices;
    choices.skippedMentees = {0, 40};
    choices.exclusions = {{1, 0}};
    expected.removeIf([](const QString &pair) { return pair.startsWith(u"0-"_s) || pair.startsWith(u"40-"_s) || pair.startsWith(u"1-0:"_s); });
    actual.clear();
    for (const ScoredPair &p : scoreProblem(data, choices).pairs)
        actual << u"%1-%2:%3"_s.arg(p.mentee).arg(p.mentor).arg(p.score);
    CHECK(actual == expected);
}

TEST_CASE("runBulkAssignment reports progress and can be cancelled", "[matching][bulk]")
{
    const MatchingData data = threeByThree();
    SECTION("cancelled at the first report")
    {
        int calls = 0;
        const BulkResult result = runBulkAssignment(data, {}, [&](double) {
            ++calls;
            return false;
        });
        CHECK(result.cancelled);
        CHECK_FALSE(result.ok());
        CHECK(result.proposals.isEmpty());
        CHECK(result.unmatched.isEmpty());
        CHECK(result.matched == 0);
        CHECK(calls == 1);
    }
    SECTION("a run that goes on reports fractions up to 1")
    {
        QList<double> fractions;
        const BulkResult result = runBulkAssignment(data, {}, [&](double f) {
            fractions << f;
            return true;
        });
        CHECK(result.ok());
        CHECK(result.matched == 3);
        REQUIRE_FALSE(fractions.isEmpty());
        CHECK(std::is_sorted(fractions.cbegin(), fractions.cend()));
        CHECK(fractions.first() >= 0.0);
        CHECK(fractions.last() == 1.0);
    }
}

TEST_CASE("runBulkAssignment can be cancelled while it scores", "[matching][bulk]")
{
    // Enough mentees for several progress reports while the pairs are scored.
    QList<Mentee> mentees;
    for (int i = 1; i <= 600; ++i)
        mentees << plainMentee(i);
    QList<Mentor> mentors;
    for (int j = 1; j <= 20; ++j)
        mentors << plainMentor(1000 + j, 3);
    const MatchingData data = buildMatchingData(mentees, mentors, matchingContext());
    QList<double> fractions;
    const BulkResult result = runBulkAssignment(data, {}, [&](double f) {
        fractions << f;
        return fractions.size() < 2;  // cancel at the second report, still scoring
    });
    CHECK(result.cancelled);
    CHECK(result.problem.pairs.isEmpty());
    CHECK(result.proposals.isEmpty());
    REQUIRE(fractions.size() == 2);
    CHECK(fractions.at(1) > 0.0);
    CHECK(fractions.at(1) < 0.3);
}
