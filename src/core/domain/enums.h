#pragma once

// Every enum of the domain with its stable code and translatable label.
// Codes are stored in the database and written to CSV: never change a released one.

#include "enumcodec.h"

namespace mentordesk::domain {

// The mentor's type (DOMAIN.md §1); codes match the CSV contract of issue 4.
enum class MentorType { Professional, Teacher, Student, Workplace, External, Volunteer, Other };
template <>
struct EnumTraits<MentorType> {
    static constexpr std::array<EnumEntry<MentorType>, 7> entries{{
        {MentorType::Professional, "professional", QT_TRANSLATE_NOOP("Enum", "Full-time mentor")},
        {MentorType::Teacher, "teacher", QT_TRANSLATE_NOOP("Enum", "Part-time or teacher mentor")},
        {MentorType::Student, "student", QT_TRANSLATE_NOOP("Enum", "Student mentor")},
        {MentorType::Workplace, "workplace", QT_TRANSLATE_NOOP("Enum", "Workplace mentor")},
        {MentorType::External, "external", QT_TRANSLATE_NOOP("Enum", "External provider")},
        {MentorType::Volunteer, "volunteer", QT_TRANSLATE_NOOP("Enum", "Volunteer mentor")},
        {MentorType::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other mentor function")},
    }};
};

enum class MentorStatus { Active, Paused, Archived };
template <>
struct EnumTraits<MentorStatus> {
    static constexpr std::array<EnumEntry<MentorStatus>, 3> entries{{
        {MentorStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},
        {MentorStatus::Paused, "paused", QT_TRANSLATE_NOOP("Enum", "Paused")},
        {MentorStatus::Archived, "archived", QT_TRANSLATE_NOOP("Enum", "Archived")},
    }};
};

enum class MenteeStatus { Waiting, Matched, InCourse, Ended, Archived };
template <>
struct EnumTraits<MenteeStatus> {
    static constexpr std::array<EnumEntry<MenteeStatus>, 5> entries{{
        {MenteeStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("Enum", "Waiting")},
        {MenteeStatus::Matched, "matched", QT_TRANSLATE_NOOP("Enum", "Matched")},
        {MenteeStatus::InCourse, "in_course", QT_TRANSLATE_NOOP("Enum", "In course")},
        {MenteeStatus::Ended, "ended", QT_TRANSLATE_NOOP("Enum", "Ended")},
        {MenteeStatus::Archived, "archived", QT_TRANSLATE_NOOP("Enum", "Archived")},
    }};
};

enum class Gender { Female, Male, Other };
template <>
struct EnumTraits<Gender> {
    static constexpr std::array<EnumEntry<Gender>, 3> entries{{
        {Gender::Female, "female", QT_TRANSLATE_NOOP("Enum", "Female")},
        {Gender::Male, "male", QT_TRANSLATE_NOOP("Enum", "Male")},
        {Gender::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
};

enum class SchemeContext { Jobcentre, VocationalSchool, VolunteerOrg, Workplace, Other };
template <>
struct EnumTraits<SchemeContext> {
    static constexpr std::array<EnumEntry<SchemeContext>, 5> entries{{
        {SchemeContext::Jobcentre, "jobcentre", QT_TRANSLATE_NOOP("Enum", "Jobcentre")},
        {SchemeContext::VocationalSchool, "vocational_school", QT_TRANSLATE_NOOP("Enum", "Vocational school")},
        {SchemeContext::VolunteerOrg, "volunteer_org", QT_TRANSLATE_NOOP("Enum", "Volunteer organisation")},
        {SchemeContext::Workplace, "workplace", QT_TRANSLATE_NOOP("Enum", "Workplace")},
        {SchemeContext::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
};

enum class TargetGroup { ActivityReadyCashBenefit, ActivityReadyEducationBenefit, JobReady, SicknessBenefit, ResourceProgramme, FlexJob, Employed, YoungInEducation, VocationalStudent, RefugeeImmigrant, Other };
template <>
struct EnumTraits<TargetGroup> {
    static constexpr std::array<EnumEntry<TargetGroup>, 11> entries{{
        {TargetGroup::ActivityReadyCashBenefit, "activity_ready_cash_benefit", QT_TRANSLATE_NOOP("Enum", "Activity-ready, cash benefit")},
        {TargetGroup::ActivityReadyEducationBenefit, "activity_ready_education_benefit", QT_TRANSLATE_NOOP("Enum", "Activity-ready, education benefit")},
        {TargetGroup::JobReady, "job_ready", QT_TRANSLATE_NOOP("Enum", "Job-ready")},
        {TargetGroup::SicknessBenefit, "sickness_benefit", QT_TRANSLATE_NOOP("Enum", "Sickness benefit")},
        {TargetGroup::ResourceProgramme, "resource_programme", QT_TRANSLATE_NOOP("Enum", "Resource programme")},
        {TargetGroup::FlexJob, "flex_job", QT_TRANSLATE_NOOP("Enum", "Flex job")},
        {TargetGroup::Employed, "employed", QT_TRANSLATE_NOOP("Enum", "Employed")},
        {TargetGroup::YoungInEducation, "young_in_education", QT_TRANSLATE_NOOP("Enum", "Young person in education")},
        {TargetGroup::VocationalStudent, "vocational_student", QT_TRANSLATE_NOOP("Enum", "Vocational student")},
        {TargetGroup::RefugeeImmigrant, "refugee_immigrant", QT_TRANSLATE_NOOP("Enum", "Refugee or immigrant")},
        {TargetGroup::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
};

enum class DanishLevel { None, Basic, Intermediate, Fluent, Native };
template <>
struct EnumTraits<DanishLevel> {
    static constexpr std::array<EnumEntry<DanishLevel>, 5> entries{{
        {DanishLevel::None, "none", QT_TRANSLATE_NOOP("Enum", "No Danish")},
        {DanishLevel::Basic, "basic", QT_TRANSLATE_NOOP("Enum", "Basic")},
        {DanishLevel::Intermediate, "intermediate", QT_TRANSLATE_NOOP("Enum", "Intermediate")},
        {DanishLevel::Fluent, "fluent", QT_TRANSLATE_NOOP("Enum", "Fluent")},
        {DanishLevel::Native, "native", QT_TRANSLATE_NOOP("Enum", "Native")},
    }};
};

enum class MatchSource { Suggestion, Bulk, Manual };
template <>
struct EnumTraits<MatchSource> {
    static constexpr std::array<EnumEntry<MatchSource>, 3> entries{{
        {MatchSource::Suggestion, "suggestion", QT_TRANSLATE_NOOP("Enum", "Suggestion")},
        {MatchSource::Bulk, "bulk", QT_TRANSLATE_NOOP("Enum", "Bulk assignment")},
        {MatchSource::Manual, "manual", QT_TRANSLATE_NOOP("Enum", "Manual")},
    }};
};

enum class MatchState { Proposed, Approved, Rejected, Withdrawn, Ended };
template <>
struct EnumTraits<MatchState> {
    static constexpr std::array<EnumEntry<MatchState>, 5> entries{{
        {MatchState::Proposed, "proposed", QT_TRANSLATE_NOOP("Enum", "Proposed")},
        {MatchState::Approved, "approved", QT_TRANSLATE_NOOP("Enum", "Approved")},
        {MatchState::Rejected, "rejected", QT_TRANSLATE_NOOP("Enum", "Rejected")},
        {MatchState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Enum", "Withdrawn")},
        {MatchState::Ended, "ended", QT_TRANSLATE_NOOP("Enum", "Ended")},
    }};
};

enum class Chemistry { Ok, NotOk };
template <>
struct EnumTraits<Chemistry> {
    static constexpr std::array<EnumEntry<Chemistry>, 2> entries{{
        {Chemistry::Ok, "ok", QT_TRANSLATE_NOOP("Enum", "Chemistry works")},
        {Chemistry::NotOk, "not_ok", QT_TRANSLATE_NOOP("Enum", "No chemistry")},
    }};
};

enum class MatchEndReason { NoChemistry, MenteeRequest, MentorRequest, MentorUnavailable, CourseEnded, Other };
template <>
struct EnumTraits<MatchEndReason> {
    static constexpr std::array<EnumEntry<MatchEndReason>, 6> entries{{
        {MatchEndReason::NoChemistry, "no_chemistry", QT_TRANSLATE_NOOP("Enum", "No chemistry")},
        {MatchEndReason::MenteeRequest, "mentee_request", QT_TRANSLATE_NOOP("Enum", "Mentee's request")},
        {MatchEndReason::MentorRequest, "mentor_request", QT_TRANSLATE_NOOP("Enum", "Mentor's request")},
        {MatchEndReason::MentorUnavailable, "mentor_unavailable", QT_TRANSLATE_NOOP("Enum", "Mentor unavailable")},
        {MatchEndReason::CourseEnded, "course_ended", QT_TRANSLATE_NOOP("Enum", "Course ended")},
        {MatchEndReason::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
};

enum class CourseStatus { Planned, Active, Paused, Ended, Cancelled };
template <>
struct EnumTraits<CourseStatus> {
    static constexpr std::array<EnumEntry<CourseStatus>, 5> entries{{
        {CourseStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
        {CourseStatus::Active, "active", QT_TRANSLATE_NOOP("Enum", "Active")},
        {CourseStatus::Paused, "paused", QT_TRANSLATE_NOOP("Enum", "Paused")},
        {CourseStatus::Ended, "ended", QT_TRANSLATE_NOOP("Enum", "Ended")},
        {CourseStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("Enum", "Cancelled")},
    }};
};

enum class CourseFunction { Individual, Shared };
template <>
struct EnumTraits<CourseFunction> {
    static constexpr std::array<EnumEntry<CourseFunction>, 2> entries{{
        {CourseFunction::Individual, "individual", QT_TRANSLATE_NOOP("Enum", "Individual mentor")},
        {CourseFunction::Shared, "shared", QT_TRANSLATE_NOOP("Enum", "Shared mentor (pladsmentor)")},
    }};
};

// The five phases of the volunteer guide [002], in order.
enum class Phase { Clarification, GoalsAndDirection, LongHaul, RoundingOff, Ending };
template <>
struct EnumTraits<Phase> {
    static constexpr std::array<EnumEntry<Phase>, 5> entries{{
        {Phase::Clarification, "clarification", QT_TRANSLATE_NOOP("Enum", "Clarification")},
        {Phase::GoalsAndDirection, "goals_direction", QT_TRANSLATE_NOOP("Enum", "Goals and direction")},
        {Phase::LongHaul, "long_haul", QT_TRANSLATE_NOOP("Enum", "The long haul")},
        {Phase::RoundingOff, "rounding_off", QT_TRANSLATE_NOOP("Enum", "Rounding off")},
        {Phase::Ending, "ending", QT_TRANSLATE_NOOP("Enum", "Ending")},
    }};
};

enum class GoalKind { Goal, SubGoal };
template <>
struct EnumTraits<GoalKind> {
    static constexpr std::array<EnumEntry<GoalKind>, 2> entries{{
        {GoalKind::Goal, "goal", QT_TRANSLATE_NOOP("Enum", "Goal")},
        {GoalKind::SubGoal, "sub_goal", QT_TRANSLATE_NOOP("Enum", "Sub-goal")},
    }};
};

enum class GoalStatus { Open, Reached, Partly, Dropped };
template <>
struct EnumTraits<GoalStatus> {
    static constexpr std::array<EnumEntry<GoalStatus>, 4> entries{{
        {GoalStatus::Open, "open", QT_TRANSLATE_NOOP("Enum", "Open")},
        {GoalStatus::Reached, "reached", QT_TRANSLATE_NOOP("Enum", "Reached")},
        {GoalStatus::Partly, "partly", QT_TRANSLATE_NOOP("Enum", "Partly reached")},
        {GoalStatus::Dropped, "dropped", QT_TRANSLATE_NOOP("Enum", "Dropped")},
    }};
};

enum class MeetingForm { InPerson, Phone, Video, Text };
template <>
struct EnumTraits<MeetingForm> {
    static constexpr std::array<EnumEntry<MeetingForm>, 4> entries{{
        {MeetingForm::InPerson, "in_person", QT_TRANSLATE_NOOP("Enum", "In person")},
        {MeetingForm::Phone, "phone", QT_TRANSLATE_NOOP("Enum", "Phone")},
        {MeetingForm::Video, "video", QT_TRANSLATE_NOOP("Enum", "Video")},
        {MeetingForm::Text, "text", QT_TRANSLATE_NOOP("Enum", "Text message or e-mail")},
    }};
};

enum class MeetingKind { First, Ordinary, ThreeParty, Status, Ending };
template <>
struct EnumTraits<MeetingKind> {
    static constexpr std::array<EnumEntry<MeetingKind>, 5> entries{{
        {MeetingKind::First, "first", QT_TRANSLATE_NOOP("Enum", "First meeting")},
        {MeetingKind::Ordinary, "ordinary", QT_TRANSLATE_NOOP("Enum", "Ordinary meeting")},
        {MeetingKind::ThreeParty, "three_party", QT_TRANSLATE_NOOP("Enum", "Three-party meeting")},
        {MeetingKind::Status, "status", QT_TRANSLATE_NOOP("Enum", "Status meeting")},
        {MeetingKind::Ending, "ending", QT_TRANSLATE_NOOP("Enum", "Ending meeting")},
    }};
};

enum class MeetingStatus { Planned, Held, CancelledByMentee, CancelledByMentor, NoShow };
template <>
struct EnumTraits<MeetingStatus> {
    static constexpr std::array<EnumEntry<MeetingStatus>, 5> entries{{
        {MeetingStatus::Planned, "planned", QT_TRANSLATE_NOOP("Enum", "Planned")},
        {MeetingStatus::Held, "held", QT_TRANSLATE_NOOP("Enum", "Held")},
        {MeetingStatus::CancelledByMentee, "cancelled_by_mentee", QT_TRANSLATE_NOOP("Enum", "Cancelled by mentee")},
        {MeetingStatus::CancelledByMentor, "cancelled_by_mentor", QT_TRANSLATE_NOOP("Enum", "Cancelled by mentor")},
        {MeetingStatus::NoShow, "no_show", QT_TRANSLATE_NOOP("Enum", "No-show")},
    }};
};

enum class LogAuthor { Mentor, Mentee, Coordinator };
template <>
struct EnumTraits<LogAuthor> {
    static constexpr std::array<EnumEntry<LogAuthor>, 3> entries{{
        {LogAuthor::Mentor, "mentor", QT_TRANSLATE_NOOP("Enum", "Mentor")},
        {LogAuthor::Mentee, "mentee", QT_TRANSLATE_NOOP("Enum", "Mentee")},
        {LogAuthor::Coordinator, "coordinator", QT_TRANSLATE_NOOP("Enum", "Coordinator")},
    }};
};

enum class ReviewDecision { Continue, AdjustHours, ReviseGoals, ChangeMentor, RenewGrant, End };
template <>
struct EnumTraits<ReviewDecision> {
    static constexpr std::array<EnumEntry<ReviewDecision>, 6> entries{{
        {ReviewDecision::Continue, "continue", QT_TRANSLATE_NOOP("Enum", "Continue")},
        {ReviewDecision::AdjustHours, "adjust_hours", QT_TRANSLATE_NOOP("Enum", "Adjust hours")},
        {ReviewDecision::ReviseGoals, "revise_goals", QT_TRANSLATE_NOOP("Enum", "Revise goals")},
        {ReviewDecision::ChangeMentor, "change_mentor", QT_TRANSLATE_NOOP("Enum", "Change mentor")},
        {ReviewDecision::RenewGrant, "renew_grant", QT_TRANSLATE_NOOP("Enum", "Renew grant")},
        {ReviewDecision::End, "end", QT_TRANSLATE_NOOP("Enum", "End the course")},
    }};
};

enum class EndingReason { GoalsReached, ActiveOffer, Job, Education, PossibilitiesExhausted, MenteeWithdrew, Moved, MentorStopped, GrantExpired, OtherSupport, Other };
template <>
struct EnumTraits<EndingReason> {
    static constexpr std::array<EnumEntry<EndingReason>, 11> entries{{
        {EndingReason::GoalsReached, "goals_reached", QT_TRANSLATE_NOOP("Enum", "Goals reached")},
        {EndingReason::ActiveOffer, "active_offer", QT_TRANSLATE_NOOP("Enum", "In an active offer")},
        {EndingReason::Job, "job", QT_TRANSLATE_NOOP("Enum", "Job")},
        {EndingReason::Education, "education", QT_TRANSLATE_NOOP("Enum", "Education")},
        {EndingReason::PossibilitiesExhausted, "possibilities_exhausted", QT_TRANSLATE_NOOP("Enum", "Possibilities exhausted")},
        {EndingReason::MenteeWithdrew, "mentee_withdrew", QT_TRANSLATE_NOOP("Enum", "Mentee withdrew")},
        {EndingReason::Moved, "moved", QT_TRANSLATE_NOOP("Enum", "Moved")},
        {EndingReason::MentorStopped, "mentor_stopped", QT_TRANSLATE_NOOP("Enum", "Mentor stopped")},
        {EndingReason::GrantExpired, "grant_expired", QT_TRANSLATE_NOOP("Enum", "Grant expired")},
        {EndingReason::OtherSupport, "other_support", QT_TRANSLATE_NOOP("Enum", "Moved to other support")},
        {EndingReason::Other, "other", QT_TRANSLATE_NOOP("Enum", "Other")},
    }};
};

enum class Outcome { OrdinaryJob, FlexJob, Education, ActiveOffer, ResourceProgramme, KeptJobOrEducation, NoChange, Unknown };
template <>
struct EnumTraits<Outcome> {
    static constexpr std::array<EnumEntry<Outcome>, 8> entries{{
        {Outcome::OrdinaryJob, "ordinary_job", QT_TRANSLATE_NOOP("Enum", "Ordinary job")},
        {Outcome::FlexJob, "flex_job", QT_TRANSLATE_NOOP("Enum", "Flex job")},
        {Outcome::Education, "education", QT_TRANSLATE_NOOP("Enum", "Education")},
        {Outcome::ActiveOffer, "active_offer", QT_TRANSLATE_NOOP("Enum", "Active offer")},
        {Outcome::ResourceProgramme, "resource_programme", QT_TRANSLATE_NOOP("Enum", "Resource programme")},
        {Outcome::KeptJobOrEducation, "kept_job_or_education", QT_TRANSLATE_NOOP("Enum", "Kept job or education")},
        {Outcome::NoChange, "no_change", QT_TRANSLATE_NOOP("Enum", "No change")},
        {Outcome::Unknown, "unknown", QT_TRANSLATE_NOOP("Enum", "Unknown")},
    }};
};

enum class AgreementLanguage { Danish, English };
template <>
struct EnumTraits<AgreementLanguage> {
    static constexpr std::array<EnumEntry<AgreementLanguage>, 2> entries{{
        {AgreementLanguage::Danish, "da", QT_TRANSLATE_NOOP("Enum", "Danish")},
        {AgreementLanguage::English, "en", QT_TRANSLATE_NOOP("Enum", "English")},
    }};
};

enum class AuditAction { Read, Search, Create, Update, Export, Print, Erase };
template <>
struct EnumTraits<AuditAction> {
    static constexpr std::array<EnumEntry<AuditAction>, 7> entries{{
        {AuditAction::Read, "read", QT_TRANSLATE_NOOP("Enum", "Read")},
        {AuditAction::Search, "search", QT_TRANSLATE_NOOP("Enum", "Search")},
        {AuditAction::Create, "create", QT_TRANSLATE_NOOP("Enum", "Create")},
        {AuditAction::Update, "update", QT_TRANSLATE_NOOP("Enum", "Update")},
        {AuditAction::Export, "export", QT_TRANSLATE_NOOP("Enum", "Export")},
        {AuditAction::Print, "print", QT_TRANSLATE_NOOP("Enum", "Print")},
        {AuditAction::Erase, "erase", QT_TRANSLATE_NOOP("Enum", "Erase")},
    }};
};

} // namespace mentordesk::domain
