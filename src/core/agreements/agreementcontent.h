#pragma once

#include "agreementfields.h"
#include "agreementlocale.h"

#include "domain/course.h"
#include "domain/goal.h"
#include "domain/grant.h"
#include "domain/mentee.h"
#include "domain/mentor.h"
#include "domain/organisation.h"
#include "domain/scheme.h"

#include <optional>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::agreements {

// Everything an agreement says about one course, read through the repositories.
struct CourseRecords {
    domain::Course course;
    domain::Mentee mentee;
    std::optional<domain::Mentor> mentor;  // none during a mentor change
    domain::Scheme scheme;
    QList<domain::Grant> grants;
    QList<domain::Goal> goals;
};

std::optional<CourseRecords> loadCourseRecords(storage::Database &db, domain::Id courseId);

// The grant in force on `day`; else the last one before it; else the first one after it.
std::optional<domain::Grant> grantInForce(const QList<domain::Grant> &grants, const QDate &day);

// The values of the course data placeholders (course, grant, mentor, mentee, goals): what a
// later change makes an agreement out of date by.
AgreementFields courseDataFields(const CourseRecords &records, const AgreementLocale &locale, const QDate &today);

// Every placeholder value for a course, in the agreement's language: the course data, the
// organisation's (empty texts are the shipped defaults), the signatures, version and date.
AgreementFields agreementFields(const CourseRecords &records, const domain::Organisation &organisation,
                                const AgreementLocale &locale, const QDate &today, int version);

// "12 34 56 78, navn@example.dk": the parts given, joined.
QString joinedContact(const QString &phone, const QString &email);

// A made-up course (no real person's data) in the agreement's language, for the template
// editor's live preview.
CourseRecords sampleRecords(const AgreementLocale &locale, const QDate &today);

// What the law's parts of the agreement still lack (DOMAIN.md §4: purpose, the mentor's name and
// contact, tasks, period, hours, whom to contact), on the course or in the organisation's
// settings, one translated phrase each; empty when it may be printed.
QStringList missingForPrint(const CourseRecords &records, const domain::Organisation &organisation, const QDate &today);

} // namespace mentordesk::agreements
