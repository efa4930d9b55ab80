// The Catch2 runner: a QCoreApplication exists for the whole run (translations, QSqlDatabase).
#define CATCH_CONFIG_RUNNER
#include "qtcatch.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
