#include "exportqueries.h"

#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

int countOf(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    return q.exec(u"SELECT count(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

bool ExportQueries::forEachCourse(const QDate &today, const std::function<bool(const CourseExportRow &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT c.id, c.mentee_id, e.first_name || ' ' || e.last_name, m.id, m.first_name || ' ' || m.last_name,"
              " s.name, c.status, c.phase, c.start_date, c.planned_end_date, c.legal_basis,"
              " (SELECT g.hours_per_week FROM course_grant g WHERE g.course_id = c.id AND g.from_date <= ? AND g.to_date >= ?"
              "   ORDER BY g.from_date DESC LIMIT 1),"
              " (SELECT count(*) FROM meeting t WHERE t.course_id = c.id AND t.status = 'held'),"
              " (SELECT coalesce(sum(t.minutes), 0) FROM meeting t WHERE t.course_id = c.id AND t.status = 'held'),"
              " c.purpose, c.mentor_tasks, c.mentor_qualifications"
              " FROM course c JOIN mentee e ON e.id = c.mentee_id JOIN scheme s ON s.id = c.scheme_id"
              " LEFT JOIN match x ON x.id = c.current_match_id LEFT JOIN mentor m ON m.id = x.mentor_id ORDER BY c.id"_s);
    q.addBindValue(today.toString(Qt::ISODate));
    q.addBindValue(today.toString(Qt::ISODate));
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "export courses");
        return false;
    }
    while (q.next()) {
        CourseExportRow r;
        r.id = q.value(0).toLongLong();
        r.menteeId = q.value(1).toLongLong();
        r.mentee = q.value(2).toString();
        r.mentorId = q.value(3).toLongLong();
        r.mentor = q.value(4).toString();
        r.scheme = q.value(5).toString();
        r.status = fromCode<CourseStatus>(q.value(6).toString()).value_or(CourseStatus::Planned);
        r.phase = fromCode<Phase>(q.value(7).toString()).value_or(Phase::Clarification);
        r.startDate = isoDate(q.value(8));
        r.plannedEndDate = isoDate(q.value(9));
        r.legalBasis = q.value(10).toString();
        if (!q.value(11).isNull())
            r.hoursPerWeek = q.value(11).toDouble();
        r.meetingsHeld = q.value(12).toInt();
        r.hoursDelivered = q.value(13).toDouble() / 60.0;
        r.purpose = q.value(14).toString();
        r.mentorTasks = q.value(15).toString();
        r.mentorQualifications = q.value(16).toString();
        if (!visit(r))
            break;
    }
    const bool ok = !q.lastError().isValid();
    q.finish();
    return ok;
}

bool ExportQueries::forEachMeeting(const std::function<bool(const MeetingExportRow &)> &visit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT t.id, t.course_id, e.first_name || ' ' || e.last_name, m.first_name || ' ' || m.last_name,"
                " t.date, t.start, t.minutes, t.form, t.kind, t.status, t.place, t.note, t.before_next"
                " FROM meeting t JOIN course c ON c.id = t.course_id JOIN mentee e ON e.id = c.mentee_id"
                " LEFT JOIN match x ON x.id = c.current_match_id LEFT JOIN mentor m ON m.id = x.mentor_id ORDER BY t.id"_s)) {
        SqlErrors::userMessage(q.lastError(), "export meetings");
        return false;
    }
    while (q.next()) {
        MeetingExportRow r;
        r.id = q.value(0).toLongLong();
        r.courseId = q.value(1).toLongLong();
        r.mentee = q.value(2).toString();
        r.mentor = q.value(3).toString();
        r.date = isoDate(q.value(4));
        r.start = QTime::fromString(q.value(5).toString(), u"HH:mm"_s);
        if (!q.value(6).isNull())
            r.minutes = q.value(6).toInt();
        r.form = fromCode<MeetingForm>(q.value(7).toString()).value_or(MeetingForm::InPerson);
        r.kind = fromCode<MeetingKind>(q.value(8).toString());
        r.status = fromCode<MeetingStatus>(q.value(9).toString()).value_or(MeetingStatus::Planned);
        r.place = q.value(10).toString();
        r.note = q.value(11).toString();
        r.beforeNext = q.value(12).toString();
        if (!visit(r))
            break;
    }
    const bool ok = !q.lastError().isValid();
    q.finish();
    return ok;
}

int ExportQueries::courseCount() const
{
    return countOf(m_db, u"course"_s);
}

int ExportQueries::meetingCount() const
{
    return countOf(m_db, u"meeting"_s);
}

} // namespace mentordesk::storage
