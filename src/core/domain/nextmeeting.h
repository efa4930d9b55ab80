#pragma once

#include "meeting.h"

#include <QList>

namespace mentordesk::domain {

// The "next meeting" quick entry: a planned meeting like the course's last one (same start,
// duration, place and form), dated the gap between the last two meetings later, or a week
// when there is no such gap. Without earlier meetings it is a planned meeting `today`.
// `meetings` are the course's meetings in any order.
Meeting nextMeeting(const QList<Meeting> &meetings, Id courseId, const QDate &today);

} // namespace mentordesk::domain
