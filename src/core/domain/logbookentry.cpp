#include "logbookentry.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors LogbookEntry::validate(const QDate &today) const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("A logbook entry belongs to a course.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("A logbook entry needs a date.")});
    else if (date > today)
        errors.append({u"date"_s, tr("A logbook entry cannot be dated in the future.")});
    if (text.trimmed().isEmpty())
        errors.append({u"text"_s, tr("Write what happened (keywords are enough).")});
    return errors;
}

} // namespace mentordesk::domain
