#pragma once

#include <QStringList>

// Made-up but realistic Danish material for demo data. No real persons.
namespace mentordesk::demo::vocabulary {

extern const QStringList kFemaleNames;
extern const QStringList kMaleNames;
extern const QStringList kImmigrantFemaleNames;
extern const QStringList kImmigrantMaleNames;
extern const QStringList kLastNames;
extern const QStringList kImmigrantLastNames;
extern const QStringList kPostcodes;  // "8000 Aarhus C"
extern const QStringList kStreets;
extern const QStringList kLanguages;
extern const QStringList kInterests;
extern const QStringList kQualifications;
extern const QStringList kOrganisations;
extern const QStringList kNeeds;
extern const QStringList kGoals;
extern const QStringList kPurposes;  // in step with kTasks: internship, school, money and post, settling in
extern const QStringList kTasks;
extern const QStringList kMeetingNotes;
extern const QStringList kBeforeNext;
extern const QStringList kLogbook;
extern const QStringList kPlaces;

// The course's life after the start (status reviews, mentor changes, endings, agreements).
extern const QStringList kCoordinators;        // who makes the status reviews
extern const QStringList kMenteeAssessments;   // the mentee's own view: more modest [003]
extern const QStringList kMentorAssessments;   // the mentor's view: more positive [003]
extern const QStringList kReviewAnswers;       // answers to the guide's status questions [002]
extern const QStringList kHoursNotChecked;     // why the delivered hours could not be checked
extern const QStringList kReviseGoalsNotes;
extern const QStringList kNoChemistryReasons;  // why a mentor was changed after the first meetings
extern const QStringList kMentorChangeLog;
extern const QStringList kQuietLog;            // no contact for weeks
// The final status of an ending (strengths and what is still hard [002]), by reason.
extern const QStringList kFinalStatusJob;
extern const QStringList kFinalStatusEducation;
extern const QStringList kFinalStatusGoals;        // goals reached, in an active offer
extern const QStringList kFinalStatusMoved;
extern const QStringList kFinalStatusOtherSupport;
extern const QStringList kFinalStatusExpired;      // grant expired, possibilities exhausted
extern const QStringList kFinalStatusWithdrew;
extern const QStringList kFinalStatusMentorStopped;
extern const QString kEndingConversationLog;
extern const QString kEndingCaseworkerLog;
extern const QStringList kContactAgreements;
extern const QStringList kCancellationRules;
extern const QStringList kProgressNotes;       // on a goal

} // namespace mentordesk::demo::vocabulary
