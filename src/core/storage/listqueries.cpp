#include "listqueries.h"

#include "hourssql.h"
#include "searchrepository.h"
#include "sqlerrors.h"

#include "domain/sortkey.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QString direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? u"ASC"_s : u"DESC"_s;
}

int scalarInt(Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        SqlErrors::userMessage(q.lastError(), "list count");
        return 0;
    }
    return q.value(0).toInt();
}

// Runs a list query with the paging values bound last; calls `read` for every row.
template <typename Read>
void runList(Database &db, const QString &sql, const QVariantList &binds, Read read)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "list query");
        return;
    }
    while (q.next())
        read(q);
}

const QString kActiveMenteesOf = u"(SELECT count(*) FROM match a WHERE a.mentor_id = m.id AND a.state = 'approved')"_s;
// Waiting: registered, not archived, not ended (an ended course is no reason to wait), and
// without an approved match.
const QString kWaiting = u"e.status NOT IN ('archived', 'ended') AND NOT EXISTS (SELECT 1 FROM match a WHERE a.mentee_id = e.id AND a.state = 'approved')"_s;

// The conditions of a filtered list, joined with AND, and the values they bind, in order.
struct Where {
    QStringList conditions;
    QVariantList binds;

    void add(const QString &condition, const QVariantList &values = {})
    {
        conditions << condition;
        binds << values;
    }
    QString sql() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s); }
};

// Adds the full-text condition for typed text: the people of `kind` with a word starting with
// each typed word. Text without a single letter or digit (a stray quote) matches nobody rather
// than everybody.
// The id and kind come from the rowid (id * 16 + kind), not from the entity_id and kind columns:
// those are read from the FTS content table for every hit, which made a one-letter search over
// 100,000 mentees take 111 ms instead of 59 (docs/performance.md).
void addSearch(Where &where, const QString &idColumn, SearchRepository::Kind kind, const QString &typed)
{
    if (typed.trimmed().isEmpty())
        return;
    const QString match = SearchRepository::toPrefixQuery(typed);
    if (match.isEmpty()) {
        where.add(u"0"_s);
        return;
    }
    where.add(idColumn + u" IN (SELECT rowid / 16 FROM search_index WHERE search_index MATCH ? AND rowid % 16 = "_s
                  + QString::number(static_cast<int>(kind)) + u')',
              {match});
}

Where mentorWhere(const MentorFilter &f)
{
    Where w;
    if (f.status)
        w.add(u"m.status = ?"_s, {toCode(*f.status)});
    else
        w.add(u"m.status <> 'archived'"_s);
    if (f.type)
        w.add(u"m.mentor_type = ?"_s, {toCode(*f.type)});
    if (f.onlyWithFreeCapacity)
        w.add(u"m.capacity > "_s + kActiveMenteesOf);
    addSearch(w, u"m.id"_s, SearchRepository::Kind::Mentor, f.search);
    return w;
}

Where menteeWhere(const MenteeFilter &f)
{
    Where w;
    if (f.status)
        w.add(u"e.status = ?"_s, {toCode(*f.status)});
    else
        w.add(u"e.status <> 'archived'"_s);
    if (f.targetGroup)
        w.add(u"e.target_group = ?"_s, {toCode(*f.targetGroup)});
    if (f.schemeId)
        w.add(u"e.scheme_id = ?"_s, {*f.schemeId});
    if (f.hasActiveCourse)
        w.add((*f.hasActiveCourse ? u""_s : u"NOT "_s)
              + u"EXISTS (SELECT 1 FROM course c WHERE c.mentee_id = e.id AND c.status = 'active')"_s);
    addSearch(w, u"e.id"_s, SearchRepository::Kind::Mentee, f.search);
    return w;
}

} // namespace

bool MentorFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && !type && !status && !onlyWithFreeCapacity;
}

bool MenteeFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && !targetGroup && !schemeId && !status && !hasActiveCourse;
}

QList<MentorListRow> ListQueries::mentors(const MentorFilter &filter, int offset, int limit, MentorColumn sort,
                                          Qt::SortOrder order) const
{
    QString key;
    switch (sort) {
    case MentorColumn::Name: key = u"m.sort_key"_s; break;
    case MentorColumn::Type: key = u"m.mentor_type"_s; break;
    case MentorColumn::Email: key = u"m.email"_s; break;
    case MentorColumn::Phone: key = u"m.phone"_s; break;
    case MentorColumn::Postcode: key = u"m.postcode"_s; break;
    case MentorColumn::Capacity: key = u"m.capacity"_s; break;
    case MentorColumn::ActiveMentees: key = u"active"_s; break;
    case MentorColumn::Status: key = u"m.status"_s; break;
    }
    const QString dir = direction(order);
    const Where where = mentorWhere(filter);
    QList<MentorListRow> rows;
    runList(m_db,
            u"SELECT m.id, m.last_name || ', ' || m.first_name, m.mentor_type, m.email, m.phone, m.postcode, m.capacity, "_s
                + kActiveMenteesOf + u" AS active, m.status FROM mentor m"_s + where.sql() + u" ORDER BY "_s + key
                + u' ' + dir + u", m.sort_key " + dir + u", m.id "_s + dir + u" LIMIT ? OFFSET ?"_s,
            where.binds + QVariantList{limit, offset}, [&](const QSqlQuery &q) {
                rows.append({q.value(0).toLongLong(), q.value(1).toString(),
                             fromCode<MentorType>(q.value(2).toString()).value_or(MentorType::Other), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toInt(),
                             fromCode<MentorStatus>(q.value(8).toString()).value_or(MentorStatus::Active)});
            });
    return rows;
}

