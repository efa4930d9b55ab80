#pragma once

#include "storage/attentionqueries.h"

#include <QColor>
#include <QCoreApplication>

namespace mentordesk::gui {

// The places of the course page that an item can open.
enum class CoursePlace { Purpose, Tasks, Qualifications, NewMeeting, Hours, NewReview, Chemistry, MentorChange, Agreement };

// Where a needs-attention item is fixed, how urgent it looks and what opening it does.
struct AttentionPlace {
    Q_DECLARE_TR_FUNCTIONS(AttentionPlace)
public:
    storage::AttentionRule rule = storage::AttentionRule::NoRecentMeeting;
    CoursePlace place = CoursePlace::NewMeeting;

    static AttentionPlace of(storage::AttentionRule rule);
    // What opening the item does, for its tooltip.
    QString hint() const;
    // Red for support not delivered, amber for dates, blue-grey for paperwork.
    QColor marker() const;
};

} // namespace mentordesk::gui
