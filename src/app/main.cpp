#include "mainwindow.h"

#include "i18n/translations.h"
#include "logging/logging.h"
#include "storage/defaultpaths.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace mentordesk;

namespace {

// Quits once the window has painted for the first time: the start-up benchmark measures the
// process from exec to exit with this option.
class FirstPaintQuitter : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"MentorDesk"_s);
    QApplication::setApplicationName(u"mentordesk"_s);
    QApplication::setApplicationDisplayName(u"MentorDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));

    logging::setupLogging(storage::defaultLogDirectory(), u"mentordesk.log"_s);
    QSettings settings;
    i18n::Translations translations;
    translations.apply(i18n::languageFromCode(settings.value(u"language"_s).toString()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "MentorDesk: case management for mentor coordinators."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QApplication::translate("main", "The database file (default: the last file used, or %1).").arg(storage::defaultDatabasePath()),
        QApplication::translate("main", "FILE"));
    const QCommandLineOption quitAfterPaint(u"quit-after-first-paint"_s,
                                            QApplication::translate("main", "Quit as soon as the window is shown (for benchmarks)."));
    parser.addOptions({dbOption, quitAfterPaint});
    parser.process(app);

    gui::MainWindow window(settings, translations);
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        const QString last = settings.value(u"lastDatabase"_s).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : storage::defaultDatabasePath();
    }
    const bool isNewFile = !QFileInfo::exists(path);
    const QString error = window.openDatabase(path, storage::Database::Mode::CreateIfMissing);

    FirstPaintQuitter quitter;
    if (parser.isSet(quitAfterPaint))
        window.installEventFilter(&quitter);
    window.show();
    if (parser.isSet(quitAfterPaint))
        return QApplication::exec();

    if (!error.isEmpty())
        QMessageBox::warning(&window, gui::MainWindow::tr("The database cannot be opened"), error);
    else if (isNewFile)
        QTimer::singleShot(0, &window, &gui::MainWindow::offerDemoDataIfEmpty);
    return QApplication::exec();
}
