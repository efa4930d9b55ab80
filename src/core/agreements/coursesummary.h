#pragma once

#include "domain/recordmeta.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::agreements {

// The printed course summary for the case file: who and when, hours granted against
// delivered, goals, phases, meetings with their hours, and the logbook. In the program's
// language; printed through DocumentPrinter like the agreement.
class CourseSummary {
    Q_DECLARE_TR_FUNCTIONS(CourseSummary)
public:
    // None when the course does not exist.
    static std::optional<QString> html(storage::Database &db, domain::Id courseId);
};

} // namespace mentordesk::agreements
