#include "hoursqueries.h"

#include "hourssql.h"
#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

namespace {

// The course's span: its start to the earliest of its ending and `today`. Binds :course and
// :today. Named, not numbered: QtSql counts every "?" as a value of its own, so "?1" used twice
// fails with "Parameter count mismatch" (Qt 6.4); a named parameter may occur many times.
const QString kSpan =
    u"span AS (SELECT c.start_date AS s, min(coalesce(n.end_date, :today), :today) AS e FROM course c"
    " LEFT JOIN course_ending n ON n.course_id = c.id WHERE c.id = :course)"_s;

// Granted, delivered and delivered in person in [from, to] ∩ span.
QString figures(const QString &from, const QString &to)
{
    const QString start = from + u", span.s"_s;
    const QString end = to + u", span.e"_s;
    return hourssql::granted(u":course"_s, start, end) + u", "_s + hourssql::delivered(u":course"_s, start, end) + u", "_s
           + hourssql::delivered(u":course"_s, start, end, u"in_person"_s);
}

HoursFigures readFigures(const QSqlQuery &q, int first)
{
    return {q.value(first).toDouble(), q.value(first + 1).toDouble(), q.value(first + 2).toDouble()};
}

} // namespace

HoursFigures HoursQueries::between(domain::Id courseId, const QDate &from, const QDate &to) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"WITH "_s + kSpan + u" SELECT "_s + figures(u":from"_s, u":today"_s) + u" FROM span WHERE span.s <= span.e"_s);
    q.bindValue(u":course"_s, courseId);
    q.bindValue(u":today"_s, to.toString(Qt::ISODate));  // the span's and the range's end
    q.bindValue(u":from"_s, from.toString(Qt::ISODate));
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "hours");
        return {};
    }
    return q.next() ? readFigures(q, 0) : HoursFigures{};
}

HoursFigures HoursQueries::total(domain::Id courseId, const QDate &today) const
{
    return between(courseId, QDate(1900, 1, 1), today);
}

HoursFigures HoursQueries::recent(domain::Id courseId, const QDate &today, int weeks) const
{
    return between(courseId, today.addDays(1 - 7 * weeks), today);
}

QList<HoursWeek> HoursQueries::weeks(domain::Id courseId, const QDate &today) const
{
    QList<HoursWeek> result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // ISO weeks start on Monday: strftime('%w') counts from Sunday = 0.
    q.prepare(u"WITH RECURSIVE "_s + kSpan
              + u", week(monday) AS (SELECT date(s, '-' || ((CAST(strftime('%w', s) AS INTEGER) + 6) % 7) || ' days')"
                " FROM span WHERE s <= e UNION ALL SELECT date(monday, '+7 days') FROM week, span"
                " WHERE date(monday, '+7 days') <= span.e)"
                " SELECT week.monday, "_s
              + figures(u"week.monday"_s, u"date(week.monday, '+6 days')"_s) + u" FROM week, span ORDER BY week.monday"_s);
    q.bindValue(u":course"_s, courseId);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "hours per week");
        return result;
    }
    while (q.next()) {
        HoursWeek week;
        week.monday = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        week.isoWeek = week.monday.weekNumber(&week.isoYear);
        week.hours = readFigures(q, 1);
        result.append(week);
    }
    return result;
}

} // namespace mentordesk::storage
