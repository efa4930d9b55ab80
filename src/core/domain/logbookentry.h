#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>

namespace mentordesk::domain {

enum LogTag : quint8 { LogDecision = 1, LogProgress = 2, LogSmallWin = 4, LogTurningPoint = 8 };

// A logbook entry (logbog): short keywords on what was agreed and small wins [002].
struct LogbookEntry {
    Id id = 0;
    Id courseId = 0;
    QDate date;
    LogAuthor author = LogAuthor::Mentor;
    QString text;
    quint8 tags = 0;
    // Mentee confidentiality and reporting pull apart: only marked entries reach the caseworker.
    bool sharedWithCaseworker = false;
    RecordMeta meta;

    Errors validate(const QDate &today) const;

    Q_DECLARE_TR_FUNCTIONS(LogbookEntry)
};

} // namespace mentordesk::domain
