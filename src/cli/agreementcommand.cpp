#include "agreementcommand.h"

#include "cli.h"

#include "agreements/agreementservice.h"

#include <QDir>

using namespace Qt::StringLiterals;
using namespace mentordesk::agreements;
using namespace mentordesk::domain;

namespace mentordesk::cli {

namespace {

AgreementLanguage languageFor(storage::Database &db, Id courseId, const AgreementOptions &options)
{
    return options.language.value_or(AgreementService(db).usualLanguage(courseId));
}

} // namespace

int AgreementCommand::run(storage::Database &db, const AgreementOptions &options)
{
    return options.dir.isEmpty() ? one(db, options) : due(db, options);
}

int AgreementCommand::one(storage::Database &db, const AgreementOptions &options)
{
    const auto issued = AgreementService(db).issuePdf(options.courseId, languageFor(db, options.courseId, options), options.pdf);
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
    const QDir dir(options.dir);
    if (!QDir().mkpath(options.dir)) {
        m_err << tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.dir)) << Qt::endl;
        return kFailed;
    }
    AgreementService service(db);
    const auto due = service.coursesDue();
    if (!due) {
        m_err << due.error() << Qt::endl;
        return kFailed;
    }
    const QList<Id> &courses = *due;
    int printed = 0;
    for (const Id courseId : courses) {
        const auto prepared = service.prepare(courseId, languageFor(db, courseId, options));
        const auto issued = prepared ? service.savePdf(*prepared, dir.filePath(AgreementService::pdfFileName(
                                                                    courseId, prepared->version, prepared->language)))
                                     : storage::Result<domain::Agreement>(prepared.status());
        if (issued)
            ++printed;
        else
            m_err << issued.error() << Qt::endl;  // the others are still printed
    }
    m_out << u"printed %1 of %2 agreements due into %3"_s.arg(printed).arg(courses.size()).arg(QDir::toNativeSeparators(options.dir))
          << Qt::endl;
    return printed == courses.size() ? kOk : kFailed;
}

} // namespace mentordesk::cli
