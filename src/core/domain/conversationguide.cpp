#include "conversationguide.h"

namespace mentordesk::domain {

namespace {

const char *const kContext = "ConversationGuide";

struct StepText {
    const char *heading;
    const char *hint;
};

// The Danish wording in the translator comments is what meeting notes written in Danish use
// (meetingnote.cpp recognises it), so a translation should keep it.
const std::array<StepText, kGuideStepCount> kSteps{{
    //: Danish: Skab kontakt
    {QT_TRANSLATE_NOOP("ConversationGuide", "Establish contact"),
     QT_TRANSLATE_NOOP("ConversationGuide", "Say hello, ask how the week has been and make the mentee feel welcome.")},
    //: Danish: Fold historien ud
    {QT_TRANSLATE_NOOP("ConversationGuide", "Unfold the story"),
     QT_TRANSLATE_NOOP("ConversationGuide", "Let the mentee tell what has happened since last time; listen and ask open questions.")},
    //: Danish: Sæt et mål for samtalen
    {QT_TRANSLATE_NOOP("ConversationGuide", "Set a goal for the conversation"),
     QT_TRANSLATE_NOOP("ConversationGuide", "Agree what this conversation should lead to.")},
    //: Danish: Udvikl samtalen ud fra målet
    {QT_TRANSLATE_NOOP("ConversationGuide", "Develop the conversation from the goal"),
     QT_TRANSLATE_NOOP("ConversationGuide", "Work on the goal: possibilities, obstacles and the next small step.")},
    //: Danish: Afrund samtalen
    {QT_TRANSLATE_NOOP("ConversationGuide", "Round off"),
     QT_TRANSLATE_NOOP("ConversationGuide", "Sum up what was agreed and who does what before the next meeting.")},
}};

//: Danish: Inden vi ses igen, vil vi…
const char *const kBeforeNext = QT_TRANSLATE_NOOP("ConversationGuide", "Before we meet again we will…");

const char *const kClarification[] = {
    QT_TRANSLATE_NOOP("ConversationGuide", "What does the mentee want help with, in their own words?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What works well in the mentee's life today?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What has already been tried, and what came of it?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Who else is involved (caseworker, school, family), and what do they expect?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "How often will we meet, how do we keep in touch, and how do we cancel?"),
};
const char *const kGoalsAndDirection[] = {
    QT_TRANSLATE_NOOP("ConversationGuide", "Where does the mentee want to be when the course ends?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Which goal matters most right now?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What small first step can be taken before the next meeting?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What might get in the way, and who can help?"),
};
const char *const kLongHaul[] = {
    QT_TRANSLATE_NOOP("ConversationGuide", "What has moved since the goals were set?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Do the goals still fit, or should they be adjusted?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What gives the mentee energy, and what drains it?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Is anything too heavy for a mentor, so it should be passed on to a professional?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "How is the contact between us working?"),
};
const char *const kRoundingOff[] = {
    QT_TRANSLATE_NOOP("ConversationGuide", "What has changed since the course began?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Which strengths has the mentee found or used?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What is still hard?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "How will the mentee keep going alone, and who can they turn to?"),
};
const char *const kEnding[] = {
    QT_TRANSLATE_NOOP("ConversationGuide", "How do we want to say goodbye?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What does the mentee take with them from the course?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Should the mentee report back later, and when?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Is there anything to hand over to the caseworker or another kind of support?"),
};
const char *const kStatus[] = {
    QT_TRANSLATE_NOOP("ConversationGuide", "What progress has been made on each goal?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "How does the contact between mentor and mentee work?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Are the agreed hours being used? If not, why not?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What has gone well since the last review?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "What should change in the coming period?"),
    QT_TRANSLATE_NOOP("ConversationGuide", "Is mentor support still the right help, or is other support needed?"),
};

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

template <std::size_t N>
QStringList translatedAll(const char *const (&texts)[N])
{
    QStringList list;
    for (const char *text : texts)
        list << translated(text);
    return list;
}

} // namespace

QString ConversationGuide::heading(GuideStep step)
{
    return translated(kSteps.at(static_cast<std::size_t>(step)).heading);
}

QString ConversationGuide::hint(GuideStep step)
{
    return translated(kSteps.at(static_cast<std::size_t>(step)).hint);
}

QString ConversationGuide::beforeNextHeading()
{
    return translated(kBeforeNext);
}

QStringList ConversationGuide::phaseQuestions(Phase phase)
{
    switch (phase) {
    case Phase::Clarification:
        return translatedAll(kClarification);
    case Phase::GoalsAndDirection:
        return translatedAll(kGoalsAndDirection);
    case Phase::LongHaul:
        return translatedAll(kLongHaul);
    case Phase::RoundingOff:
        return translatedAll(kRoundingOff);
    case Phase::Ending:
        return translatedAll(kEnding);
    }
    return {};
}

QStringList ConversationGuide::statusQuestions()
{
    return translatedAll(kStatus);
}

QString ConversationGuide::asBullets(const QStringList &questions)
{
    QStringList lines;
    for (const QString &q : questions)
        lines << QStringLiteral("• ") + q;
    return lines.join(u'\n');
}

} // namespace mentordesk::domain
