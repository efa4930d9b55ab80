#pragma once

// The SQL of hours granted and delivered, shared by every query that shows them (a course's
// hours, the course list, the needs-attention rules), so the figures cannot drift apart.
// Arguments are SQL expressions; `from` and `to` may list several, comma-separated: the range
// is the latest of the `from` values to the earliest of the `to` values, both days included.

#include <QString>

namespace mentordesk::storage::hourssql {

// Each grant's hours per week × its days in the range ÷ 7: pro rata for part weeks.
inline QString granted(const QString &courseId, const QString &from, const QString &to)
{
    return QStringLiteral("(SELECT coalesce(sum(g.hours_per_week * max(0, julianday(min(g.to_date, %3))"
                          " - julianday(max(g.from_date, %2)) + 1)), 0) / 7.0 FROM course_grant g WHERE g.course_id = %1)")
        .arg(courseId, from, to);
}

// Held meetings' duration in hours, read from the meeting_held index alone; `form` (a code)
// narrows it to one form of meeting. The neutral '' and '9999-12-31' keep max() and min() the
// scalar functions when `from` or `to` is a single expression (alone they are aggregates).
inline QString delivered(const QString &courseId, const QString &from, const QString &to, const QString &form = {})
{
    return QStringLiteral("(SELECT coalesce(sum(h.minutes), 0) / 60.0 FROM meeting h WHERE h.course_id = %1"
                          " AND h.status = 'held' AND h.date BETWEEN max(%2, '') AND min(%3, '9999-12-31')%4)")
        .arg(courseId, from, to, form.isEmpty() ? QString() : QStringLiteral(" AND h.form = '") + form + u'\'');
}

} // namespace mentordesk::storage::hourssql
