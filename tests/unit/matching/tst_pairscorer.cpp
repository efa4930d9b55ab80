#include "matchingrecords.h"

#include "matching/postcodearea.h"
#include "matching/suggestions.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::matching;
using namespace mentordesk::testing;

namespace {

// Scores the one pair (mentee, mentor) with only `criterion` weighted: "score | line as shown",
// or "gated: text" when a gate closed the pair.
QString scoredAlone(Criterion criterion, const Mentee &mentee, const Mentor &mentor, MatchingContext::Load load = {})
{
    MatchingContext context = matchingContext(onlyWeight(criterion));
    context.loads.insert(mentor.id, load);
    const MatchingData data = buildMatchingData({mentee}, {mentor}, context);
    const PairScorer scorer(data);
    const Explanation explanation = scorer.explain(0, 0);
    if (!explanation.admissible())
        return u"gated: "_s + explanation.gateText;
    CHECK(scorer.score(0, 0).score == explanation.score);
    REQUIRE(explanation.lines.size() == 1);
    CHECK(explanation.lines.first().criterion == criterion);
    return u"%1 | %2"_s.arg(explanation.score).arg(explanation.lines.first().display());
}

struct Gated {
    Gate gate;
    QString text;
    friend bool operator==(const Gated &, const Gated &) = default;
};

// The gate of the one pair (mentee, mentor) and its explanation text.
Gated gateOf(const Mentee &mentee, const Mentor &mentor, const MatchingContext &context)
{
    const MatchingData data = buildMatchingData({mentee}, {mentor}, context);
    const PairScorer scorer(data);
    const PairScore score = scorer.score(0, 0);
    const Explanation explanation = scorer.explain(0, 0);
    CHECK(score.gate == explanation.gate);
    if (!score.admissible()) {
        CHECK(score.score == 0);
        CHECK(explanation.score == 0);
        CHECK(explanation.lines.isEmpty());
    } else {
        CHECK(explanation.gateText.isEmpty());
    }
    return {explanation.gate, explanation.gateText};
}

} // namespace

namespace Catch {
template <>
struct StringMaker<Gated> {
    static std::string convert(const Gated &g) { return std::to_string(int(g.gate)) + " \"" + g.text.toStdString() + '"'; }
};
} // namespace Catch

// --- Gates -------------------------------------------------------------------------------------

TEST_CASE("PairScorer gates are checked in order, each with its explanation", "[matching][pairscorer]")
{
    // A pair that every gate would close; the gates open one by one.
    Mentee e = plainMentee(1);
    e.preferredMentorGender = Gender::Female;
    e.mentorGenderRequired = true;
    e.languages = {u"Arabic"_s};
    e.danishLevel = DanishLevel::None;
    e.postcode = u"8000"_s;
    Mentor o = plainMentor(7, 2);
    o.status = MentorStatus::Paused;
    o.gender = Gender::Male;
    o.languages = {u"Danish"_s};
    o.mentorType = MentorType::Volunteer;
    o.postcode = u"9000"_s;
    MatchingContext context = matchingContext();
    context.schemes.first().allowedMentorTypes = {MentorType::Professional};
    context.schemes.first().sameRegionOnly = true;
    context.loads.insert(7, {2, 0, 2});
    context.excluded = {{1, 7}};

    CHECK(gateOf(e, o, context) == Gated{Gate::MentorNotActive, u"excluded: the mentor is not active (paused)"_s});
    o.status = MentorStatus::Archived;
    CHECK(gateOf(e, o, context) == Gated{Gate::MentorNotActive, u"excluded: the mentor is not active (archived)"_s});
    o.status = MentorStatus::Active;
    CHECK(gateOf(e, o, context) == Gated{Gate::NoFreePlace, u"excluded: no free capacity (2 of 2 places taken)"_s});
    context.loads.insert(7, {0, 0, 2});
    CHECK(gateOf(e, o, context) == Gated{Gate::Excluded, u"excluded: the coordinator excluded this pair"_s});
    context.excluded.clear();
    CHECK(gateOf(e, o, context) == Gated{Gate::RequiredGender, u"excluded: the mentee requires a mentor who is female"_s});
    o.gender = Gender::Female;
    CHECK(gateOf(e, o, context)
          == Gated{Gate::NoSharedLanguage, u"excluded: no shared language (the mentee speaks Arabic and little Danish)"_s});
    o.languages << u"arabic"_s;
    CHECK(gateOf(e, o, context) == Gated{Gate::MentorTypeNotAllowed, u"excluded: Volunteer mentor is not allowed in Jobcentre Aarhus"_s});
    o.mentorType = MentorType::Professional;
    CHECK(gateOf(e, o, context)
          == Gated{Gate::OtherRegion,
                   u"excluded: lives in the North Denmark Region; Jobcentre Aarhus takes mentors of the mentee's region only"_s});
    o.postcode = u"8600"_s;
    CHECK(gateOf(e, o, context) == Gated{Gate::None, QString()});
}

