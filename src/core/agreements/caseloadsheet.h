#pragma once

#include "domain/recordmeta.h"

#include <QCoreApplication>
#include <optional>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::agreements {

// A mentor's caseload sheet: the mentor's capacity and hours, and each open course with its
// mentee, period, hours granted against delivered, last meeting and next review. In the
// program's language.
class CaseloadSheet {
    Q_DECLARE_TR_FUNCTIONS(CaseloadSheet)
public:
    // None when the mentor does not exist.
    static std::optional<QString> html(storage::Database &db, domain::Id mentorId);
};

} // namespace mentordesk::agreements
