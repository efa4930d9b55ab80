#include "courseworkflow.h"

#include "courserepository.h"
#include "endingrepository.h"
#include "matchrepository.h"
#include "matchworkflow.h"
#include "menteerepository.h"
#include "phaserepository.h"
#include "sqlerrors.h"
#include "storagelog.h"

using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

// The course a decision is about, refused when gone or not in one of `allowed`.
Result<Course> courseIn(CourseRepository &courses, Id courseId, std::initializer_list<CourseStatus> allowed,
                        const QString &wrongStatus)
{
    std::optional<Course> course = courses.find(courseId);
    if (!course)
        return Result<Course>::failure(CourseWorkflow::tr("The course no longer exists."));
    if (std::find(allowed.begin(), allowed.end(), course->status) == allowed.end())
        return Result<Course>::failure(wrongStatus.arg(label(course->status).toLower()));
    return *course;
}

} // namespace

Result<Id> CourseWorkflow::end(Ending &ending)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Result<Id>::failure(SqlErrors::busyMessage());
    CourseRepository courses(m_db);
    Result<Course> found = courseIn(courses, ending.courseId, {CourseStatus::Active, CourseStatus::Paused},
                                    tr("Only an active or paused course can be ended; this course is %1."));
    if (!found)
        return found.status();
    Course course = found.value();
    const Result<Id> id = EndingRepository(m_db).add(ending);
    if (!id)
        return id;
    // The mentor's place is freed by ending the match; that also marks the mentee ended.
    if (course.currentMatchId > 0) {
        MatchWorkflow matches(m_db);
        if (const Status ended = matches.end(course.currentMatchId, MatchEndReason::CourseEnded, label(ending.reason), false);
            !ended)
            return ended;
    } else if (std::optional<Mentee> mentee = MenteeRepository(m_db).find(course.menteeId);
               mentee && mentee->status != MenteeStatus::Archived) {
        mentee->status = MenteeStatus::Ended;
        if (const Status saved = MenteeRepository(m_db).update(*mentee); !saved)
            return saved;
    }
    // A mentor change may have left a proposal for the next mentor: nobody is to approve it now.
    if (const Status withdrawn = MatchWorkflow(m_db).withdrawProposalsFor(course.menteeId, tr("The mentee's course ended."));
        !withdrawn)
        return withdrawn;
    if (course.phase != Phase::Ending) {
        PhaseEntry phase;
        phase.courseId = course.id;
        phase.phase = Phase::Ending;
        phase.enteredOn = ending.endDate;
        if (const Result<Id> entered = PhaseRepository(m_db).add(phase); !entered)
            return entered.status();
    }
    course = *courses.find(course.id);  // the phase entry and the match end changed it
    course.status = CourseStatus::Ended;
    if (const Status saved = courses.update(course); !saved)
        return saved;
    if (!tx.commit())
        return Result<Id>::failure(SqlErrors::commitMessage());
    qCInfo(lcStorage) << "ended course" << course.id;
    return id;
}

Result<Id> CourseWorkflow::changeMentor(Id courseId, const MentorChange &change)
{
    if (change.reason.trimmed().isEmpty())
        return Result<Id>::failure(tr("Say why the mentor is changed."));
    // MatchWorkflow::end takes "course ended" as the end of the support (mentee ended, match kept
    // as the course's last): a mentor change with it would leave an open course in that state.
    if (change.why == MatchEndReason::CourseEnded)
        return Result<Id>::failure(tr("A mentor change keeps the course open; to end the course, record its ending."));
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Result<Id>::failure(SqlErrors::busyMessage());
    CourseRepository courses(m_db);
    Result<Course> found = courseIn(courses, courseId, {CourseStatus::Planned, CourseStatus::Active, CourseStatus::Paused},
                                    tr("The mentor of a course that is %1 cannot be changed."));
    if (!found)
        return found.status();
    if (found->currentMatchId <= 0)
        return Result<Id>::failure(tr("The course has no mentor to change."));
    MatchWorkflow matches(m_db);
    if (const Status ended = matches.end(found->currentMatchId, change.why, change.reason, change.excludePair); !ended)
        return ended;
    Id proposal = 0;
    if (change.newMentorId > 0) {
        const Result<Id> proposed = matches.propose({found->menteeId, change.newMentorId, std::nullopt,
                                                     {tr("Mentor change")}, MatchSource::Manual});
        if (!proposed)
            return proposed;
        proposal = proposed.value();
    }
    if (!tx.commit())
        return Result<Id>::failure(SqlErrors::commitMessage());
    qCInfo(lcStorage) << "changed mentor of course" << courseId;
    return proposal;
}

Status CourseWorkflow::pause(Id courseId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the course is paused."));
    CourseRepository courses(m_db);
    Result<Course> found = courseIn(courses, courseId, {CourseStatus::Active},
                                    tr("Only an active course can be paused; this course is %1."));
    if (!found)
        return found.status();
    Course course = found.value();
    course.status = CourseStatus::Paused;
    course.pauseReason = reason.trimmed();
    return courses.update(course);
}

Status CourseWorkflow::resume(Id courseId)
{
    CourseRepository courses(m_db);
    Result<Course> found = courseIn(courses, courseId, {CourseStatus::Paused},
                                    tr("Only a paused course can be resumed; this course is %1."));
    if (!found)
        return found.status();
    Course course = found.value();
    course.status = CourseStatus::Active;
    course.pauseReason.clear();
    return courses.update(course);
}

Status CourseWorkflow::recordChemistry(Id courseId, Chemistry chemistry, const QDate &on)
{
    CourseRepository courses(m_db);
    const Result<Course> course = courseIn(courses, courseId, {CourseStatus::Active, CourseStatus::Paused},
                                           tr("The chemistry can only be checked on an active or paused course; this course is %1."));
    if (!course)
        return course.status();
    MatchRepository matches(m_db);
    std::optional<Match> match = course->currentMatchId > 0 ? matches.find(course->currentMatchId) : std::nullopt;
    if (!match)
        return Status::failure(tr("The course has no mentor whose chemistry could be checked."));
    match->chemistry = chemistry;
    match->chemistryDate = on;
    return matches.update(*match);
}

} // namespace mentordesk::storage