int ListQueries::mentorCount(const MentorFilter &filter) const
{
    const Where where = mentorWhere(filter);
    return scalarInt(m_db, u"SELECT count(*) FROM mentor m"_s + where.sql(), where.binds);
}

QList<MenteeListRow> ListQueries::mentees(const MenteeFilter &filter, int offset, int limit, MenteeColumn sort,
                                          Qt::SortOrder order) const
{
    QString key;
    switch (sort) {
    case MenteeColumn::Name: key = u"e.sort_key"_s; break;
    case MenteeColumn::Scheme: key = u"s.name"_s; break;
    case MenteeColumn::TargetGroup: key = u"e.target_group"_s; break;
    case MenteeColumn::Postcode: key = u"e.postcode"_s; break;
    case MenteeColumn::Registered: key = u"e.registered_on"_s; break;
    case MenteeColumn::Status: key = u"e.status"_s; break;
    }
    const QString dir = direction(order);
    const Where where = menteeWhere(filter);
    QList<MenteeListRow> rows;
    runList(m_db,
            u"SELECT e.id, e.last_name || ', ' || e.first_name, s.name, e.target_group, e.postcode, e.registered_on, e.status"
            " FROM mentee e JOIN scheme s ON s.id = e.scheme_id"_s
                + where.sql() + u" ORDER BY "_s + key + u' ' + dir + u", e.sort_key " + dir + u", e.id "_s + dir
                + u" LIMIT ? OFFSET ?"_s,
            where.binds + QVariantList{limit, offset}, [&](const QSqlQuery &q) {
                rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             fromCode<TargetGroup>(q.value(3).toString()).value_or(TargetGroup::Other), q.value(4).toString(),
                             QDate::fromString(q.value(5).toString(), Qt::ISODate),
                             fromCode<MenteeStatus>(q.value(6).toString()).value_or(MenteeStatus::Waiting)});
            });
    return rows;
}

int ListQueries::menteeCount(const MenteeFilter &filter) const
{
    const Where where = menteeWhere(filter);
    return scalarInt(m_db, u"SELECT count(*) FROM mentee e"_s + where.sql(), where.binds);
}

QList<SchemeChoice> ListQueries::schemeChoices() const
{
    QList<SchemeChoice> choices;
    runList(m_db, u"SELECT id, name FROM scheme ORDER BY id"_s, {},
            [&](const QSqlQuery &q) { choices.append({q.value(0).toLongLong(), q.value(1).toString()}); });
    // A handful of rows without a sort_key column: Danish order in C++.
    std::stable_sort(choices.begin(), choices.end(), [](const SchemeChoice &a, const SchemeChoice &b) {
        return danishSortKey(a.name) < danishSortKey(b.name);
    });
    return choices;
}

