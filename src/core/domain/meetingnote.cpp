#include "meetingnote.h"

#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

namespace {

// Every wording of a step's heading a stored note may use: the English source, the Danish of
// the guide [002] (fixed here, since an English session has no Danish translator loaded) and
// whatever the installed translation says.
QStringList headingsOf(GuideStep step)
{
    QStringList names;
    switch (step) {
    case GuideStep::EstablishContact:
        names = {u"Establish contact"_s, u"Skab kontakt"_s, u"Etabler kontakt"_s, u"Etablér kontakt"_s};
        break;
    case GuideStep::UnfoldStory:
        names = {u"Unfold the story"_s, u"Fold historien ud"_s};
        break;
    case GuideStep::SetGoal:
        names = {u"Set a goal for the conversation"_s, u"Sæt et mål for samtalen"_s, u"Sæt mål for samtalen"_s};
        break;
    case GuideStep::DevelopConversation:
        names = {u"Develop the conversation from the goal"_s, u"Udvikl samtalen ud fra målet"_s};
        break;
    case GuideStep::RoundOff:
        names = {u"Round off"_s, u"Afrund samtalen"_s, u"Afrunding"_s};
        break;
    }
    names << ConversationGuide::heading(step);
    return names;
}

struct HeadingLine {
    GuideStep step;
    QString rest;  // text after "Heading:" on the same line
};

// The step a line opens, if it starts with a known heading and a colon ("Round off:", also
// "## Round off: we agreed…").
std::optional<HeadingLine> headingLine(const QString &line)
{
    QStringView text = QStringView(line).trimmed();
    while (text.startsWith(u'#'))
        text = text.mid(1).trimmed();
    for (GuideStep step : ConversationGuide::steps()) {
        for (const QString &name : headingsOf(step)) {
            if (text.size() > name.size() && text.startsWith(name, Qt::CaseInsensitive) && text.at(name.size()) == u':')
                return HeadingLine{step, text.mid(name.size() + 1).trimmed().toString()};
        }
    }
    return std::nullopt;
}

} // namespace

bool MeetingNote::isEmpty() const
{
    if (!freeText.trimmed().isEmpty())
        return false;
    for (const QString &s : steps)
        if (!s.trimmed().isEmpty())
            return false;
    return true;
}

QString MeetingNote::compose(const MeetingNote &note)
{
    QStringList parts;
    if (const QString free = note.freeText.trimmed(); !free.isEmpty())
        parts << free;
    for (GuideStep step : ConversationGuide::steps())
        if (const QString text = note.step(step).trimmed(); !text.isEmpty())
            parts << ConversationGuide::heading(step) + u":\n"_s + text;
    return parts.join(u"\n\n"_s);
}

MeetingNote MeetingNote::parse(const QString &text)
{
    // Lines are gathered per part and trimmed as a whole: the blank lines between parts go,
    // the ones inside a part stay.
    QStringList free;
    std::array<QStringList, kGuideStepCount> stepLines;
    QStringList *current = &free;
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))  // notes imported from Windows files
            line.chop(1);
        if (const auto heading = headingLine(line)) {
            current = &stepLines.at(static_cast<std::size_t>(heading->step));
            // A step named twice keeps both texts, one blank line apart.
            while (!current->isEmpty() && current->constLast().trimmed().isEmpty())
                current->removeLast();
            if (!current->isEmpty())
                current->append(QString());
            if (!heading->rest.isEmpty())
                current->append(heading->rest);
            continue;
        }
        current->append(line);
    }
    MeetingNote note;
    note.freeText = free.join(u'\n').trimmed();
    for (std::size_t i = 0; i < kGuideStepCount; ++i)
        note.steps.at(i) = stepLines.at(i).join(u'\n').trimmed();
    return note;
}

} // namespace mentordesk::domain
