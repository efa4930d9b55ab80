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

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"MentorDesk"_s);
    QCoreApplication::setApplicationName(u"mentordesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(MENTORDESK_VERSION));
}

const QString kDbOption = u"db"_s;
const QString kQuitAfterPaint = u"quit-after-first-paint"_s;

// The options, described in the user's language (so call after the translations are in).
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "MentorDesk: case management for mentor coordinators."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {kDbOption,
         QCoreApplication::translate("main", "The database file (default: the last file used, or %1).").arg(storage::defaultDatabasePath()),
         QCoreApplication::translate("main", "FILE")},
        {kQuitAfterPaint, QCoreApplication::translate("main", "Quit as soon as the window is shown (for benchmarks).")},
    });
}

// --help and --version must work in a terminal without a display, where QApplication aborts.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-v", "--version", "-?"})
            if (qstrcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (wantsTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationNames();
        i18n::Translations translations;
        translations.apply(i18n::languageFromCode(QSettings().value(u"language"_s).toString()));
        QCommandLineParser parser;
        describeOptions(parser);
        parser.process(app);  // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QApplication::setApplicationDisplayName(u"MentorDesk"_s);

    logging::setupLogging(storage::defaultLogDirectory(), u"mentordesk.log"_s);
    QSettings settings;
    i18n::Translations translations;
    translations.apply(i18n::languageFromCode(settings.value(u"language"_s).toString()));

    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    gui::MainWindow window(settings, translations);
    QString path = parser.value(kDbOption);
    if (path.isEmpty()) {
        const QString last = settings.value(u"lastDatabase"_s).toString();
        path = !last.isEmpty() && QFileInfo::exists(last) ? last : storage::defaultDatabasePath();
    }
    const bool isNewFile = !QFileInfo::exists(path);
    const QString error = window.openDatabase(path, storage::Database::Mode::CreateIfMissing);

    FirstPaintQuitter quitter;
    if (parser.isSet(kQuitAfterPaint))
        window.installEventFilter(&quitter);
    window.show();
    if (parser.isSet(kQuitAfterPaint))
        return QApplication::exec();

    if (!error.isEmpty())
        QMessageBox::warning(&window, QCoreApplication::translate("main", "The database cannot be opened"), error);
    else if (isNewFile)
        QTimer::singleShot(0, &window, &gui::MainWindow::offerDemoDataIfEmpty);
    return QApplication::exec();
}