namespace {

// The course list's rows with their hours so far, as HoursQueries::total computes them for one
// course: granted pro rata from the later of grant and course start to the earliest of grant
// end, ending and today; delivered from held meetings in the same span (read from the
// meeting_held index alone). `courseConditions` (on c, e and m) narrow the courses inside.
// Binds today first, read as day.today (not a numbered "?1" used four times: QtSql counts every
// "?" as a value of its own and fails with "Parameter count mismatch", Qt 6.4), then the
// conditions' values.
// `materialized` computes each course's figures once, for a page that sorts or filters by them:
// SQLite otherwise flattens course_row into the statement and runs the two subqueries again for
// every mention of granted and delivered, in WHERE for every course and in ORDER BY and the
// result for every course that passes (the plan of the hours gap list sorted by hours held the
// grant subquery five times and the meetings subquery three; docs/performance.md). A count needs
// the figures in WHERE only, and flattened it spares the temporary table.
// A course's hours count up to its ending, never after today.
const QString kCourseEnd = u"coalesce(n.end_date, day.today), day.today"_s;

QString courseRows(const Where &courseConditions, bool materialized)
{
    return u"WITH day(today) AS (SELECT ?), course_row AS "_s + (materialized ? u"MATERIALIZED "_s : QString())
           + u"(SELECT c.id, e.last_name || ', ' || e.first_name AS mentee,"
             " m.last_name || ', ' || m.first_name AS mentor, s.name AS scheme, c.status, c.phase, c.start_date,"
             " c.planned_end_date, e.sort_key AS mentee_key, m.sort_key AS mentor_key,"
             " "_s
           + hourssql::granted(u"c.id"_s, u"c.start_date"_s, kCourseEnd) + u" AS granted, "_s
           + hourssql::delivered(u"c.id"_s, u"c.start_date"_s, kCourseEnd)
           + u" AS delivered FROM day CROSS JOIN course c JOIN mentee e ON e.id = c.mentee_id JOIN scheme s ON s.id = c.scheme_id"
             " LEFT JOIN course_ending n ON n.course_id = c.id"
             " LEFT JOIN match x ON x.id = c.current_match_id LEFT JOIN mentor m ON m.id = x.mentor_id"_s
           + courseConditions.sql() + u')';
}

// The filter's conditions on the course itself: status and typed text (mentee's or current
// mentor's name). Written for course c and mentor m, so the direct count can use them too.
Where courseWhere(const CourseFilter &f)
{
    Where w;
    if (f.status)
        w.add(u"c.status = ?"_s, {toCode(*f.status)});
    else if (!f.includeClosed)
        w.add(u"c.status IN ('planned', 'active', 'paused')"_s);
    if (!f.search.trimmed().isEmpty()) {
        const QString match = SearchRepository::toPrefixQuery(f.search);
        if (match.isEmpty()) {
            w.add(u"0"_s);
        } else {
            w.add(u"(c.mentee_id IN (SELECT rowid / 16 FROM search_index WHERE search_index MATCH ? AND rowid % 16 = 2)"
                  " OR m.id IN (SELECT rowid / 16 FROM search_index WHERE search_index MATCH ? AND rowid % 16 = 1))"_s,
                  {match, match});
        }
    }
    return w;
}

// The filter's condition on the hours, on course_row: granted > 0 and delivered below its share.
// Each figure is named once (granted is never negative or NULL, and nothing granted gives NULL,
// which fails the comparison), so a flattened count runs each subquery once per course.
Where hoursWhere(const CourseFilter &f)
{
    Where w;
    if (f.onlyWithHoursGap)
        w.add(u"delivered * 100 < nullif(granted, 0) * ?"_s, {f.gapPercent});
    return w;
}

} // namespace

bool CourseFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && !status && !includeClosed && !onlyWithHoursGap;
}

QList<CourseListRow> ListQueries::courses(const CourseFilter &filter, const QDate &today, int offset, int limit,
                                          CourseColumn sort, Qt::SortOrder order) const
{
    QString key;
    switch (sort) {
    case CourseColumn::Mentee: key = u"mentee_key"_s; break;
    case CourseColumn::Mentor: key = u"mentor_key"_s; break;
    case CourseColumn::Scheme: key = u"scheme"_s; break;
    case CourseColumn::Status: key = u"status"_s; break;
    case CourseColumn::Phase: key = u"phase"_s; break;
    case CourseColumn::Start: key = u"start_date"_s; break;
    case CourseColumn::PlannedEnd: key = u"planned_end_date"_s; break;
    // Nothing granted sorts as the smallest share, with the biggest gaps.
    case CourseColumn::Hours: key = u"CASE WHEN granted > 0 THEN delivered / granted ELSE -1 END"_s; break;
    }
    const QString dir = direction(order);
    const Where inner = courseWhere(filter);
    const Where where = hoursWhere(filter);
    const bool byHours = sort == CourseColumn::Hours || filter.onlyWithHoursGap;
    QList<CourseListRow> rows;
    runList(m_db,
            courseRows(inner, byHours)
                + u" SELECT id, mentee, mentor, scheme, status, phase, start_date, planned_end_date, granted,"
                  " delivered FROM course_row"_s
                + where.sql() + u" ORDER BY "_s + key + u' ' + dir + u", id "_s + dir + u" LIMIT ? OFFSET ?"_s,
            QVariantList{today.toString(Qt::ISODate)} + inner.binds + where.binds + QVariantList{limit, offset},
            [&](const QSqlQuery &q) {
                rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             fromCode<CourseStatus>(q.value(4).toString()).value_or(CourseStatus::Planned),
                             fromCode<Phase>(q.value(5).toString()).value_or(Phase::Clarification),
                             QDate::fromString(q.value(6).toString(), Qt::ISODate),
                             QDate::fromString(q.value(7).toString(), Qt::ISODate), q.value(8).toDouble(),
                             q.value(9).toDouble()});
            });
    return rows;
}

