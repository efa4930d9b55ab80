#include "cli.h"

#include "i18n/translations.h"
#include "logging/logging.h"
#include "storage/defaultpaths.h"

#include <QGuiApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Agreements are laid out by QTextDocument, which needs a QGuiApplication; the CLI has no
    // windows, so it never needs a display (DESIGN.md §1).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"MentorDesk"_s);
    QCoreApplication::setApplicationName(u"mentordesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));

    mentordesk::logging::setupLogging(mentordesk::storage::defaultLogDirectory(), u"mentordesk-cli.log"_s);
    mentordesk::i18n::Translations translations;
    translations.apply(mentordesk::i18n::languageFromCode(QSettings().value(u"language"_s).toString()));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return mentordesk::cli::Cli(out, err).run(QCoreApplication::arguments());
}
