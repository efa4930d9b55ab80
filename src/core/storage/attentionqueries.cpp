#include "attentionqueries.h"

#include "hoursqueries.h"
#include "hourssql.h"
#include "sqlerrors.h"

#include "domain/enums.h"

#include <QLocale>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

int urgency(AttentionRule rule)
{
    const auto &order = kAttentionRulesByUrgency;
    return int(std::find(order.begin(), order.end(), rule) - order.begin());
}

// Where the thresholds live in the setting table, with their defaults.
struct ThresholdKey {
    const char *key;
    int AttentionThresholds::*field;
};
constexpr std::array kThresholdKeys = {
    ThresholdKey{"attention.days_without_meeting", &AttentionThresholds::daysWithoutMeeting},
    ThresholdKey{"attention.days_without_meeting_ret_og_pligt", &AttentionThresholds::daysWithoutMeetingRetOgPligt},
    ThresholdKey{"attention.hours_percent", &AttentionThresholds::hoursPercent},
    ThresholdKey{"attention.hours_weeks", &AttentionThresholds::hoursWeeks},
    ThresholdKey{"attention.ending_soon_days", &AttentionThresholds::endingSoonDays},
    ThresholdKey{"attention.chemistry_after_meetings", &AttentionThresholds::chemistryAfterMeetings},
};

// A text the law asks for is missing when it is NULL or only white space, as for activation
// (Course::activationProblems trims): the repository stores "  " as it was typed.
QString blank(const QString &column)
{
    return u"trim(coalesce(%1, ''), char(32, 9, 10, 11, 12, 13)) = ''"_s.arg(column);
}

// One row per open course with what the rules need, each figure from an index: the last held
// meeting and the held meetings since the current match was approved from meeting_held, the
// recent hours as HoursQueries::recent computes them.
// Binds :today, :window (first day of the hours window) and :course (a course id or 0 for all).
// Named, not numbered: QtSql counts every "?" as a value of its own, so "?1" used twice fails
// with "Parameter count mismatch" (Qt 6.4); a named parameter may occur many times.
const QString kCourseFacts =
    u"SELECT c.id, e.last_name || ', ' || e.first_name, m.last_name || ', ' || m.first_name, c.status, e.ret_og_pligt,"
    " c.start_date, "_s
    + blank(u"c.purpose"_s) + u", "_s + blank(u"c.mentor_tasks"_s) + u", "_s + blank(u"c.mentor_qualifications"_s)
    + u", c.next_review_date, c.planned_end_date, c.current_match_id IS NULL,"
    " EXISTS (SELECT 1 FROM agreement a WHERE a.course_id = c.id),"
    " (SELECT max(h.date) FROM meeting h WHERE h.course_id = c.id AND h.status = 'held' AND h.date <= :today),"
    " CASE WHEN x.state = 'approved' AND x.chemistry IS NULL THEN (SELECT count(*) FROM meeting h"
    "   WHERE h.course_id = c.id AND h.status = 'held' AND h.date >= substr(x.approved_at, 1, 10) AND h.date <= :today) END,"
    " CASE WHEN c.status = 'active' THEN "_s + hourssql::granted(u"c.id"_s, u":window, c.start_date"_s, u":today"_s) + u" END,"
    " CASE WHEN c.status = 'active' THEN "_s + hourssql::delivered(u"c.id"_s, u":window, c.start_date"_s, u":today"_s) + u" END"
    " FROM course c JOIN mentee e ON e.id = c.mentee_id LEFT JOIN match x ON x.id = c.current_match_id"
    " LEFT JOIN mentor m ON m.id = x.mentor_id"
    " WHERE c.status IN ('planned', 'active', 'paused') AND (:course = 0 OR c.id = :course)"
    " ORDER BY e.sort_key, c.id"_s;

