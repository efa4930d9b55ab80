#include "attentionplace.h"

using mentordesk::storage::AttentionRule;

namespace mentordesk::gui {

AttentionPlace AttentionPlace::of(AttentionRule rule)
{
    switch (rule) {
    case AttentionRule::NoRecentMeeting: return {rule, CoursePlace::NewMeeting};
    case AttentionRule::HoursBelowGrant: return {rule, CoursePlace::Hours};
    case AttentionRule::ReviewOverdue: return {rule, CoursePlace::NewReview};
    case AttentionRule::EndingSoon: return {rule, CoursePlace::NewReview};
    case AttentionRule::ChemistryCheckMissing: return {rule, CoursePlace::Chemistry};
    case AttentionRule::MissingPurpose: return {rule, CoursePlace::Purpose};
    case AttentionRule::MissingTasks: return {rule, CoursePlace::Tasks};
    case AttentionRule::MissingQualifications: return {rule, CoursePlace::Qualifications};
    case AttentionRule::NoAgreement: return {rule, CoursePlace::Agreement};
    case AttentionRule::NoMentor: return {rule, CoursePlace::MentorChange};
    }
    return {rule, CoursePlace::NewMeeting};
}

QString AttentionPlace::hint() const
{
    switch (place) {
    case CoursePlace::Purpose:
    case CoursePlace::Tasks:
    case CoursePlace::Qualifications: return tr("Opens the course form at the missing text");
    case CoursePlace::NewMeeting: return tr("Opens the course's meetings with a new meeting");
    case CoursePlace::Hours: return tr("Opens the course's hours granted and delivered");
    case CoursePlace::NewReview: return tr("Opens the course's status reviews with a new review");
    case CoursePlace::Chemistry: return tr("Opens the course to record the chemistry check");
    case CoursePlace::MentorChange: return tr("Opens the course to find a new mentor");
    case CoursePlace::Agreement: return tr("Opens the course's agreement details");
    }
    return {};
}

QColor AttentionPlace::marker() const
{
    switch (rule) {
    case AttentionRule::NoMentor:
    case AttentionRule::NoRecentMeeting:
    case AttentionRule::HoursBelowGrant: return QColor(0xc6, 0x28, 0x28);
    case AttentionRule::ReviewOverdue:
    case AttentionRule::EndingSoon:
    case AttentionRule::ChemistryCheckMissing: return QColor(0xe0, 0x8e, 0x0b);
    case AttentionRule::MissingPurpose:
    case AttentionRule::MissingTasks:
    case AttentionRule::MissingQualifications:
    case AttentionRule::NoAgreement: return QColor(0x54, 0x6e, 0x7a);
    }
    return {};
}

} // namespace mentordesk::gui
