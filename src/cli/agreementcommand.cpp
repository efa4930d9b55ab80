#include "agreementcommand.h"

#include "cli.h"

#include "agreements/agreementservice.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace mentordesk::agreements;

namespace mentordesk::cli {

int AgreementCommand::run(storage::Database &db, const AgreementOptions &options)
{
    return options.dir.isEmpty() ? one(db, options) : due(db, options);
}

int AgreementCommand::one(storage::Database &db, const AgreementOptions &options)
{
    AgreementService service(db);
    const auto issued =
        service.issuePdf(options.courseId, options.language.value_or(service.usualLanguage(options.courseId)), options.pdf);
    if (!issued) {
        m_err << issued.error() << Qt::endl;
        return kFailed;
    }
    // Result lines are for scripts, like import's: always English.
    m_out << u"printed agreement version %1 of course %2 to %3"_s.arg(issued->version).arg(options.courseId)
                 .arg(QDir::toNativeSeparators(options.pdf))
          << Qt::endl;
    return kOk;
}

int AgreementCommand::due(storage::Database &db, const AgreementOptions &options)
{
    const auto report = AgreementService(db).printDue(options.dir, options.language);
    if (!report) {
        m_err << report.error() << Qt::endl;
        return kFailed;
    }
    for (const QString &problem : report->problems)
        m_err << problem << Qt::endl;
    m_out << u"printed %1 of %2 agreements due into %3"_s.arg(report->printed).arg(report->due).arg(QDir::toNativeSeparators(options.dir))
          << Qt::endl;
    return report->problems.isEmpty() ? kOk : kFailed;
}

} // namespace mentordesk::cli
