#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>
#include <optional>

namespace mentordesk::domain {

// The course entered a phase of the guide on a date. Going back a phase needs a note.
struct PhaseEntry {
    Id id = 0;
    Id courseId = 0;
    Phase phase = Phase::Clarification;
    QDate enteredOn;
    QString note;
    RecordMeta meta;

    // `previous` is the phase the course was in before this entry.
    Errors validate(std::optional<Phase> previous) const;

    Q_DECLARE_TR_FUNCTIONS(PhaseEntry)
};

} // namespace mentordesk::domain
