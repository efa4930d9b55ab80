#pragma once

#include "demodata.h"
#include "demorandom.h"

#include "domain/course.h"
#include "domain/mentee.h"
#include "domain/mentor.h"
#include "storage/agreementrepository.h"
#include "storage/courserepository.h"
#include "storage/goalrepository.h"
#include "storage/grantrepository.h"
#include "storage/logbookrepository.h"
#include "storage/matchrepository.h"
#include "storage/meetingrepository.h"
#include "storage/menteerepository.h"
#include "storage/phaserepository.h"
#include "storage/statusreviewrepository.h"

#include <QHash>
#include <utility>

namespace mentordesk::demo {

// A demo scheme as the course writer needs it.
struct DemoScheme {
    domain::Id id = 0;
    domain::SchemeContext context = domain::SchemeContext::Jobcentre;
    bool retOgPligt = false;
    QString legalBasis;
    int months = 6;
};

// Writes demo courses with a believable life (DOMAIN.md §3, workflows 5–11, and the figures of
// §5): approval through MatchWorkflow, grants with a renewal or a cut in hours, meetings weekly
// at first and later less often, the chemistry check after the second or third meeting (now and
// then no chemistry and a mentor change), a status review about every three months, a printed
// agreement, and for courses that have run their course an ending through CourseWorkflow.
// A few open courses are left as a coordinator finds them: quiet for weeks, short of the granted
// hours, a review overdue, a grant about to run out, a mentor change not finished.
// Courses must be added in order of their start date: a mentor's places are counted over time.
class DemoCourses {
public:
    DemoCourses(storage::Database &db, DemoRandom &rng, const DemoOptions &options,
                const QList<domain::Mentor> &mentors, DemoSummary &summary);

    // A course that started on `start` (at least a week before today). Adds nothing, and
    // succeeds, when no mentor has a free place over the course's time: the mentee waits.
    storage::Status addCourse(domain::Mentee &mentee, const DemoScheme &scheme, const QDate &start);
    // A match approved in the last days whose course is still being written (planned; the
    // purpose or the tasks are missing), to start on `start`.
    storage::Status addPlannedCourse(domain::Mentee &mentee, const DemoScheme &scheme, const QDate &start);

private:
    struct Plan;

    const domain::Mentor *pickMentor(const QDate &from, const QDate &to, domain::Id except);
    void occupy(const domain::Mentor &mentor, const QDate &from, const QDate &to);
    // A match proposed and approved through MatchWorkflow, with the times to stamp it with.
    struct Approval {
        domain::Id match = 0;
        domain::Id course = 0;
        QDateTime proposedAt;
        QDateTime decidedAt;
    };
    storage::Result<Approval> approve(const domain::Mentee &mentee, const domain::Mentor &mentor, const QDate &on);
    // Places a match's times in the past (invalid ones are left alone).
    storage::Status restamp(domain::Id matchId, const QDateTime &proposedAt, const QDateTime &approvedAt,
                            const QDateTime &decidedAt, const QDate &endedOn = {});
    storage::Status write(domain::Mentee &mentee, const DemoScheme &scheme, Plan &plan);
    storage::Status writeMeetings(domain::Id courseId, const Plan &plan);
    storage::Status writeReviews(domain::Id courseId, const Plan &plan);
    storage::Status fillLatestAgreement(domain::Id courseId);
    storage::Status writeAgreement(const domain::Course &course, const domain::Mentee &mentee, const domain::Mentor &mentor,
                                   const Plan &plan, const QDate &printedOn, const QDate &periodEnd, double hours);
    storage::Status log(domain::Id courseId, const QDate &on, domain::LogAuthor author, const QString &text);

    storage::Database &m_db;
    // Kept for the whole run: each reuses its prepared statements (the search-index triggers
    // make preparing an insert costly).
    storage::CourseRepository m_courses;
    storage::MatchRepository m_matches;
    storage::MenteeRepository m_mentees;
    storage::GrantRepository m_grants;
    storage::GoalRepository m_goals;
    storage::PhaseRepository m_phases;
    storage::MeetingRepository m_meetings;
    storage::LogbookRepository m_logbook;
    storage::StatusReviewRepository m_reviews;
    storage::AgreementRepository m_agreements;
    DemoRandom &m_rng;
    QDate m_today;
    const QList<domain::Mentor> &m_mentors;
    DemoSummary &m_summary;
    // Each mentor's courses over time (approval to end), and the places taken today.
    QHash<domain::Id, QList<std::pair<QDate, QDate>>> m_busy;
    QHash<domain::Id, int> m_open;
    int m_unfinishedChangesLeft = 1;  // open mentor changes still waiting for a new mentor
};

} // namespace mentordesk::demo
