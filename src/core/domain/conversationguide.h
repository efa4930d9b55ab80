#pragma once

#include "enums.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace mentordesk::domain {

// The five steps every mentor conversation follows [002]; a meeting's note is written along them.
enum class GuideStep { EstablishContact, UnfoldStory, SetGoal, DevelopConversation, RoundOff };
inline constexpr std::size_t kGuideStepCount = 5;

// The volunteer mentor guide's texts [002]: the conversation steps, the questions that open up
// each phase of a course, and the status review's questions. Every text is in the user's
// language (the installed translator decides).
class ConversationGuide {
    Q_DECLARE_TR_FUNCTIONS(ConversationGuide)
public:
    static constexpr std::array<GuideStep, kGuideStepCount> steps()
    {
        return {GuideStep::EstablishContact, GuideStep::UnfoldStory, GuideStep::SetGoal,
                GuideStep::DevelopConversation, GuideStep::RoundOff};
    }
    // "Establish contact"
    static QString heading(GuideStep step);
    // What the step is about, in one line.
    static QString hint(GuideStep step);
    // The heading of the meeting's closing agreement ("Before we meet again we will…").
    static QString beforeNextHeading();
    // Questions that open up the phase, in the order to ask them.
    static QStringList phaseQuestions(Phase phase);
    // The status review's questions [002].
    static QStringList statusQuestions();
    // Questions as one bulleted text, for a label beside a text field.
    static QString asBullets(const QStringList &questions);
};

} // namespace mentordesk::domain
