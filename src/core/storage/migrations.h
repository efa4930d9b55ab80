#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk::storage {

// Written into the file header by step 1, so a SQLite file of another program is told apart
// from a MentorDesk file ("MDK1").
constexpr int kApplicationId = 0x4D444B31;

// Step k moves the schema from version k-1 to k. A released step is never edited; a fix is a
// new step. Each statement is run on its own: QSQLITE executes one statement per call.
struct MigrationStep {
    int version;
    QStringList statements;
};

const QList<MigrationStep> &migrationSteps();
int latestSchemaVersion();

} // namespace mentordesk::storage
