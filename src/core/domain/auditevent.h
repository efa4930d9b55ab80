#pragma once

#include "enums.h"
#include "recordmeta.h"

namespace mentordesk::domain {

// Who did what to which record, and when. Never the personal data itself (DOMAIN.md §4).
struct AuditEvent {
    Id id = 0;
    QDateTime at;
    QString user;
    AuditAction action = AuditAction::Read;
    QString entity;  // table code, e.g. "mentee"
    Id entityId = 0;
};

} // namespace mentordesk::domain