TEST_CASE("PairScorer no-free-place gate counts open proposals and names them", "[matching][pairscorer]")
{
    const Mentee e = plainMentee(1);
    const Mentor o = plainMentor(7, 3);
    MatchingContext context = matchingContext();
    context.loads.insert(7, {1, 2, 4});
    CHECK(gateOf(e, o, context) == Gated{Gate::NoFreePlace, u"excluded: no free capacity (1 of 3 places taken, 2 proposed)"_s});
    context.loads.insert(7, {1, 1, 4});
    CHECK(gateOf(e, o, context).gate == Gate::None);
    // More taken than the capacity (capacity lowered after approvals) is still closed.
    context.loads.insert(7, {4, 0, 4});
    CHECK(gateOf(e, o, context) == Gated{Gate::NoFreePlace, u"excluded: no free capacity (4 of 3 places taken)"_s});
}

TEST_CASE("PairScorer gates stay open when their condition is not met", "[matching][pairscorer]")
{
    MatchingContext context = matchingContext();
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);

    SECTION("a preferred but not required gender only lowers the score")
    {
        e.preferredMentorGender = Gender::Female;
        o.gender = Gender::Male;
        CHECK(gateOf(e, o, context).gate == Gate::None);
    }
    SECTION("a required gender closes the pair when the mentor's gender is not recorded")
    {
        e.preferredMentorGender = Gender::Male;
        e.mentorGenderRequired = true;
        CHECK(gateOf(e, o, context) == Gated{Gate::RequiredGender, u"excluded: the mentee requires a mentor who is male"_s});
    }
    SECTION("a mentee with enough Danish, or no recorded level, needs no shared language")
    {
        e.languages = {u"Arabic"_s, u"Kurdish"_s};
        o.languages = {u"English"_s};
        e.danishLevel = DanishLevel::Intermediate;
        CHECK(gateOf(e, o, context).gate == Gate::None);
        e.danishLevel.reset();
        CHECK(gateOf(e, o, context).gate == Gate::None);
        e.danishLevel = DanishLevel::Basic;
        CHECK(gateOf(e, o, context)
              == Gated{Gate::NoSharedLanguage, u"excluded: no shared language (the mentee speaks Arabic and Kurdish and little Danish)"_s});
    }
    SECTION("a mentor who speaks the mentee's preferred language shares a language")
    {
        e.languages = {u"Somali"_s};
        e.preferredLanguage = u"Arabic"_s;
        e.danishLevel = DanishLevel::Basic;
        o.languages = {u"arabic"_s};
        CHECK(gateOf(e, o, context).gate == Gate::None);
        o.languages = {u"Danish"_s};
        CHECK(gateOf(e, o, context)
              == Gated{Gate::NoSharedLanguage, u"excluded: no shared language (the mentee speaks Somali and little Danish)"_s});
    }
    SECTION("a mentee with little Danish but no languages recorded is not gated")
    {
        e.danishLevel = DanishLevel::None;
        o.languages = {u"Danish"_s};
        CHECK(gateOf(e, o, context).gate == Gate::None);
    }
    SECTION("the same-region rule needs both postcodes")
    {
        context.schemes.first().sameRegionOnly = true;
        e.postcode = u"8000"_s;
        CHECK(gateOf(e, o, context).gate == Gate::None);
        o.postcode = u"1000"_s;
        CHECK(gateOf(e, o, context).gate == Gate::OtherRegion);
        context.schemes.first().sameRegionOnly = false;
        CHECK(gateOf(e, o, context).gate == Gate::None);
    }
    SECTION("a scheme without allowed types takes every type")
    {
        o.mentorType = MentorType::Student;
        CHECK(gateOf(e, o, context).gate == Gate::None);
        context.schemes.first().allowedMentorTypes = {MentorType::Teacher, MentorType::Student};
        CHECK(gateOf(e, o, context).gate == Gate::None);
        context.schemes.first().allowedMentorTypes = {MentorType::Teacher};
        CHECK(gateOf(e, o, context)
              == Gated{Gate::MentorTypeNotAllowed, u"excluded: Student mentor is not allowed in Jobcentre Aarhus"_s});
    }
    SECTION("a mentee of a scheme the run does not know is scored without scheme limits")
    {
        context.schemes.first().allowedMentorTypes = {MentorType::Teacher};
        e.schemeId = 99;
        CHECK(gateOf(e, o, context).gate == Gate::None);
    }
    SECTION("an exclusion of another pair does not close this one")
    {
        context.excluded = {{1, 8}, {2, 7}};
        CHECK(gateOf(e, o, context).gate == Gate::None);
    }
}

TEST_CASE("PairScorer gate names", "[matching][pairscorer]")
{
    CHECK(PairScorer::gateName(Gate::None).isEmpty());
    CHECK(PairScorer::gateName(Gate::MentorNotActive) == u"mentor not active"_s);
    CHECK(PairScorer::gateName(Gate::NoFreePlace) == u"no free capacity"_s);
    CHECK(PairScorer::gateName(Gate::Excluded) == u"pair excluded by the coordinator"_s);
    CHECK(PairScorer::gateName(Gate::RequiredGender) == u"required mentor gender"_s);
    CHECK(PairScorer::gateName(Gate::NoSharedLanguage) == u"no shared language"_s);
    CHECK(PairScorer::gateName(Gate::MentorTypeNotAllowed) == u"mentor type not allowed in the scheme"_s);
    CHECK(PairScorer::gateName(Gate::OtherRegion) == u"lives in another region"_s);
}

