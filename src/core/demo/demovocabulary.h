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
extern const QStringList kPurposes;
extern const QStringList kTasks;
extern const QStringList kMeetingNotes;
extern const QStringList kBeforeNext;
extern const QStringList kLogbook;
extern const QStringList kPlaces;

} // namespace mentordesk::demo::vocabulary
