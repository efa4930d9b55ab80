#include "timelinequeries.h"

#include "sqlerrors.h"

#include "domain/enums.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using Kind = mentordesk::storage::TimelineEvent::Kind;

namespace mentordesk::storage {

namespace {

// Every source as (day, kind, id, a, b, c, at): the raw values the titles are made from, and
// when the event was recorded, which orders the events of one day (the approval above the
// proposal of the same morning). Dates of stamps (UTC) are cut to their day.
// Binds :course. Named, not numbered: QtSql counts every "?" as a value of its own, so "?1" used
// ten times failed with "Parameter count mismatch" (Qt 6.4) and the timeline was always empty;
// a named parameter may occur many times.
const QString kEvents =
    u"SELECT substr(proposed_at, 1, 10), 'proposed', x.id, m.first_name || ' ' || m.last_name, x.score, NULL, proposed_at"
    "  FROM match x JOIN mentor m ON m.id = x.mentor_id WHERE x.course_id = :course"
    " UNION ALL SELECT substr(approved_at, 1, 10), 'approved', x.id, m.first_name || ' ' || m.last_name, NULL, NULL, approved_at"
    "  FROM match x JOIN mentor m ON m.id = x.mentor_id WHERE x.course_id = :course AND x.approved_at IS NOT NULL"
    " UNION ALL SELECT substr(decided_at, 1, 10), x.state, x.id, m.first_name || ' ' || m.last_name, x.reason, x.end_reason, decided_at"
    "  FROM match x JOIN mentor m ON m.id = x.mentor_id WHERE x.course_id = :course AND x.decided_at IS NOT NULL"
    "   AND x.state <> 'approved'"
    " UNION ALL SELECT from_date, 'grant', id, hours_per_week, to_date, NULL, created_at FROM course_grant WHERE course_id = :course"
    " UNION ALL SELECT entered_on, 'phase', id, phase, note, NULL, created_at FROM phase_entry WHERE course_id = :course"
    " UNION ALL SELECT substr(created_at, 1, 10), 'goal', id, text, status, NULL, created_at FROM goal WHERE course_id = :course"
    " UNION ALL SELECT date, 'meeting', id, status, minutes, coalesce(before_next, note, place), created_at FROM meeting WHERE course_id = :course"
    " UNION ALL SELECT date, 'logbook', id, author, text, NULL, created_at FROM logbook_entry WHERE course_id = :course"
    " UNION ALL SELECT date, 'review', id, decision, hours_delivered_checked, hours_note, created_at FROM status_review WHERE course_id = :course"
    " UNION ALL SELECT substr(printed_at, 1, 10), 'agreement', id, version, language, NULL, printed_at FROM agreement WHERE course_id = :course"
    " UNION ALL SELECT end_date, 'ending', id, reason, outcome, final_status, created_at FROM course_ending WHERE course_id = :course"
    " ORDER BY 1 DESC, 7 DESC, 3 DESC"_s;

// The first line of a text, shortened for one row of the timeline.
QString excerpt(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() > 140 ? line.left(139) + u'…' : line;
}

template <typename E>
QString labelOf(const QVariant &code)
{
    const std::optional<E> value = fromCode<E>(code.toString());
    return value ? label(*value) : code.toString();
}

} // namespace

QList<TimelineEvent> TimelineQueries::forCourse(Id courseId) const
{
    QList<TimelineEvent> events;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kEvents);
    q.bindValue(u":course"_s, courseId);
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "timeline");
        return events;
    }
    const QLocale locale;
    while (q.next()) {
        TimelineEvent e;
        e.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        e.entityId = q.value(2).toLongLong();
        const QString source = q.value(1).toString();
        const QVariant a = q.value(3), b = q.value(4), c = q.value(5);
        if (source == u"proposed") {
            e.kind = Kind::Proposed;
            e.title = tr("Mentor proposed: %1").arg(a.toString());
            e.detail = b.isNull() ? QString() : tr("Score %1").arg(b.toInt());
        } else if (source == u"approved" || source == u"ended" || source == u"rejected" || source == u"withdrawn") {
            const auto state = fromCode<MatchState>(source).value_or(MatchState::Approved);
            // Only an approval opens the pairing; an end, rejection or withdrawal closes one.
            e.kind = state == MatchState::Approved ? Kind::Approved : Kind::MatchEnded;
            e.title = tr("Match %1: %2").arg(label(state).toLower(), a.toString());
            e.detail = c.isNull() ? excerpt(b.toString()) : labelOf<MatchEndReason>(c) + u" — "_s + excerpt(b.toString());
        } else if (source == u"grant") {
            e.kind = Kind::Grant;
            e.title = tr("Grant: %1 hours a week until %2")
                          .arg(locale.toString(a.toDouble(), 'f', 1),
                               locale.toString(QDate::fromString(b.toString(), Qt::ISODate), QLocale::ShortFormat));
        } else if (source == u"phase") {
            e.kind = Kind::Phase;
            e.title = tr("Phase: %1").arg(labelOf<Phase>(a));
            e.detail = excerpt(b.toString());
        } else if (source == u"goal") {
            e.kind = Kind::Goal;
            e.title = tr("Goal set (%1)").arg(labelOf<GoalStatus>(b).toLower());
            e.detail = excerpt(a.toString());
        } else if (source == u"meeting") {
            e.kind = Kind::Meeting;
            const auto status = fromCode<MeetingStatus>(a.toString()).value_or(MeetingStatus::Planned);
            e.title = status == MeetingStatus::Held ? tr("Meeting held, %n minute(s)", nullptr, b.toInt())
                                                     : tr("Meeting: %1").arg(label(status).toLower());
            e.detail = excerpt(c.toString());
        } else if (source == u"logbook") {
            e.kind = Kind::Logbook;
            e.title = tr("Logbook entry by %1").arg(labelOf<LogAuthor>(a).toLower());
            e.detail = excerpt(b.toString());
        } else if (source == u"review") {
            e.kind = Kind::Review;
            e.title = tr("Status review: %1").arg(labelOf<ReviewDecision>(a).toLower());
            e.detail = b.toBool() ? tr("Delivered hours checked") : tr("Delivered hours not checked");
            if (!c.isNull())
                e.detail += u" — "_s + excerpt(c.toString());
        } else if (source == u"agreement") {
            e.kind = Kind::Agreement;
            e.title = tr("Agreement version %1 printed (%2)").arg(a.toInt()).arg(labelOf<AgreementLanguage>(b).toLower());
        } else if (source == u"ending") {
            e.kind = Kind::Ending;
            e.title = tr("Course ended: %1").arg(labelOf<EndingReason>(a).toLower());
            e.detail = tr("Outcome: %1").arg(labelOf<Outcome>(b).toLower());
            if (!c.isNull())
                e.detail += u" — "_s + excerpt(c.toString());
        } else {
            continue;
        }
        events.append(e);
    }
    return events;
}

} // namespace mentordesk::storage
