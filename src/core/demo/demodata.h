#pragma once

#include "storage/database.h"

#include <QDate>
#include <functional>

namespace mentordesk::demo {

struct DemoOptions {
    int mentors = 40;
    int mentees = 120;
    quint64 seed = 1;
    // Dates are placed around this day, so the same seed on the same day gives the same data.
    QDate today = QDate::currentDate();
};

struct DemoSummary {
    int schemes = 0;
    int mentors = 0;
    int mentees = 0;
    int courses = 0;         // every course, whatever its status
    int plannedCourses = 0;  // approved in the last days, still being written
    int endings = 0;         // courses ended (one ending each)
    int mentorChanges = 0;   // matches ended for no chemistry on a course that went on
    int meetings = 0;        // held, cancelled and the next ones in the calendar
    int logbookEntries = 0;
    int goals = 0;
    int statusReviews = 0;
    int agreements = 0;      // printed agreements, new mentors' versions included
};

// Fills a database with realistic, made-up Danish demo data: schemes, mentors, mentees, and for
// most mentees a course with its life so far (see DemoCourses): grants, goals, phases, meetings,
// logbook, chemistry check, status reviews, agreement, and for the older ones an ending.
// Everything goes through the repositories and workflows (so validation and audit apply) in one
// transaction: on failure nothing is left behind. Deterministic for a given seed and `today`.
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    explicit DemoDataGenerator(storage::Database &db) : m_db(db) {}

    storage::Result<DemoSummary> generate(const DemoOptions &options);

private:
    storage::Database &m_db;
};

} // namespace mentordesk::demo
