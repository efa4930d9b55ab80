#include "phaseentry.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors PhaseEntry::validate(std::optional<Phase> previous) const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("A phase belongs to a course.")});
    if (!enteredOn.isValid())
        errors.append({u"entered_on"_s, tr("Enter the date the phase began.")});
    if (previous && static_cast<int>(phase) < static_cast<int>(*previous) && note.trimmed().isEmpty())
        errors.append({u"note"_s, tr("Going back to an earlier phase needs a note explaining why.")});
    return errors;
}

} // namespace mentordesk::domain
