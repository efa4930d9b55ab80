#pragma once

#include "conversationguide.h"

#include <QString>

#include <array>

namespace mentordesk::domain {

// A meeting's note split along the guide's five steps. The database keeps one text
// (Meeting::note) so search, print and export read it as it is; this is how a form turns that
// text into one field per step and back.
//
// The text form is "Heading:" on its own line with the step's text below, steps separated by a
// blank line, written in the user's language. Reading accepts the English and the Danish
// headings (and the installed translation), so a note written in one language opens in the
// other. Text under no heading is the free part and comes first.
struct MeetingNote {
    QString freeText;
    std::array<QString, kGuideStepCount> steps;

    QString &step(GuideStep s) { return steps.at(static_cast<std::size_t>(s)); }
    const QString &step(GuideStep s) const { return steps.at(static_cast<std::size_t>(s)); }
    bool isEmpty() const;
    friend bool operator==(const MeetingNote &, const MeetingNote &) = default;

    // The stored text; empty parts are left out, each part trimmed.
    static QString compose(const MeetingNote &note);
    static MeetingNote parse(const QString &text);
};

} // namespace mentordesk::domain
