#pragma once

#include "database.h"
#include "domain/recordmeta.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace mentordesk::storage {

// One event of a course's history, for the timeline view.
struct TimelineEvent {
    enum class Kind { Proposed, Approved, MatchEnded, Grant, Phase, Goal, Meeting, Logbook, Review, Agreement, Ending };
    QDate date;
    Kind kind = Kind::Meeting;
    domain::Id entityId = 0;
    QString title;   // in the user's language: "Meeting held, 60 min", "Phase: Goals and direction"
    QString detail;  // a short excerpt (names, note, reason); may be empty
};

class TimelineQueries {
    Q_DECLARE_TR_FUNCTIONS(TimelineQueries)
public:
    explicit TimelineQueries(Database &db) : m_db(db) {}

    // Every event of the course, newest first.
    QList<TimelineEvent> forCourse(domain::Id courseId) const;

private:
    Database &m_db;
};

} // namespace mentordesk::storage
