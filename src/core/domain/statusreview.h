#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>

namespace mentordesk::domain {

// A status review (status / opfølgning). The hours check answers the 2019 audit's finding that
// a third of cases had no follow-up of delivered hours [001].
struct StatusReview {
    Id id = 0;
    Id courseId = 0;
    QDate date;
    QString reviewedBy;
    QString menteeAssessment;  // kept apart from the mentor's: they differ a lot [003]
    QString mentorAssessment;
    QString answers;           // the guide's status questions [002]
    bool hoursDeliveredChecked = false;
    QString hoursNote;
    ReviewDecision decision = ReviewDecision::Continue;
    QDate nextReview;
    RecordMeta meta;

    Errors validate(const QDate &today) const;

    Q_DECLARE_TR_FUNCTIONS(StatusReview)
};

} // namespace mentordesk::domain
