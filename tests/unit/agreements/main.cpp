// The Catch2 runner for the agreements: an offscreen QGuiApplication, because QTextDocument and
// QPdfWriter need one (DESIGN.md §1), for the whole run.
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