QDate isoDate(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

QString AttentionItem::text() const
{
    const QLocale locale;
    const QString day = locale.toString(date, QLocale::ShortFormat);
    switch (rule) {
    case AttentionRule::NoRecentMeeting:
        return date.isValid() ? tr("No meeting held for %n day(s)", nullptr, number)
                              : tr("No meeting held since the course started %n day(s) ago", nullptr, number);
    case AttentionRule::HoursBelowGrant:
        return tr("Only %1 % of the granted hours delivered since %2").arg(number).arg(day);
    case AttentionRule::ReviewOverdue: return tr("Status review was due on %1").arg(day);
    case AttentionRule::EndingSoon:
        if (number == 0)
            return tr("Planned end today");
        return number > 0 ? tr("Planned end on %1, in %n day(s)", nullptr, number).arg(day)
                          : tr("Planned end on %1 has passed").arg(day);
    case AttentionRule::ChemistryCheckMissing:
        return tr("%n meeting(s) held with the mentor, no chemistry check recorded", nullptr, number);
    case AttentionRule::MissingPurpose: return tr("The purpose of the support is missing");
    case AttentionRule::MissingTasks: return tr("The mentor's tasks are missing");
    case AttentionRule::MissingQualifications: return tr("The mentor's qualifications are missing");
    case AttentionRule::NoAgreement: return tr("No mentor agreement has been printed");
    case AttentionRule::NoMentor: return tr("No mentor: the mentor change is not finished");
    }
    return {};
}

QList<AttentionItem> AttentionQueries::items(const QDate &today, const AttentionThresholds &limits) const
{
    return run(today, limits, 0);
}

QList<AttentionItem> AttentionQueries::forCourse(Id courseId, const QDate &today, const AttentionThresholds &limits) const
{
    return run(today, limits, courseId);
}

int AttentionQueries::courseCount(const QDate &today, const AttentionThresholds &limits) const
{
    return courseCountOf(run(today, limits, 0));
}

int AttentionQueries::courseCountOf(const QList<AttentionItem> &items)
{
    QSet<Id> courses;
    for (const AttentionItem &item : items)
        courses.insert(item.courseId);
    return int(courses.size());
}

QList<AttentionItem> AttentionQueries::run(const QDate &today, const AttentionThresholds &limits, Id onlyCourse) const
{
    QList<AttentionItem> items;
    const QDate windowStart = today.addDays(1 - 7 * limits.hoursWeeks);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kCourseFacts);
    q.bindValue(u":today"_s, today.toString(Qt::ISODate));
    q.bindValue(u":window"_s, windowStart.toString(Qt::ISODate));
    q.bindValue(u":course"_s, onlyCourse);
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "needs attention");
        return items;
    }
    while (q.next()) {
        const Id id = q.value(0).toLongLong();
        const QString mentee = q.value(1).toString();
        const QString mentor = q.value(2).toString();
        const auto status = fromCode<CourseStatus>(q.value(3).toString()).value_or(CourseStatus::Planned);
        const bool active = status == CourseStatus::Active;
        const auto add = [&](AttentionRule rule, const QDate &date = {}, int number = 0) {
            items.append({id, rule, mentee, mentor, date, number});
        };

        if (status != CourseStatus::Planned && q.value(11).toBool())
            add(AttentionRule::NoMentor);
        if (active) {
            const int limit = q.value(4).toBool() ? limits.daysWithoutMeetingRetOgPligt : limits.daysWithoutMeeting;
            const QDate last = isoDate(q.value(13));
            const QDate since = last.isValid() ? last : isoDate(q.value(5));
            if (since.isValid() && since.daysTo(today) > limit)
                add(AttentionRule::NoRecentMeeting, last, int(since.daysTo(today)));
            const HoursFigures recent{q.value(15).toDouble(), q.value(16).toDouble(), 0};
            if (recent.hasGap(limits.hoursPercent))
                add(AttentionRule::HoursBelowGrant, std::max(windowStart, isoDate(q.value(5))),
                    recent.percent());
        }
        if (const QDate review = isoDate(q.value(9)); review.isValid() && review < today)
            add(AttentionRule::ReviewOverdue, review, int(review.daysTo(today)));
        if (const QDate end = isoDate(q.value(10));
            status != CourseStatus::Planned && end.isValid() && today.daysTo(end) <= limits.endingSoonDays)
            add(AttentionRule::EndingSoon, end, int(today.daysTo(end)));
        if (active && !q.value(14).isNull() && q.value(14).toInt() >= limits.chemistryAfterMeetings)
            add(AttentionRule::ChemistryCheckMissing, {}, q.value(14).toInt());
        if (q.value(6).toBool())
            add(AttentionRule::MissingPurpose);
        if (q.value(7).toBool())
            add(AttentionRule::MissingTasks);
        if (q.value(8).toBool())
            add(AttentionRule::MissingQualifications);
        if (!q.value(12).toBool())
            add(AttentionRule::NoAgreement);
    }
    // Most urgent rule first; within a rule the query's Danish name order stays.
    std::stable_sort(items.begin(), items.end(),
                     [](const AttentionItem &a, const AttentionItem &b) { return urgency(a.rule) < urgency(b.rule); });
    return items;
}

AttentionThresholds AttentionQueries::thresholds() const
{
    AttentionThresholds limits;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM setting WHERE key LIKE 'attention.%'"_s)) {
        SqlErrors::userMessage(q.lastError(), "read thresholds");
        return limits;
    }
    while (q.next()) {
        bool ok = false;
        const int value = q.value(1).toInt(&ok);
        for (const ThresholdKey &k : kThresholdKeys)
            if (ok && value >= 0 && q.value(0).toString() == QLatin1StringView(k.key))
                limits.*k.field = value;
    }
    return limits;
}

Status AttentionQueries::setThresholds(const AttentionThresholds &limits)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (const ThresholdKey &k : kThresholdKeys) {
        q.addBindValue(QString::fromLatin1(k.key));
        q.addBindValue(QString::number(limits.*k.field));
        if (!q.exec())
            return Status::failure(SqlErrors::userMessage(q.lastError(), "save thresholds"));
    }
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return {};
}

} // namespace mentordesk::storage