// --- Criteria, each alone ------------------------------------------------------------------------

TEST_CASE("PairScorer languages: preferred language, two, one or no shared languages", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"50 | +50 the mentee's languages are not recorded"_s);

    e.languages = {u"Arabic"_s, u"Danish"_s, u"English"_s};
    e.danishLevel = DanishLevel::Fluent;
    o.languages = {u"danish"_s, u"ARABIC"_s};
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"100 | +100 speaks Arabic and Danish"_s);
    o.languages = {u"Danish"_s, u"Arabic"_s, u"English"_s};
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"100 | +100 speaks Arabic, Danish and English"_s);
    o.languages = {u"English"_s, u"German"_s};
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"70 | +70 speaks English"_s);
    o.languages = {u"German"_s};
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"0 | \u2212100 speaks none of the mentee's languages (Arabic, Danish and English)"_s);

    // The preferred language alone is worth full points, shared languages without it less.
    e.preferredLanguage = u" Arabic "_s;
    o.languages = {u"arabic"_s};
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"100 | +100 speaks Arabic, the mentee's preferred language"_s);
    o.languages = {u"Danish"_s};
    CHECK(scoredAlone(Criterion::Languages, e, o) == u"70 | +70 speaks Danish"_s);
}

TEST_CASE("PairScorer interests: shared share of up to three of the mentee's interests", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    o.interests = {u"chess"_s};
    CHECK(scoredAlone(Criterion::Interests, e, o) == u"50 | +50 interests not recorded on both sides"_s);
    e.interests = {u"football"_s, u"cooking"_s, u"music"_s, u"chess"_s};
    o.interests.clear();
    CHECK(scoredAlone(Criterion::Interests, e, o) == u"50 | +50 interests not recorded on both sides"_s);

    o.interests = {u"Chess"_s, u"Music"_s, u"Football"_s};
    CHECK(scoredAlone(Criterion::Interests, e, o) == u"100 | +100 shares interests: football, music and chess"_s);
    e.interests = {u"football"_s, u"cooking"_s};
    o.interests = {u"football"_s, u"hiking"_s};
    CHECK(scoredAlone(Criterion::Interests, e, o) == u"50 | +50 shares interests: football"_s);
    e.interests = {u"football"_s, u"cooking"_s, u"music"_s};
    CHECK(scoredAlone(Criterion::Interests, e, o) == u"33 | \u221267 shares interests: football"_s);
    o.interests = {u"hiking"_s};
    CHECK(scoredAlone(Criterion::Interests, e, o) == u"0 | \u2212100 no shared interests"_s);
}

TEST_CASE("PairScorer gender preference: none, as preferred, other, not recorded", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    o.gender = Gender::Male;
    CHECK(scoredAlone(Criterion::GenderPreference, e, o) == u"100 | +100 no preference about the mentor's gender"_s);
    e.preferredMentorGender = Gender::Female;
    CHECK(scoredAlone(Criterion::GenderPreference, e, o) == u"0 | \u2212100 male; female preferred"_s);
    o.gender = Gender::Female;
    CHECK(scoredAlone(Criterion::GenderPreference, e, o) == u"100 | +100 female, as preferred"_s);
    o.gender.reset();
    CHECK(scoredAlone(Criterion::GenderPreference, e, o) == u"50 | +50 gender not recorded; female preferred"_s);
}

TEST_CASE("PairScorer age band: a tenth less per year outside the band", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    o.birthYear = 1989;  // 35 on the test day
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"100 | +100 no preference about the mentor's age"_s);
    e.preferredMentorAgeFrom = 30;
    e.preferredMentorAgeTo = 40;
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"100 | +100 is 35 years old, within 30\u201340 years"_s);
    o.birthYear = 1984;  // 40: the upper edge is inside
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"100 | +100 is 40 years old, within 30\u201340 years"_s);
    o.birthYear = 1979;  // 45: five years above
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"50 | +50 is 45 years old; 30\u201340 years preferred"_s);
    o.birthYear = 1978;  // 46
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"40 | \u221260 is 46 years old; 30\u201340 years preferred"_s);
    o.birthYear = 2002;  // 22: eight years below
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"20 | \u221280 is 22 years old; 30\u201340 years preferred"_s);
    o.birthYear.reset();
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"50 | +50 age not recorded; 30\u201340 years preferred"_s);

    o.birthYear = 1989;
    e.preferredMentorAgeTo.reset();
    e.preferredMentorAgeFrom = 50;
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"0 | \u2212100 is 35 years old; at least 50 years preferred"_s);
    e.preferredMentorAgeFrom.reset();
    e.preferredMentorAgeTo = 30;
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"50 | +50 is 35 years old; at most 30 years preferred"_s);
    e.preferredMentorAgeTo = 35;
    CHECK(scoredAlone(Criterion::AgeBand, e, o) == u"100 | +100 is 35 years old, within at most 35 years"_s);
}

