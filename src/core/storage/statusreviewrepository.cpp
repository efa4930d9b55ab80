#include "statusreviewrepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const StatusReview &s)
{
    return {
        {u"course_id"_s, s.courseId},
        {u"date"_s, sql::date(s.date)},
        {u"reviewed_by"_s, s.reviewedBy.trimmed()},
        {u"mentee_assessment"_s, sql::text(s.menteeAssessment)},
        {u"mentor_assessment"_s, sql::text(s.mentorAssessment)},
        {u"answers"_s, sql::text(s.answers)},
        {u"hours_delivered_checked"_s, s.hoursDeliveredChecked ? 1 : 0},
        {u"hours_note"_s, sql::text(s.hoursNote)},
        {u"decision"_s, sql::code(s.decision)},
        {u"next_review"_s, sql::date(s.nextReview)},
    };
}

StatusReview read(const sql::Row &r)
{
    StatusReview s;
    s.courseId = r.id(u"course_id"_s);
    s.date = r.date(u"date"_s);
    s.reviewedBy = r.text(u"reviewed_by"_s);
    s.menteeAssessment = r.text(u"mentee_assessment"_s);
    s.mentorAssessment = r.text(u"mentor_assessment"_s);
    s.answers = r.text(u"answers"_s);
    s.hoursDeliveredChecked = r.flag(u"hours_delivered_checked"_s);
    s.hoursNote = r.text(u"hours_note"_s);
    s.decision = r.code(u"decision"_s, ReviewDecision::Continue);
    s.nextReview = r.date(u"next_review"_s);
    return s;
}

} // namespace

StatusReviewRepository::StatusReviewRepository(Database &db) : m_store(db, {u"status_review"_s, &values, &read}) {}

Status StatusReviewRepository::check(const StatusReview &record) const
{
    return invalid(record.validate(m_store.database().today()));
}

Result<Id> StatusReviewRepository::add(StatusReview &record)
{
    if (const Status c = check(record); !c)
        return c;
    // The review and the course's next review date change together.
    WriteTransaction tx(m_store.database());
    if (!tx.begun())
        return Result<Id>::failure(SqlErrors::busyMessage());
    Result<Id> id = m_store.insert(record);
    if (!id)
        return id;
    if (const Status s = followLatestReview(record.courseId); !s)
        return s;
    if (!tx.commit())
        return Result<Id>::failure(SqlErrors::commitMessage());
    return id;
}

Status StatusReviewRepository::update(StatusReview &record)
{
    if (const Status c = check(record); !c)
        return c;
    WriteTransaction tx(m_store.database());
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    if (const Status s = m_store.update(record); !s)
        return s;
    if (const Status s = followLatestReview(record.courseId); !s)
        return s;
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return {};
}

Status StatusReviewRepository::followLatestReview(Id courseId)
{
    // The newest review decides, so correcting an older one leaves a later plan alone; a newest
    // review without a next date (the course ends) clears it.
    Database &db = m_store.database();
    QSqlQuery q(db.connection());
    q.prepare(u"UPDATE course SET next_review_date = (SELECT next_review FROM status_review WHERE course_id = ?"
              " ORDER BY date DESC, id DESC LIMIT 1) WHERE id = ?"_s);
    q.addBindValue(courseId);
    q.addBindValue(courseId);
    if (!q.exec())
        return Status::failure(SqlErrors::userMessage(q.lastError(), "update course next review"));
    return AuditRepository(db).record(AuditAction::Update, u"course"_s, courseId);
}

QList<StatusReview> StatusReviewRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"date DESC, id DESC"_s);
}

} // namespace mentordesk::storage
