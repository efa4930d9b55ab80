// The Catch2 runner: a QCoreApplication exists for the whole run (translations, QSqlDatabase).
#define CATCH_CONFIG_RUNNER
#include "qtcatch.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Keep warnings (they explain a failure), drop the routine "migrated to version 1" lines.
    QLoggingCategory::setFilterRules(QStringLiteral("mentordesk.*.info=false"));
    return Catch::Session().run(argc, argv);
}