TEST_CASE("PairScorer availability: none, one, two, three or more meeting times in common", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    o.availability = slots({{0, 0}, {1, 1}, {2, 2}, {3, 0}});
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"50 | +50 meeting times not recorded on both sides"_s);
    e.availability = slots({{4, 0}});
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"0 | \u2212100 no meeting times in common"_s);
    e.availability = slots({{0, 0}, {4, 0}});
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"50 | +50 can meet Monday morning"_s);
    e.availability = slots({{0, 0}, {2, 2}});
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"80 | +80 can meet Monday morning and Wednesday evening"_s);
    e.availability = slots({{2, 2}, {1, 1}, {0, 0}});
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"100 | +100 can meet Monday morning, Tuesday afternoon and Wednesday evening"_s);
    e.availability = slots({{0, 0}, {1, 1}, {2, 2}, {3, 0}, {6, 2}});
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"100 | +100 can meet Monday morning, Tuesday afternoon and 2 more times a week"_s);
    o.availability = {};
    CHECK(scoredAlone(Criterion::Availability, e, o) == u"50 | +50 meeting times not recorded on both sides"_s);
}

TEST_CASE("PairScorer distance by postcode areas", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    o.postcode = u"8000"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"50 | +50 distance not known (postcode missing or not Danish)"_s);
    e.postcode = u"8200"_s;
    o.postcode = u"3900"_s;  // Nuuk
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"50 | +50 distance not known (postcode missing or not Danish)"_s);
    o.postcode = u"8200"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"100 | +100 lives in the same postcode (8200)"_s);
    o.postcode = u"8210"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"80 | +80 lives in the same postal district (82xx)"_s);
    o.postcode = u"8300"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"60 | +60 lives in a neighbouring postal district (8300)"_s);
    o.postcode = u"8600"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"30 | \u221270 lives in the same region, farther away (8600)"_s);
    o.postcode = u"9000"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"0 | \u2212100 lives in another region (the North Denmark Region)"_s);
    // Neighbouring numbers across a region border are another region, not neighbours.
    e.postcode = u"7790"_s;
    o.postcode = u"7700"_s;
    CHECK(scoredAlone(Criterion::Distance, e, o) == u"0 | \u2212100 lives in another region (the North Denmark Region)"_s);
}

TEST_CASE("PairScorer mentor type fit to the target group", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    e.targetGroup = TargetGroup::JobReady;
    o.mentorType = MentorType::Workplace;
    CHECK(scoredAlone(Criterion::MentorTypeFit, e, o) == u"100 | +100 Workplace mentor suits Job-ready"_s);
    o.mentorType = MentorType::Teacher;
    CHECK(scoredAlone(Criterion::MentorTypeFit, e, o) == u"50 | +50 Part-time or teacher mentor may suit Job-ready"_s);
    e.targetGroup = TargetGroup::ActivityReadyCashBenefit;
    o.mentorType = MentorType::Student;
    CHECK(scoredAlone(Criterion::MentorTypeFit, e, o)
          == u"0 | \u2212100 Student mentor is less suited to Activity-ready, cash benefit"_s);
    o.mentorType = MentorType::Professional;
    CHECK(scoredAlone(Criterion::MentorTypeFit, e, o) == u"100 | +100 Full-time mentor suits Activity-ready, cash benefit"_s);
    e.targetGroup = TargetGroup::VocationalStudent;
    o.mentorType = MentorType::Student;
    CHECK(scoredAlone(Criterion::MentorTypeFit, e, o) == u"100 | +100 Student mentor suits Vocational student"_s);
}

TEST_CASE("PairScorer experience: first mentee, one or two, three or more", "[matching][pairscorer]")
{
    const Mentee e = plainMentee(1);
    const Mentor o = plainMentor(7, 5);
    CHECK(scoredAlone(Criterion::Experience, e, o) == u"30 | \u221270 would be the mentor's first mentee"_s);
    CHECK(scoredAlone(Criterion::Experience, e, o, {0, 0, 1}) == u"70 | +70 has had 1 mentee(s)"_s);
    CHECK(scoredAlone(Criterion::Experience, e, o, {1, 0, 2}) == u"70 | +70 has had 2 mentee(s)"_s);
    CHECK(scoredAlone(Criterion::Experience, e, o, {0, 0, 3}) == u"100 | +100 has had 3 mentee(s)"_s);
}

TEST_CASE("PairScorer load: the share of the mentor's places still free", "[matching][pairscorer]")
{
    const Mentee e = plainMentee(1);
    const Mentor o = plainMentor(7, 4);
    CHECK(scoredAlone(Criterion::Load, e, o) == u"100 | +100 has 4 of 4 places free"_s);
    CHECK(scoredAlone(Criterion::Load, e, o, {2, 0, 2}) == u"50 | +50 has 2 of 4 places free"_s);
    CHECK(scoredAlone(Criterion::Load, e, o, {3, 0, 3}) == u"25 | \u221275 has 1 of 4 places free"_s);
    // Open proposals take places for the gate, not for the load.
    CHECK(scoredAlone(Criterion::Load, e, o, {1, 2, 1}) == u"75 | +75 has 3 of 4 places free"_s);
    CHECK(scoredAlone(Criterion::Load, e, o, {1, 3, 1}) == u"gated: excluded: no free capacity (1 of 4 places taken, 3 proposed)"_s);
}

