#include "agreement.h"

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

Errors Agreement::validate() const
{
    Errors errors;
    if (courseId <= 0)
        errors.append({u"course"_s, tr("An agreement belongs to a course.")});
    if (version < 1)
        errors.append({u"version"_s, tr("The agreement version must be 1 or higher.")});
    if (templateName.trimmed().isEmpty())
        errors.append({u"template"_s, tr("The agreement's template is missing.")});
    if (snapshotHtml.trimmed().isEmpty())
        errors.append({u"snapshot"_s, tr("The printed text of the agreement is missing.")});
    if (!printedAt.isValid())
        errors.append({u"printed_at"_s, tr("The time of printing is missing.")});
    for (const QDate &signedOn : {signedByMentee, signedByMentor, signedByCoordinator})
        if (signedOn.isValid() && printedAt.isValid() && signedOn < printedAt.date()) {
            errors.append({u"signed"_s, tr("An agreement cannot be signed before it has been printed.")});
            break;
        }
    return errors;
}

} // namespace mentordesk::domain
