#include "nextmeeting.h"

#include <algorithm>
#include <tuple>

namespace mentordesk::domain {

namespace {
// Weekly meetings are the usual start of a course [002], and ret-og-pligt needs them [003].
constexpr int kDefaultGapDays = 7;
} // namespace

Meeting nextMeeting(const QList<Meeting> &meetings, Id courseId, const QDate &today)
{
    Meeting next;
    next.courseId = courseId;
    next.status = MeetingStatus::Planned;
    QList<Meeting> dated;
    for (const Meeting &m : meetings)
        if (m.date.isValid())
            dated << m;
    if (dated.isEmpty()) {
        next.date = today;
        return next;
    }
    const auto later = [](const Meeting &a, const Meeting &b) {
        return std::tie(a.date, a.start, a.id) > std::tie(b.date, b.start, b.id);
    };
    std::sort(dated.begin(), dated.end(), later);
    const Meeting &last = dated.at(0);
    const qint64 gap = dated.size() > 1 ? dated.at(1).date.daysTo(last.date) : 0;
    next.date = last.date.addDays(gap > 0 ? gap : kDefaultGapDays);
    next.start = last.start;
    next.minutes = last.minutes;
    next.place = last.place;
    next.form = last.form;
    return next;
}

} // namespace mentordesk::domain
