#pragma once

// Helpers for the agreement tests: an organisation with a coordinator (printing needs whom to
// contact), a course that can be printed, and the prints in the audit trail.

#include "coursefixture.h"
#include "pdftext.h"

#include "domain/organisation.h"
#include "storage/auditrepository.h"
#include "storage/organisationrepository.h"


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

// How often the audit trail says this record was printed.
inline int printsOf(storage::Database &db, const QString &entity, domain::Id id)
{
    int prints = 0;
    for (const domain::AuditEvent &e : storage::AuditRepository(db).forRecord(entity, id))
        prints += e.action == domain::AuditAction::Print ? 1 : 0;
    return prints;
}

} // namespace mentordesk::testing