// --- The weighted score ------------------------------------------------------------------------

TEST_CASE("PairScorer score is the weighted mean of the criteria, lines most points first", "[matching][pairscorer]")
{
    Mentee e = plainMentee(1);
    e.languages = {u"Arabic"_s, u"Danish"_s};
    e.danishLevel = DanishLevel::Intermediate;
    e.interests = {u"football"_s, u"cooking"_s};
    e.preferredMentorGender = Gender::Female;
    e.preferredMentorAgeFrom = 25;
    e.preferredMentorAgeTo = 40;
    e.availability = slots({{0, 0}, {1, 1}});
    e.postcode = u"8200"_s;
    e.targetGroup = TargetGroup::JobReady;
    Mentor o = plainMentor(7, 2);
    o.languages = {u"Danish"_s, u"Arabic"_s, u"English"_s};
    o.interests = {u"cooking"_s};
    o.gender = Gender::Female;
    o.birthYear = 1990;
    o.availability = slots({{0, 0}, {1, 1}, {2, 2}});
    o.postcode = u"8300"_s;
    o.mentorType = MentorType::Workplace;

    SECTION("default weights")
    {
        MatchingContext context = matchingContext();
        context.loads.insert(7, {1, 0, 3});
        const MatchingData data = buildMatchingData({e}, {o}, context);
        const PairScorer scorer(data);
        // 20·1 + 15·0.5 + 10·1 + 5·1 + 15·0.8 + 15·0.6 + 10·1 + 5·1 + 5·0.5 = 81 of 100
        CHECK(scorer.score(0, 0).score == 81);
        const Explanation explanation = scorer.explain(0, 0);
        CHECK(explanation.score == 81);
        CHECK(explanation.gate == Gate::None);
        CHECK(explanation.gateText.isEmpty());
        CHECK(displayed(explanation)
              == QStringList{u"+20 speaks Arabic and Danish"_s, u"+12 can meet Monday morning and Tuesday afternoon"_s,
                             u"+10 female, as preferred"_s, u"+10 Workplace mentor suits Job-ready"_s,
                             u"+9 lives in a neighbouring postal district (8300)"_s, u"+8 shares interests: cooking"_s,
                             u"+5 is 34 years old, within 25\u201340 years"_s, u"+5 has had 3 mentee(s)"_s,
                             u"+3 has 1 of 2 places free"_s});
    }
    SECTION("weights need not add up to 100")
    {
        o.interests = {u"hiking"_s};
        Weights w;
        w.set(Criterion::Languages, 30);
        w.set(Criterion::Interests, 10);
        const MatchingData data = buildMatchingData({e}, {o}, matchingContext(w));
        const Explanation explanation = PairScorer(data).explain(0, 0);
        CHECK(explanation.score == 75);
        CHECK(displayed(explanation) == QStringList{u"+75 speaks Arabic and Danish"_s, u"\u221225 no shared interests"_s});
        // Doubling every weight changes nothing.
        w.set(Criterion::Languages, 60);
        w.set(Criterion::Interests, 20);
        const MatchingData doubled = buildMatchingData({e}, {o}, matchingContext(w));
        CHECK(displayed(PairScorer(doubled).explain(0, 0)) == displayed(explanation));
        CHECK(PairScorer(doubled).score(0, 0).score == 75);
    }
    SECTION("one weight alone gives that criterion's fraction")
    {
        const MatchingData data = buildMatchingData({e}, {o}, matchingContext(onlyWeight(Criterion::Availability, 7)));
        CHECK(PairScorer(data).score(0, 0).score == 80);
        CHECK(displayed(PairScorer(data).explain(0, 0)) == QStringList{u"+80 can meet Monday morning and Tuesday afternoon"_s});
    }
    SECTION("all weights zero: every admissible pair scores 0 without lines")
    {
        const MatchingData data = buildMatchingData({e}, {o}, matchingContext(Weights()));
        const PairScorer scorer(data);
        CHECK(scorer.score(0, 0).admissible());
        CHECK(scorer.score(0, 0).score == 0);
        CHECK(scorer.explain(0, 0).admissible());
        CHECK(scorer.explain(0, 0).lines.isEmpty());
    }
}

