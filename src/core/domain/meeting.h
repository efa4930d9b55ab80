#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>
#include <QTime>
#include <optional>

namespace mentordesk::domain {

// A meeting or conversation (møde / samtale). Held meetings are the delivered contact hours.
struct Meeting {
    Id id = 0;
    Id courseId = 0;
    QDate date;
    QTime start;
    std::optional<int> minutes;  // 1–600, required when held
    QString place;
    MeetingForm form = MeetingForm::InPerson;
    std::optional<MeetingKind> kind;
    MeetingStatus status = MeetingStatus::Planned;
    QString note;         // written along the guide's five headings [002]
    QString beforeNext;   // "before we meet again we will…"
    RecordMeta meta;

    Errors validate(const QDate &today) const;
    bool isHeld() const { return status == MeetingStatus::Held; }

    Q_DECLARE_TR_FUNCTIONS(Meeting)
};

} // namespace mentordesk::domain
