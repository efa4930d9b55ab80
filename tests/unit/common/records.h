#pragma once

// Valid records to build tests on, and helpers that store a whole chain (scheme → mentee →
// mentor → match → course) through the repositories.

#include "dbfixture.h"

#include "domain/course.h"
#include "domain/grant.h"
#include "domain/match.h"
#include "domain/mentee.h"
#include "domain/mentor.h"
#include "domain/scheme.h"
#include "storage/courserepository.h"
#include "storage/grantrepository.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

namespace mentordesk::testing {

inline domain::Scheme validScheme(domain::SchemeContext context = domain::SchemeContext::VolunteerOrg)
{
    domain::Scheme s;
    s.name = u"Frivillig integrationsmentor"_s;
    s.context = context;
    return s;
}

inline domain::Mentor validMentor(const QString &first = u"Søren"_s, const QString &last = u"Ærø"_s)
{
    domain::Mentor m;
    m.firstName = first;
    m.lastName = last;
    m.email = u"soeren.aeroe@example.dk"_s;
    m.capacity = 2;
    return m;
}

inline domain::Mentee validMentee(domain::Id schemeId, const QString &first = u"Fatima"_s, const QString &last = u"Hussein"_s)
{
    domain::Mentee m;
    m.firstName = first;
    m.lastName = last;
    m.schemeId = schemeId;
    return m;
}

// The ids of one stored chain.
struct Chain {
    domain::Id schemeId = 0;
    domain::Id mentorId = 0;
    domain::Id menteeId = 0;
    domain::Id matchId = 0;
    domain::Id courseId = 0;
};

inline domain::Id addScheme(storage::Database &db, domain::SchemeContext context = domain::SchemeContext::VolunteerOrg)
{
    domain::Scheme s = validScheme(context);
    const auto id = storage::SchemeRepository(db).add(s);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Id addMentor(storage::Database &db, domain::Mentor m = validMentor())
{
    const auto id = storage::MentorRepository(db).add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Id addMentee(storage::Database &db, domain::Id schemeId, domain::Mentee m = {})
{
    if (m.firstName.isEmpty())
        m = validMentee(schemeId);
    m.schemeId = schemeId;
    const auto id = storage::MenteeRepository(db).add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Id addMatch(storage::Database &db, domain::Id menteeId, domain::Id mentorId)
{
    domain::Match m;
    m.menteeId = menteeId;
    m.mentorId = mentorId;
    const auto id = storage::MatchRepository(db).add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Course plannedCourse(domain::Id menteeId, domain::Id schemeId)
{
    domain::Course c;
    c.menteeId = menteeId;
    c.schemeId = schemeId;
    c.startDate = QDate(2024, 5, 1);
    c.plannedEndDate = QDate(2024, 11, 1);
    return c;
}

inline domain::Id addCourse(storage::Database &db, domain::Id menteeId, domain::Id schemeId)
{
    domain::Course c = plannedCourse(menteeId, schemeId);
    const auto id = storage::CourseRepository(db).add(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

// Scheme, mentor, mentee and a planned course (no match yet).
inline Chain addCourseChain(storage::Database &db, domain::SchemeContext context = domain::SchemeContext::VolunteerOrg)
{
    Chain c;
    c.schemeId = addScheme(db, context);
    c.mentorId = addMentor(db);
    c.menteeId = addMentee(db, c.schemeId);
    c.courseId = addCourse(db, c.menteeId, c.schemeId);
    return c;
}

} // namespace mentordesk::testing
