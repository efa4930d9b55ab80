// The Catch2 runner: an offscreen QGuiApplication exists for the whole run (translations,
// QSqlDatabase, and QTextDocument for the agreement PDFs, as in mentordesk-cli itself).
#define CATCH_CONFIG_RUNNER
#include "qtcatch.h"

#include <QGuiApplication>
#include <QLoggingCategory>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("mentordesk.*.info=false"));
    return Catch::Session().run(argc, argv);
}
