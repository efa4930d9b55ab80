#include "qtcatch.h"

#include "domain/enums.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

// Every enum of enums.h: each value survives toCode → fromCode, codes are unique, lower-case
// and stable, fromCode ignores case and refuses what it does not know.
TEMPLATE_TEST_CASE("enum codes round trip for every value", "[domain][enums]", MentorType, MentorStatus,
                   MenteeStatus, Gender, SchemeContext, TargetGroup, DanishLevel, MatchSource, MatchState, Chemistry,
                   MatchEndReason, CourseStatus, CourseFunction, Phase, GoalKind, GoalStatus, MeetingForm, MeetingKind,
                   MeetingStatus, LogAuthor, ReviewDecision, EndingReason, Outcome, AgreementLanguage, AuditAction)
{
    const auto &entries = EnumTraits<TestType>::entries;
    REQUIRE(entries.size() > 0);
    QSet<QString> seen;
    for (const auto &entry : entries) {
        const QString code = toCode(entry.value);
        INFO("code " << code.toStdString());
        CHECK(code == QLatin1StringView(entry.code));
        CHECK_FALSE(code.isEmpty());
        CHECK(code == code.toLower());
        CHECK_FALSE(seen.contains(code));
        seen.insert(code);

        const std::optional<TestType> back = fromCode<TestType>(code);
        REQUIRE(back.has_value());
        CHECK(*back == entry.value);
        // Case does not matter when reading (CSV files are written by hand).
        const std::optional<TestType> upper = fromCode<TestType>(code.toUpper());
        REQUIRE(upper.has_value());
        CHECK(*upper == entry.value);

        CHECK_FALSE(label(entry.value).isEmpty());
    }
    CHECK(allCodes<TestType>().size() == static_cast<qsizetype>(entries.size()));
    CHECK_FALSE(fromCode<TestType>(u"no_such_code").has_value());
    CHECK_FALSE(fromCode<TestType>(u"").has_value());
    const QString longer = QString(QLatin1StringView(entries.front().code)) + u"x"_s;
    CHECK_FALSE(fromCode<TestType>(longer).has_value());
}

TEST_CASE("stored enum codes are the released ones", "[domain][enums]")
{
    // These strings are in databases and CSV files: a change here breaks existing data.
    CHECK(toCode(MenteeStatus::InCourse) == u"in_course"_s);
    CHECK(toCode(MentorType::Professional) == u"professional"_s);
    CHECK(toCode(SchemeContext::VocationalSchool) == u"vocational_school"_s);
    CHECK(toCode(TargetGroup::ActivityReadyCashBenefit) == u"activity_ready_cash_benefit"_s);
    CHECK(toCode(Phase::GoalsAndDirection) == u"goals_direction"_s);
    CHECK(toCode(MeetingStatus::NoShow) == u"no_show"_s);
    CHECK(toCode(CourseFunction::Shared) == u"shared"_s);
    CHECK(toCode(AgreementLanguage::Danish) == u"da"_s);
    CHECK(toCode(AgreementLanguage::English) == u"en"_s);
    CHECK(fromCode<MatchState>(u"Approved") == MatchState::Approved);
    CHECK(fromCode<Chemistry>(u"NOT_OK") == Chemistry::NotOk);
}

TEST_CASE("labels are the English texts", "[domain][enums]")
{
    CHECK(label(Phase::LongHaul) == u"The long haul"_s);
    CHECK(label(CourseFunction::Shared) == u"Shared mentor (pladsmentor)"_s);
}
