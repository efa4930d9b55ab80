#pragma once

// Helpers for the tests of courses: a course made active the way the coordinator does it
// (proposal, approval, the documentation, a grant, activation), held meetings, and a clock set
// to a chosen day, so no test depends on the real date.

#include "dbfixture.h"
#include "matchfixture.h"
#include "records.h"

#include "domain/agreement.h"
#include "domain/meeting.h"
#include "storage/agreementrepository.h"
#include "storage/meetingrepository.h"

namespace mentordesk::testing {

// Noon UTC of `day`: the same calendar day in every European time zone.
inline QDateTime noonOf(const QDate &day)
{
    return QDateTime(day, QTime(12, 0), Qt::UTC);
}

// "Today" for validation ("not in the future") and record stamps from now on.
inline void setToday(storage::Database &db, const QDate &day)
{
    db.setClock([day] { return noonOf(day); });
}

struct CourseSetup {
    QDate start = QDate(2024, 5, 1);
    QDate plannedEnd = QDate(2024, 11, 1);
    double hoursPerWeek = 2;  // one grant from the start; 0: no grant (the course cannot be activated)
    QDate grantTo;            // invalid: the planned end
    bool activate = true;
    bool agreement = true;    // a printed agreement, so NoAgreement stays quiet
    bool retOgPligt = false;
    QString menteeFirst = QStringLiteral("Fatima");
    QString menteeLast = QStringLiteral("Hussein");
    QString mentorFirst = QStringLiteral("Søren");
    int mentorCapacity = 2;
    domain::Id schemeId = 0;  // 0: a new volunteer scheme
    domain::Id mentorId = 0;  // 0: a new mentor
    QDate today = fixedToday();  // the clock after the setup
};

// The ids of a course made by activeCourse().
struct CourseChain {
    domain::Id schemeId = 0;
    domain::Id mentorId = 0;
    domain::Id menteeId = 0;
    domain::Id matchId = 0;
    domain::Id courseId = 0;
};

inline domain::Course courseOf(storage::Database &db, domain::Id courseId)
{
    const auto course = storage::CourseRepository(db).find(courseId);
    REQUIRE(course.has_value());
    return *course;
}

inline domain::Id addGrantOk(storage::Database &db, domain::Id courseId, const QDate &from, const QDate &to, double hours)
{
    domain::Grant g;
    g.courseId = courseId;
    g.from = from;
    g.to = to;
    g.hoursPerWeek = hours;
    const auto id = storage::GrantRepository(db).add(g);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Id addAgreementOk(storage::Database &db, domain::Id courseId)
{
    domain::Agreement a;
    a.courseId = courseId;
    a.templateName = QStringLiteral("default");
    a.snapshotHtml = QStringLiteral("<h1>Mentoraftale</h1>");
    const auto id = storage::AgreementRepository(db).add(a);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

// A meeting of `status` on `day`; held ones need the minutes and must not lie after today.
inline domain::Id addMeetingOk(storage::Database &db, domain::Id courseId, const QDate &day, int minutes,
                               domain::MeetingStatus status = domain::MeetingStatus::Held,
                               domain::MeetingForm form = domain::MeetingForm::InPerson)
{
    domain::Meeting m;
    m.courseId = courseId;
    m.date = day;
    m.minutes = minutes;
    m.status = status;
    m.form = form;
    const auto id = storage::MeetingRepository(db).add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

inline domain::Id addHeldOk(storage::Database &db, domain::Id courseId, const QDate &day, int minutes = 60,
                            domain::MeetingForm form = domain::MeetingForm::InPerson)
{
    return addMeetingOk(db, courseId, day, minutes, domain::MeetingStatus::Held, form);
}

// A course the way the coordinator makes one: proposal and approval on `start` (which opens the
// course), purpose, tasks and qualifications, a grant over the period, a printed agreement and
// activation. The clock is left at `today`.
inline CourseChain activeCourse(storage::Database &db, const CourseSetup &setup = {})
{
    CourseChain c;
    setToday(db, setup.start);
    c.schemeId = setup.schemeId > 0 ? setup.schemeId : addScheme(db);
    c.mentorId = setup.mentorId > 0 ? setup.mentorId : addNamedMentor(db, setup.mentorFirst, setup.mentorCapacity);
    domain::Mentee mentee = validMentee(c.schemeId, setup.menteeFirst, setup.menteeLast);
    mentee.retOgPligt = setup.retOgPligt;
    c.menteeId = addMentee(db, c.schemeId, mentee);
    c.matchId = proposeOk(db, c.menteeId, c.mentorId);
    c.courseId = approveOk(db, c.matchId);

    storage::CourseRepository courses(db);
    domain::Course course = courseOf(db, c.courseId);
    REQUIRE(course.startDate == setup.start);
    course.plannedEndDate = setup.plannedEnd;
    course.purpose = QStringLiteral("Fastholdelse i praktik");
    course.mentorTasks = QStringLiteral("Ugentlige samtaler; følge med til første dag");
    course.mentorQualifications = QStringLiteral("Uddannet socialrådgiver");
    const storage::Status filled = courses.update(course);
    INFO(filled.error().toStdString());
    REQUIRE(filled.ok());
    if (setup.hoursPerWeek > 0)
        addGrantOk(db, c.courseId, setup.start, setup.grantTo.isValid() ? setup.grantTo : setup.plannedEnd,
                   setup.hoursPerWeek);
    if (setup.agreement)
        addAgreementOk(db, c.courseId);
    if (setup.activate) {
        course.status = domain::CourseStatus::Active;
        const storage::Status activated = courses.update(course);
        INFO(activated.error().toStdString());
        REQUIRE(activated.ok());
    }
    setToday(db, setup.today);
    return c;
}

} // namespace mentordesk::testing
