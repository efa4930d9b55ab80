#include "courserepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Course &c)
{
    return {
        {u"mentee_id"_s, c.menteeId},
        {u"scheme_id"_s, c.schemeId},
        {u"current_match_id"_s, c.currentMatchId > 0 ? QVariant(c.currentMatchId) : QVariant()},
        {u"legal_basis"_s, sql::text(c.legalBasis.trimmed())},
        {u"purpose"_s, sql::text(c.purpose)},
        {u"mentor_tasks"_s, sql::text(c.mentorTasks)},
        {u"mentor_qualifications"_s, sql::text(c.mentorQualifications)},
        {u"focus_areas"_s, sql::list(c.focusAreas)},
        {u"function"_s, sql::code(c.function)},
        {u"start_date"_s, sql::date(c.startDate)},
        {u"planned_end_date"_s, sql::date(c.plannedEndDate)},
        {u"meeting_frequency"_s, sql::text(c.meetingFrequency)},
        {u"contact_agreement"_s, sql::text(c.contactAgreement)},
        {u"cancellation_rules"_s, sql::text(c.cancellationRules)},
        {u"phase"_s, sql::code(c.phase)},
        {u"next_review_date"_s, sql::date(c.nextReviewDate)},
        {u"status"_s, sql::code(c.status)},
        {u"pause_reason"_s, sql::text(c.pauseReason)},
    };
}

Course read(const sql::Row &r)
{
    Course c;
    c.menteeId = r.id(u"mentee_id"_s);
    c.schemeId = r.id(u"scheme_id"_s);
    c.currentMatchId = r.id(u"current_match_id"_s);
    c.legalBasis = r.text(u"legal_basis"_s);
    c.purpose = r.text(u"purpose"_s);
    c.mentorTasks = r.text(u"mentor_tasks"_s);
    c.mentorQualifications = r.text(u"mentor_qualifications"_s);
    c.focusAreas = r.list(u"focus_areas"_s);
    c.function = r.code(u"function"_s, CourseFunction::Individual);
    c.startDate = r.date(u"start_date"_s);
    c.plannedEndDate = r.date(u"planned_end_date"_s);
    c.meetingFrequency = r.text(u"meeting_frequency"_s);
    c.contactAgreement = r.text(u"contact_agreement"_s);
    c.cancellationRules = r.text(u"cancellation_rules"_s);
    c.phase = r.code(u"phase"_s, Phase::Clarification);
    c.nextReviewDate = r.date(u"next_review_date"_s);
    c.status = r.code(u"status"_s, CourseStatus::Planned);
    c.pauseReason = r.text(u"pause_reason"_s);
    return c;
}

} // namespace

CourseRepository::CourseRepository(Database &db) : m_store(db, {u"course"_s, &values, &read}) {}

Result<Id> CourseRepository::add(Course &course)
{
    Errors errors = course.validate();
    if (course.status != CourseStatus::Planned)
        errors.append({u"status"_s, Course::tr("A new course must start with the status planned.")});
    if (const Status v = invalid(errors); !v)
        return v;
    return m_store.insert(course);
}

Status CourseRepository::update(Course &course)
{
    const auto stored = m_store.find(course.id);
    if (!stored)
        return Status::failure(Course::tr("The course no longer exists."));
    Errors errors = course.validate();
    if (stored->status != course.status) {
        if (!Course::canMove(stored->status, course.status))
            return Status::failure(Course::tr("A course cannot go from %1 to %2.").arg(label(stored->status), label(course.status)));
        // Activation is planned → active; a resumed course goes on as it was before its pause
        // (possibly without a mentor, during a mentor change).
        if (stored->status == CourseStatus::Planned && course.status == CourseStatus::Active)
            errors.append(activationProblems(course));
    }
    if (const Status v = invalid(errors); !v)
        return v;
    return m_store.update(course);
}

ActivationContext CourseRepository::activationContext(const Course &course) const
{
    QSqlQuery q(m_store.database().connection());
    q.prepare(u"SELECT"
              " (SELECT count(*) FROM match WHERE id = ? AND state = 'approved' AND mentee_id = ?),"
              " (SELECT count(*) FROM course_grant WHERE course_id = ?),"
              " (SELECT context = 'jobcentre' FROM scheme WHERE id = ?)"_s);
    q.addBindValue(course.currentMatchId);
    q.addBindValue(course.menteeId);  // another mentee's match does not count
    q.addBindValue(course.id);
    q.addBindValue(course.schemeId);
    ActivationContext context;
    if (q.exec() && q.next())
        context = {q.value(0).toInt() > 0, q.value(1).toInt() > 0, q.value(2).toInt() != 0};
    return context;
}

QList<Course> CourseRepository::forMentee(Id menteeId) const
{
    return m_store.where(u"mentee_id = ?"_s, {menteeId}, u"start_date DESC, id DESC"_s);
}

QList<Course> CourseRepository::page(int offset, int limit) const
{
    return m_store.where(u"1"_s, {}, u"start_date DESC, id DESC"_s, limit, offset);
}

int CourseRepository::countWithStatus(CourseStatus status) const
{
    return m_store.count(u"status = ?"_s, {toCode(status)});
}

Result<QList<Id>> CourseRepository::openCourseIds() const
{
    QList<Id> ids;
    QSqlQuery q(m_store.database().connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM course WHERE status IN ('planned', 'active', 'paused') ORDER BY id"_s))
        return Result<QList<Id>>::failure(SqlErrors::userMessage(q.lastError(), "open courses"));
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

} // namespace mentordesk::storage
