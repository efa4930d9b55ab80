#pragma once

#include "agreementfields.h"

#include <QStringList>

namespace mentordesk::agreements {

// Templates are HTML with {{name}} placeholders (spaces inside the braces allowed).

// The placeholder names a template uses, in order of first use.
QStringList placeholdersIn(const QString &html);

// What keeps a template from being used, one translated sentence each, naming the part: a
// required part it lacks, or a placeholder MentorDesk does not know. Empty when it may be saved.
QStringList templateProblems(const QString &html);

// The template with every known placeholder replaced: text values HTML-escaped (line breaks
// kept), HTML values as they are, empty values as "–" unless the placeholder stays quiet.
// Unknown placeholders are left visible, so a mistake shows on the page.
QString fillTemplate(const QString &html, const AgreementFields &fields);

// Text as HTML: <, >, &, " and ' escaped, line breaks as <br>.
QString htmlText(const QString &text);

} // namespace mentordesk::agreements