int ListQueries::courseCount(const CourseFilter &filter, const QDate &today) const
{
    const Where inner = courseWhere(filter);
    const Where where = hoursWhere(filter);
    // Without the hours condition the counted rows need no hours: count the courses directly.
    if (!filter.onlyWithHoursGap && filter.search.trimmed().isEmpty())
        return scalarInt(m_db, u"SELECT count(*) FROM course c"_s + inner.sql(), inner.binds);
    return scalarInt(m_db, courseRows(inner, false) + u" SELECT count(*) FROM course_row"_s + where.sql(),
                     QVariantList{today.toString(Qt::ISODate)} + inner.binds + where.binds);
}

QList<WaitingListRow> ListQueries::waiting(int offset, int limit, WaitingColumn sort, Qt::SortOrder order,
                                           const QDate &today) const
{
    QString key;
    switch (sort) {
    case WaitingColumn::Name: key = u"e.sort_key"_s; break;
    case WaitingColumn::Scheme: key = u"s.name"_s; break;
    case WaitingColumn::TargetGroup: key = u"e.target_group"_s; break;
    // Longest waiting first is the same order as earliest registered.
    case WaitingColumn::Registered: key = u"e.registered_on"_s; break;
    case WaitingColumn::WaitingDays: key = u"e.registered_on"_s; order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder; break;
    }
    const QString dir = direction(order);
    QList<WaitingListRow> rows;
    runList(m_db,
            u"SELECT e.id, e.last_name || ', ' || e.first_name, s.name, e.target_group, e.registered_on"
            " FROM mentee e JOIN scheme s ON s.id = e.scheme_id WHERE "_s
                + kWaiting + u" ORDER BY "_s + key + u' ' + dir + u", e.id "_s + dir + u" LIMIT ? OFFSET ?"_s,
            {limit, offset}, [&](const QSqlQuery &q) {
                const QDate registered = QDate::fromString(q.value(4).toString(), Qt::ISODate);
                rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             fromCode<TargetGroup>(q.value(3).toString()).value_or(TargetGroup::Other), registered,
                             registered.isValid() ? int(registered.daysTo(today)) : 0});
            });
    return rows;
}

int ListQueries::waitingCount() const
{
    return scalarInt(m_db, u"SELECT count(*) FROM mentee e WHERE "_s + kWaiting);
}

KeyFigures ListQueries::keyFigures(const QDate &today) const
{
    KeyFigures f;
    const QString from = today.addDays(-27).toString(Qt::ISODate);
    // DOMAIN.md §6: no held meeting for 14 days, 7 for ret-og-pligt (at least one a week).
    const QString noMeetingSince = today.addDays(-14).toString(Qt::ISODate);
    const QString noMeetingSinceRetOgPligt = today.addDays(-7).toString(Qt::ISODate);
    const QString now = today.toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT"
              " (SELECT count(*) FROM mentor WHERE status = 'active'),"
              " (SELECT coalesce(sum(max(m.capacity - "_s + kActiveMenteesOf + u", 0)), 0) FROM mentor m WHERE m.status = 'active'),"
              " (SELECT count(*) FROM mentee e WHERE "_s + kWaiting + u"),"
              " (SELECT count(*) FROM course WHERE status = 'active'),"
              " (SELECT count(*) FROM course WHERE status = 'ended'),"
              " (SELECT count(*) FROM meeting WHERE status = 'held' AND date >= ? AND date <= ?),"
              " (SELECT coalesce(sum(minutes), 0) / 60.0 FROM meeting WHERE status = 'held' AND date >= ? AND date <= ?),"
              " (SELECT coalesce(sum(g.hours_per_week), 0) * 4 FROM course_grant g JOIN course c ON c.id = g.course_id"
              "   WHERE c.status = 'active' AND g.from_date <= ? AND g.to_date >= ?),"
              " (SELECT count(*) FROM course c JOIN mentee m ON m.id = c.mentee_id WHERE c.status = 'active'"
              "   AND NOT EXISTS (SELECT 1 FROM meeting t WHERE t.course_id = c.id AND t.status = 'held'"
              "   AND t.date >= CASE WHEN m.ret_og_pligt THEN ? ELSE ? END))"_s);
    for (const QString &v : {from, now, from, now, now, now, noMeetingSinceRetOgPligt, noMeetingSince})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        SqlErrors::userMessage(q.lastError(), "key figures");
        return f;
    }
    f.activeMentors = q.value(0).toInt();
    f.freePlaces = q.value(1).toInt();
    f.waitingMentees = q.value(2).toInt();
    f.activeCourses = q.value(3).toInt();
    f.endedCourses = q.value(4).toInt();
    f.heldMeetings28Days = q.value(5).toInt();
    f.deliveredHours28Days = q.value(6).toDouble();
    f.grantedHours28Days = q.value(7).toDouble();
    f.coursesWithoutRecentMeeting = q.value(8).toInt();
    return f;
}

} // namespace mentordesk::storage
