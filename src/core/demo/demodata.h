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
    int courses = 0;
    int meetings = 0;
    int logbookEntries = 0;
    int goals = 0;
};

// Fills a database with realistic, made-up Danish demo data: schemes, mentors, mentees, and for
// most mentees an approved match and a course with grant, goals, phases, meetings and logbook.
// Everything goes through the repositories (so validation and audit apply) in one transaction:
// on failure nothing is left behind. Deterministic for a given seed and `today`.
class DemoDataGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)
public:
    explicit DemoDataGenerator(storage::Database &db) : m_db(db) {}

    storage::Result<DemoSummary> generate(const DemoOptions &options);

private:
    storage::Database &m_db;
};

} // namespace mentordesk::demo
