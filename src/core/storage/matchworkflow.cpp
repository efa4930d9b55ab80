#include "matchworkflow.h"

#include "courserepository.h"
#include "matchrepository.h"
#include "menteerepository.h"
#include "mentorrepository.h"
#include "schemerepository.h"
#include "sqlerrors.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

Q_LOGGING_CATEGORY(lcMatchWorkflow, "mentordesk.matching")

namespace mentordesk::storage {

namespace {

// The course a mentor change left without a mentor: not ended or cancelled, no current match.
std::optional<Course> openCourseWithoutMentor(const QList<Course> &courses)
{
    for (const Course &c : courses)
        if (c.currentMatchId == 0 && c.status != CourseStatus::Ended && c.status != CourseStatus::Cancelled)
            return c;
    return std::nullopt;
}

int approvedCount(const QList<Match> &matches)
{
    return int(std::count_if(matches.cbegin(), matches.cend(), [](const Match &m) { return m.state == MatchState::Approved; }));
}

} // namespace

Result<Id> MatchWorkflow::propose(const NewProposal &proposal)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    const Result<Id> id = proposeInTransaction(proposal);
    if (!id)
        return id;
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return id;
}

Result<QList<Id>> MatchWorkflow::proposeAll(const QList<NewProposal> &proposals)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    QList<Id> ids;
    for (const NewProposal &proposal : proposals) {
        const Result<Id> id = proposeInTransaction(proposal);
        if (!id)
            return id.status();
        ids << *id;
    }
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    qCInfo(lcMatchWorkflow) << "stored" << ids.size() << "proposals";
    return ids;
}

Result<Id> MatchWorkflow::proposeInTransaction(const NewProposal &proposal)
{
    MatchRepository matches(m_db);
    for (const Match &m : matches.forMentee(proposal.menteeId)) {
        if (m.state == MatchState::Approved)
            return Status::failure(tr("The mentee already has an approved mentor; end that match first."));
        if (m.state == MatchState::Proposed && m.mentorId == proposal.mentorId)
            return Status::failure(tr("This pair is already proposed and waits for a decision."));
    }
    Match match;
    match.menteeId = proposal.menteeId;
    match.mentorId = proposal.mentorId;
    match.score = proposal.score;
    match.reasons = proposal.reasons;
    match.source = proposal.source;
    return matches.add(match);
}

Result<Match> MatchWorkflow::matchToDecide(MatchRepository &matches, Id matchId, MatchState expected, const QString &missing,
                                           const QString &wrongState) const
{
    std::optional<Match> match = matches.find(matchId);
    if (!match)
        return Status::failure(missing);
    if (match->state != expected)
        return Status::failure(wrongState.arg(label(match->state).toLower()));
    return *match;
}

Result<Id> MatchWorkflow::approve(Id matchId)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    MatchRepository matches(m_db);
    Result<Match> found = matchToDecide(matches, matchId, MatchState::Proposed, tr("The proposal no longer exists."),
                                        tr("Only a proposal can be approved; this match is %1."));
    if (!found)
        return found.status();
    Match match = found.value();
    const std::optional<Mentor> mentor = MentorRepository(m_db).find(match.mentorId);
    std::optional<Mentee> mentee = MenteeRepository(m_db).find(match.menteeId);
    if (!mentor || !mentee)
        return Status::failure(tr("The mentor or the mentee of this proposal no longer exists."));
    if (mentor->status != MentorStatus::Active)
        return Status::failure(tr("%1 is not active (%2) and cannot take a mentee.").arg(mentor->fullName(), label(mentor->status).toLower()));
    const int approved = approvedCount(matches.forMentor(mentor->id));
    if (approved >= mentor->capacity)
        return Status::failure(tr("%1 has no free place: %2 of %3 taken. End a match or raise the capacity first.")
                                   .arg(mentor->fullName())
                                   .arg(approved)
                                   .arg(mentor->capacity));
    if (approvedCount(matches.forMentee(mentee->id)) > 0)
        return Status::failure(tr("%1 already has an approved mentor; end that match first.").arg(mentee->fullName()));
    if (mentee->status == MenteeStatus::Archived || mentee->status == MenteeStatus::Ended)
        return Status::failure(tr("%1 is %2 and cannot be matched.").arg(mentee->fullName(), label(mentee->status).toLower()));

    // After a mentor change the mentee's course goes on with the new mentor; otherwise the
    // approval opens a course, which the courses issue fills in (purpose, tasks, grants).
    CourseRepository courses(m_db);
    Course course = openCourseWithoutMentor(courses.forMentee(mentee->id)).value_or(Course());
    course.mentorQualifications = mentor->qualifications;  // the new mentor's, as the audit expects [001]
    if (course.id == 0) {
        course.menteeId = mentee->id;
        course.schemeId = mentee->schemeId;
        course.startDate = m_db.today();
        if (const auto scheme = SchemeRepository(m_db).find(mentee->schemeId)) {
            course.legalBasis = scheme->defaultLegalBasis;
            if (scheme->defaultGrantMonths)
                course.plannedEndDate = course.startDate.addMonths(*scheme->defaultGrantMonths);
        }
        if (const Result<Id> added = courses.add(course); !added)
            return added;
    }
    const Id courseId = course.id;

    match.state = MatchState::Approved;
    match.courseId = courseId;
    match.decidedAt = m_db.now();
    match.decidedBy = m_db.currentUser();
    if (const Status saved = matches.update(match); !saved)
        return saved;
    course.currentMatchId = match.id;
    if (const Status saved = courses.update(course); !saved)
        return saved;
    mentee->status = MenteeStatus::Matched;
    if (const Status saved = MenteeRepository(m_db).update(*mentee); !saved)
        return saved;
    if (const Status w = withdrawOpenProposals(u"mentee"_s, mentee->id, match.id, tr("Another proposal for the mentee was approved.")); !w)
        return w;
    if (approved + 1 >= mentor->capacity)
        if (const Status w = withdrawOpenProposals(u"mentor"_s, mentor->id, match.id, tr("The mentor has no free place left.")); !w)
            return w;
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    qCInfo(lcMatchWorkflow) << "approved match" << match.id << "course" << courseId;
    return courseId;
}