TEST_CASE("PairScorer explain gives the same score as score for every pair", "[matching][pairscorer]")
{
    QList<Mentee> mentees;
    QList<Mentor> mentors;
    const QStringList words = {u"Arabic"_s, u"Danish"_s, u"Somali"_s, u"English"_s, u"Tigrinya"_s};
    const QStringList postcodes = {u"8000"_s, u"8210"_s, u"9000"_s, u"1000"_s, u""_s, u"7100"_s};
    for (int i = 0; i < 12; ++i) {
        Mentee e = plainMentee(i + 1);
        e.languages = {words.at(i % 5), words.at((i * 3) % 5)};
        e.interests = {words.at((i + 1) % 5)};
        e.postcode = postcodes.at(i % 6);
        e.availability = Availability(quint32(i * 2654435761u));
        e.targetGroup = static_cast<TargetGroup>(i % 11);
        if (i % 3 == 0)
            e.preferredMentorGender = static_cast<Gender>(i % 2);
        if (i % 4 == 1)
            e.preferredMentorAgeFrom = 20 + i;
        mentees << e;
        Mentor o = plainMentor(100 + i, 1 + i % 3);
        o.languages = {words.at((i * 2) % 5)};
        o.interests = {words.at(i % 5), words.at((i + 2) % 5)};
        o.postcode = postcodes.at((i + 2) % 6);
        o.availability = Availability(quint32(i * 40503u + 7));
        o.mentorType = static_cast<MentorType>(i % 7);
        o.birthYear = 1950 + 4 * i;
        if (i % 2)
            o.gender = static_cast<Gender>(i % 3);
        mentors << o;
    }
    const MatchingData data = buildMatchingData(mentees, mentors, matchingContext());
    const PairScorer scorer(data);
    int admissible = 0;
    for (int e = 0; e < 12; ++e) {
        for (int o = 0; o < 12; ++o) {
            const PairScore s = scorer.score(e, o);
            const Explanation x = scorer.explain(e, o);
            INFO("pair " << e << ", " << o);
            CHECK(s.gate == x.gate);
            CHECK(s.score == x.score);
            CHECK(s.score >= 0);
            CHECK(s.score <= 100);
            if (s.admissible()) {
                ++admissible;
                CHECK(x.lines.size() == kCriterionCount);
                CHECK(std::is_sorted(x.lines.cbegin(), x.lines.cend(),
                                     [](const ScoreLine &a, const ScoreLine &b) { return a.points > b.points; }));
            }
        }
    }
    CHECK(admissible > 20);
}

TEST_CASE("PairScorer a pair's score does not depend on who else is in the run", "[matching][pairscorer]")
{
    // A mentee who names a preferred language only; whether another person in the run speaks
    // that language must not change this pair.
    Mentee e = plainMentee(1);
    e.preferredLanguage = u"Arabic"_s;
    Mentor o = plainMentor(7);
    o.languages = {u"Danish"_s};
    Mentee other = plainMentee(2);
    other.languages = {u"Arabic"_s};
    const MatchingContext context = matchingContext(onlyWeight(Criterion::Languages));
    const MatchingData alone = buildMatchingData({e}, {o}, context);
    const MatchingData withOther = buildMatchingData({e, other}, {o}, context);
    CHECK(PairScorer(alone).score(0, 0).score == PairScorer(withOther).score(0, 0).score);
    CHECK(displayed(PairScorer(alone).explain(0, 0)) == displayed(PairScorer(withOther).explain(0, 0)));
    CHECK(displayed(PairScorer(alone).explain(0, 0)) == QStringList{u"\u2212100 speaks none of the mentee's languages (Arabic)"_s});
}

TEST_CASE("ScoreLine display shows the points with their sign", "[matching][pairscorer]")
{
    CHECK(ScoreLine{Criterion::Languages, 18, u"speaks Arabic and Danish"_s}.display() == u"+18 speaks Arabic and Danish"_s);
    CHECK(ScoreLine{Criterion::Distance, -6, u"lives in another region"_s}.display() == u"\u22126 lives in another region"_s);
    CHECK(ScoreLine{Criterion::Load, 0, u"has 0 of 2 places free"_s}.display() == u"+0 has 0 of 2 places free"_s);
    CHECK(ScoreLine{Criterion::Interests, 5, u"shares interests: 100%"_s}.display() == u"+5 shares interests: 100%"_s);
}

TEST_CASE("Weights defaults add up to 100 and stored codes override them", "[matching][pairscorer]")
{
    const Weights defaults = Weights::defaults();
    CHECK(defaults.total() == 100);
    CHECK(defaults.of(Criterion::Languages) == 20);
    CHECK(defaults.of(Criterion::Load) == 5);
    const QHash<QString, int> codes = defaults.toCodes();
    CHECK(codes.size() == kCriterionCount);
    CHECK(codes.value(u"gender_preference"_s) == 10);
    CHECK(Weights::fromCodes(codes) == defaults);

    const Weights stored = Weights::fromCodes({{u"languages"_s, 0}, {u"distance"_s, 40}, {u"no_such_criterion"_s, 9}});
    CHECK(stored.of(Criterion::Languages) == 0);
    CHECK(stored.of(Criterion::Distance) == 40);
    CHECK(stored.of(Criterion::Interests) == 15);
    CHECK(stored.total() == 100 - 20 - 15 + 40);

    Weights w;
    CHECK(w.total() == 0);
    w.set(Criterion::Experience, 150);
    w.set(Criterion::Load, -3);
    CHECK(w.of(Criterion::Experience) == 100);
    CHECK(w.of(Criterion::Load) == 0);
}

