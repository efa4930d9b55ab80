#pragma once

// Helpers for the agreement tests: an organisation with a coordinator (printing needs whom to
// contact), a course that can be printed, and the text and page count of a PDF read back with
// poppler-utils.

#include "coursefixture.h"

#include "domain/organisation.h"
#include "storage/organisationrepository.h"

#include <QProcess>

namespace mentordesk::testing {

inline domain::Organisation testOrganisation()
{
    domain::Organisation o;
    o.name = u"Jobcenter Ærøskøbing"_s;
    o.address = u"Vestergade 1, 5970 Ærøskøbing"_s;
    o.contact = u"62 52 10 00"_s;
    o.coordinatorName = u"Hanne Østergaard"_s;
    o.coordinatorContact = u"hanne@example.dk"_s;
    return o;
}

inline void saveOrganisation(storage::Database &db, const domain::Organisation &organisation = testOrganisation())
{
    const storage::Status saved = storage::OrganisationRepository(db).save(organisation);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
}

// An active course without an agreement yet, and an organisation with a coordinator: one that
// can be printed.
inline CourseChain printableCourse(TestDatabase &db, CourseSetup setup = {})
{
    setup.agreement = false;
    const CourseChain chain = activeCourse(*db, setup);
    saveOrganisation(*db);
    return chain;
}

// The output of a poppler tool (pdftotext, pdfinfo) on `pdf`.
inline QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfText(const QString &pdf)
{
    return popplerOutput(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
}

inline QString pdfInfo(const QString &pdf, const QString &field)
{
    for (const QString &line : popplerOutput(u"pdfinfo"_s, {pdf}).split(u'\n'))
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

} // namespace mentordesk::testing
