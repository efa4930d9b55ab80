#include "qtcatch.h"

#include "domain/conversationguide.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

TEST_CASE("ConversationGuide has five steps with a heading and a hint each", "[domain][guide]")
{
    const auto steps = ConversationGuide::steps();
    REQUIRE(steps.size() == 5);
    CHECK(ConversationGuide::heading(steps.front()) == u"Establish contact"_s);
    CHECK(ConversationGuide::heading(steps.back()) == u"Round off"_s);
    QSet<QString> headings;
    for (GuideStep step : steps) {
        CHECK_FALSE(ConversationGuide::heading(step).isEmpty());
        CHECK_FALSE(ConversationGuide::hint(step).isEmpty());
        headings.insert(ConversationGuide::heading(step));
    }
    CHECK(headings.size() == 5);
    CHECK(ConversationGuide::beforeNextHeading() == u"Before we meet again we will…"_s);
}

TEST_CASE("ConversationGuide has three to five questions for every phase", "[domain][guide]")
{
    QSet<QString> all;
    for (const auto &entry : enumEntries<Phase>()) {
        const QStringList questions = ConversationGuide::phaseQuestions(entry.value);
        INFO(entry.code);
        CHECK(questions.size() >= 3);
        CHECK(questions.size() <= 5);
        for (const QString &q : questions) {
            CHECK(q.endsWith(u'?'));
            all.insert(q);
        }
    }
    CHECK(ConversationGuide::phaseQuestions(Phase::Clarification).first()
          == u"What does the mentee want help with, in their own words?"_s);
    CHECK(ConversationGuide::phaseQuestions(Phase::RoundingOff).contains(u"What is still hard?"_s));
    CHECK(all.size() >= 15);  // no phase borrows another's questions
}

TEST_CASE("ConversationGuide has five to seven status questions", "[domain][guide]")
{
    const QStringList questions = ConversationGuide::statusQuestions();
    CHECK(questions.size() >= 5);
    CHECK(questions.size() <= 7);
    CHECK(questions.contains(u"Are the agreed hours being used? If not, why not?"_s));
    CHECK(ConversationGuide::asBullets({u"A?"_s, u"B?"_s}) == u"• A?\n• B?"_s);
}