// --- Suggestions -------------------------------------------------------------------------------

namespace {

// One mentee who speaks Arabic and Danish and likes football, and four mentors: a paused one
// who would fit best (the lowest id), one language in common, the interest in common, both.
MatchingData suggestionRun(const Weights &weights)
{
    Mentee e = plainMentee(1);
    e.languages = {u"Arabic"_s, u"Danish"_s};
    e.danishLevel = DanishLevel::Fluent;
    e.interests = {u"football"_s};
    Mentor oneLanguage = plainMentor(11);
    oneLanguage.languages = {u"Danish"_s};
    oneLanguage.interests = {u"chess"_s};
    Mentor interest = plainMentor(12);
    interest.languages = {u"English"_s};
    interest.interests = {u"Football"_s};
    Mentor both = plainMentor(13);
    both.languages = {u"Arabic"_s, u"Danish"_s};
    both.interests = {u"football"_s};
    Mentor paused = both;
    paused.id = 10;
    paused.status = MentorStatus::Paused;
    return buildMatchingData({e}, {paused, oneLanguage, interest, both}, matchingContext(weights));
}

QList<domain::Id> mentorIdsOf(const MatchingData &data, const QList<Suggestion> &suggestions)
{
    QList<domain::Id> ids;
    for (const Suggestion &s : suggestions)
        ids << data.mentors.at(s.mentor).id;
    return ids;
}

} // namespace

TEST_CASE("suggestMentors ranks by score and a change of weights re-ranks", "[matching][suggestions]")
{
    const MatchingData byLanguage = suggestionRun(onlyWeight(Criterion::Languages));
    const QList<Suggestion> languageFirst = suggestMentors(byLanguage, 0, 10);
    CHECK(mentorIdsOf(byLanguage, languageFirst) == QList<Id>{13, 11, 12});
    REQUIRE(languageFirst.size() == 3);
    CHECK(languageFirst.at(0).explanation.score == 100);
    CHECK(languageFirst.at(1).explanation.score == 70);
    CHECK(languageFirst.at(2).explanation.score == 0);
    CHECK(languageFirst.at(1).mentee == 0);
    CHECK(displayed(languageFirst.at(1).explanation) == QStringList{u"+70 speaks Danish"_s});

    // By interests the mentor without a shared language comes first; the tie with mentor 13
    // goes to the lower id.
    const MatchingData byInterest = suggestionRun(onlyWeight(Criterion::Interests));
    CHECK(mentorIdsOf(byInterest, suggestMentors(byInterest, 0, 10)) == QList<Id>{12, 13, 11});
}

TEST_CASE("suggestMentors honours the limit and lists gated mentors last on request", "[matching][suggestions]")
{
    const MatchingData data = suggestionRun(onlyWeight(Criterion::Languages));
    CHECK(mentorIdsOf(data, suggestMentors(data, 0, 2)) == QList<Id>{13, 11});
    CHECK(suggestMentors(data, 0, 0).isEmpty());
    const QList<Suggestion> all = suggestMentors(data, 0, 10, true);
    CHECK(mentorIdsOf(data, all) == QList<Id>{13, 11, 12, 10});
    REQUIRE(all.size() == 4);
    CHECK(all.at(3).explanation.gate == Gate::MentorNotActive);
    CHECK(all.at(3).explanation.gateText == u"excluded: the mentor is not active (paused)"_s);
}

TEST_CASE("suggestMentees ranks a mentor's candidates the same way", "[matching][suggestions]")
{
    Mentor o = plainMentor(7);
    o.languages = {u"Arabic"_s, u"Danish"_s};
    Mentee oneLanguage = plainMentee(1);
    oneLanguage.languages = {u"Danish"_s, u"Somali"_s};
    Mentee none = plainMentee(2);
    none.languages = {u"Tigrinya"_s};
    none.danishLevel = DanishLevel::Fluent;
    Mentee both = plainMentee(3);
    both.languages = {u"Danish"_s, u"Arabic"_s};
    Mentee gated = plainMentee(4);
    gated.languages = {u"Tigrinya"_s};
    gated.danishLevel = DanishLevel::None;
    const MatchingData data = buildMatchingData({oneLanguage, none, both, gated}, {o}, matchingContext(onlyWeight(Criterion::Languages)));
    QList<Id> ids;
    for (const Suggestion &s : suggestMentees(data, 0, 10, true)) {
        CHECK(s.mentor == 0);
        ids << data.mentees.at(s.mentee).id;
    }
    CHECK(ids == QList<Id>{3, 1, 2, 4});
    CHECK(suggestMentees(data, 0, 10).size() == 3);
    CHECK(suggestMentees(data, 0, 10, true).last().explanation.gate == Gate::NoSharedLanguage);
}

// --- Postcode areas ----------------------------------------------------------------------------