Status MatchWorkflow::withdrawOpenProposals(const QString &side, Id id, Id except, const QString &reason)
{
    MatchRepository matches(m_db);
    const QList<Match> list = side == u"mentee"_s ? matches.forMentee(id) : matches.forMentor(id);
    for (Match m : list) {
        if (m.id == except || m.state != MatchState::Proposed)
            continue;
        m.state = MatchState::Withdrawn;
        m.decidedAt = m_db.now();
        m.decidedBy = m_db.currentUser();
        m.reason = reason;
        if (const Status saved = matches.update(m); !saved)
            return saved;
    }
    return {};
}

Status MatchWorkflow::reject(Id matchId, const QString &reason, bool excludePairInFuture)
{
    WriteTransaction tx(m_db);  // the state is checked under the write lock it is changed in
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    MatchRepository matches(m_db);
    Result<Match> found = matchToDecide(matches, matchId, MatchState::Proposed, tr("The proposal no longer exists."),
                                        tr("Only a proposal can be rejected; this match is %1."));
    if (!found)
        return found.status();
    Match match = found.value();
    match.state = MatchState::Rejected;
    match.reason = reason.trimmed();
    match.excludePairInFuture = excludePairInFuture;
    match.decidedAt = m_db.now();
    match.decidedBy = m_db.currentUser();
    if (const Status saved = matches.update(match); !saved)  // validation asks for the reason
        return saved;
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return {};
}

Status MatchWorkflow::end(Id matchId, MatchEndReason why, const QString &reason, bool excludePairInFuture)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    MatchRepository matches(m_db);
    Result<Match> found = matchToDecide(matches, matchId, MatchState::Approved, tr("The match no longer exists."),
                                        tr("Only an approved match can be ended; this match is %1."));
    if (!found)
        return found.status();
    Match match = found.value();
    match.state = MatchState::Ended;
    match.endReason = why;
    match.reason = reason.trimmed();
    match.excludePairInFuture = excludePairInFuture;
    match.endedOn = m_db.today();
    match.decidedAt = m_db.now();
    match.decidedBy = m_db.currentUser();
    if (const Status saved = matches.update(match); !saved)
        return saved;
    // Ended with its course: the mentee's support is over. Otherwise a mentor change: the course
    // goes on without a mentor until a new match is approved, and the mentee waits for one.
    const bool courseEnded = why == MatchEndReason::CourseEnded;
    CourseRepository courses(m_db);
    if (std::optional<Course> course = courses.find(match.courseId); !courseEnded && course && course->currentMatchId == match.id) {
        course->currentMatchId = 0;
        if (const Status saved = courses.update(*course); !saved)
            return saved;
    }
    MenteeRepository mentees(m_db);
    if (std::optional<Mentee> mentee = mentees.find(match.menteeId); mentee && mentee->status != MenteeStatus::Archived) {
        mentee->status = courseEnded ? MenteeStatus::Ended : MenteeStatus::Waiting;
        if (const Status saved = mentees.update(*mentee); !saved)
            return saved;
    }
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    qCInfo(lcMatchWorkflow) << "ended match" << match.id;
    return {};
}

} // namespace mentordesk::storage
