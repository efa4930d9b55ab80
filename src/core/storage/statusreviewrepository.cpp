#include "statusreviewrepository.h"

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
    return m_store.insert(record);
}

Status StatusReviewRepository::update(StatusReview &record)
{
    if (const Status c = check(record); !c)
        return c;
    return m_store.update(record);
}

QList<StatusReview> StatusReviewRepository::forCourse(Id courseId) const
{
    return m_store.where(u"course_id = ?"_s, {courseId}, u"date DESC, id DESC"_s);
}

} // namespace mentordesk::storage