TEST_CASE("PostcodeAreas regions of sample postcodes", "[matching][postcode]")
{
    const QList<std::pair<QString, Region>> samples = {
        {u"1000"_s, Region::Capital},         {u"2670"_s, Region::Zealand},        {u"4000"_s, Region::Zealand},
        {u"5000"_s, Region::SouthernDenmark}, {u"6950"_s, Region::CentralDenmark}, {u"7100"_s, Region::SouthernDenmark},
        {u"7400"_s, Region::CentralDenmark},  {u"7700"_s, Region::NorthDenmark},   {u"7800"_s, Region::CentralDenmark},
        {u"7900"_s, Region::NorthDenmark},    {u"8000"_s, Region::CentralDenmark}, {u"9000"_s, Region::NorthDenmark},
        {u"0800"_s, Region::Capital},         {u"2700"_s, Region::Capital},        {u"9990"_s, Region::NorthDenmark},
    };
    for (const auto &[postcode, region] : samples) {
        INFO(postcode.toStdString());
        const std::optional<PostcodeArea> area = PostcodeAreas::of(postcode);
        REQUIRE(area.has_value());
        CHECK(area->region == region);
        CHECK(area->postcode == postcode.toInt());
        CHECK(area->district == postcode.toInt() / 100);
    }
    CHECK(PostcodeAreas::of(u" 8000 "_s).has_value());
}

TEST_CASE("PostcodeAreas refuses what is not a postcode of Denmark proper", "[matching][postcode]")
{
    for (const QString &text : {u"3900"_s, u"3999"_s, u"123"_s, u"abcd"_s, u"10000"_s, u""_s, u"0799"_s, u"9991"_s, u"80 0"_s}) {
        INFO(text.toStdString());
        CHECK_FALSE(PostcodeAreas::of(text).has_value());
    }
}

TEST_CASE("PostcodeAreas nearness: same postcode, district, neighbouring district, region, other region", "[matching][postcode]")
{
    auto nearness = [](const QString &a, const QString &b) {
        const auto x = PostcodeAreas::of(a), y = PostcodeAreas::of(b);
        REQUIRE(x.has_value());
        REQUIRE(y.has_value());
        CHECK(PostcodeAreas::nearness(*x, *y) == PostcodeAreas::nearness(*y, *x));
        return PostcodeAreas::nearness(*x, *y);
    };
    const float same = nearness(u"8000"_s, u"8000"_s);
    const float district = nearness(u"8200"_s, u"8210"_s);
    const float neighbour = nearness(u"8200"_s, u"8300"_s);
    const float region = nearness(u"8000"_s, u"8600"_s);
    const float other = nearness(u"8000"_s, u"9000"_s);
    CHECK(same == 1.0f);
    CHECK(same > district);
    CHECK(district > neighbour);
    CHECK(neighbour > region);
    CHECK(region > other);
    CHECK(other == 0.0f);
    // 7790 (Central) and 7700 (North) are neighbouring numbers in different regions.
    CHECK(nearness(u"7790"_s, u"7700"_s) == 0.0f);
}

TEST_CASE("PostcodeAreas region names", "[matching][postcode]")
{
    CHECK(PostcodeAreas::regionName(Region::Capital) == u"the Capital Region"_s);
    CHECK(PostcodeAreas::regionName(Region::Zealand) == u"Region Zealand"_s);
    CHECK(PostcodeAreas::regionName(Region::SouthernDenmark) == u"the Region of Southern Denmark"_s);
    CHECK(PostcodeAreas::regionName(Region::CentralDenmark) == u"the Central Denmark Region"_s);
    CHECK(PostcodeAreas::regionName(Region::NorthDenmark) == u"the North Denmark Region"_s);
}

TEST_CASE("PairScorer marks the lines that compared nothing as neutral", "[matching][pairscorer]")
{
    // A mentee with no preferences and nothing recorded, a mentor with languages and a postcode.
    Mentee e = plainMentee(1);
    Mentor o = plainMentor(7);
    o.languages = {u"dansk"_s};
    o.postcode = u"8000"_s;
    const MatchingData data = buildMatchingData({e}, {o}, matchingContext());
    QStringList neutral, telling;
    for (const ScoreLine &line : PairScorer(data).explain(0, 0).lines)
        (line.neutral ? neutral : telling) << domain::toCode(line.criterion);
    neutral.sort();
    telling.sort();
    CHECK(neutral == QStringList{u"age_band"_s, u"availability"_s, u"distance"_s, u"gender_preference"_s, u"interests"_s, u"languages"_s});
    CHECK(telling == QStringList{u"experience"_s, u"load"_s, u"mentor_type_fit"_s});

    // With a preference and data on both sides, the same criteria tell something.
    e.languages = {u"dansk"_s};
    e.preferredMentorGender = Gender::Female;
    e.postcode = u"8000"_s;
    o.gender = Gender::Male;
    const MatchingData both = buildMatchingData({e}, {o}, matchingContext());
    for (const ScoreLine &line : PairScorer(both).explain(0, 0).lines)
        if (line.criterion == Criterion::Languages || line.criterion == Criterion::GenderPreference || line.criterion == Criterion::Distance)
            CHECK_FALSE(line.neutral);
}
