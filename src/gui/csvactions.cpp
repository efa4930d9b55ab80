#include "csvactions.h"

#include "dialogs/importdialog.h"

#include "storage/database.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

using csv::ExportKind;
using csv::Register;

CsvActions::CsvActions(QWidget *window, std::function<storage::Database *()> database)
    : QObject(window), m_window(window), m_database(std::move(database)), m_importMentors(new QAction(this)),
      m_importMentees(new QAction(this)), m_exportMenu(new QMenu(window))
{
    connect(m_importMentors, &QAction::triggered, this, [this] { importRegister(Register::Mentors); });
    connect(m_importMentees, &QAction::triggered, this, [this] { importRegister(Register::Mentees); });
    for (ExportKind kind : {ExportKind::Mentors, ExportKind::Mentees, ExportKind::Courses, ExportKind::Sessions}) {
        QAction *action = m_exportMenu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, kind] { exportRegister(kind); });
        m_exportActions.append({kind, action});
    }
    connect(&m_export, &QFutureWatcherBase::finished, this, &CsvActions::finishExport);
    // The window gets LanguageChange and Close; this QObject does not.
    window->installEventFilter(this);
    retranslate();
    updateEnabled();
}

CsvActions::~CsvActions()
{
    // The worker reads the window's database: stop it first.
    cancelExport();
    m_export.waitForFinished();
}

void CsvActions::addTo(QMenu *menu)
{
    menu->addAction(m_importMentors);
    menu->addAction(m_importMentees);
    menu->addMenu(m_exportMenu);
    // The database comes and goes with the window's file; look when the menu opens.
    connect(menu, &QMenu::aboutToShow, this, &CsvActions::updateEnabled);
}

bool CsvActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    // The window's database goes before its children do: stop a running export while it is open.
    if (watched == m_window && event->type() == QEvent::Close) {
        cancelExport();
        m_export.waitForFinished();
    }
    return QObject::eventFilter(watched, event);
}

void CsvActions::retranslate()
{
    m_importMentors->setText(tr("&Import mentors…"));
    m_importMentees->setText(tr("Import m&entees…"));
    m_exportMenu->setTitle(tr("E&xport"));
    for (const auto &[kind, action] : std::as_const(m_exportActions)) {
        switch (kind) {
        case ExportKind::Mentors: action->setText(tr("&Mentors…")); break;
        case ExportKind::Mentees: action->setText(tr("M&entees…")); break;
        case ExportKind::Courses: action->setText(tr("&Courses…")); break;
        case ExportKind::Sessions: action->setText(tr("&Sessions…")); break;
        }
    }
}

void CsvActions::updateEnabled()
{
    const bool ready = m_database() != nullptr && !isExporting();
    m_importMentors->setEnabled(ready);
    m_importMentees->setEnabled(ready);
    m_exportMenu->setEnabled(ready);
}

ImportDialog *CsvActions::createImportDialog(Register reg)
{
    storage::Database *db = m_database();
    if (!db)
        return nullptr;
    auto *dialog = new ImportDialog(*db, reg, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](Register imported, int count) {
        Q_EMIT dataChanged();
        const QString n = QLocale().toString(count);
        Q_EMIT message(imported == Register::Mentors ? tr("Imported %1 mentors.").arg(n) : tr("Imported %1 mentees.").arg(n));
    });
    return dialog;
}

void CsvActions::importRegister(Register reg)
{
    if (ImportDialog *dialog = createImportDialog(reg)) {
        dialog->setModal(true);
        dialog->show();
    }
}

QString CsvActions::defaultFileName(ExportKind kind, const QDate &day)
{
    QString name;
    switch (kind) {
    case ExportKind::Mentors: name = u"mentors"_s; break;
    case ExportKind::Mentees: name = u"mentees"_s; break;
    case ExportKind::Courses: name = u"courses"_s; break;
    case ExportKind::Sessions: name = u"sessions"_s; break;
    }
    return u"%1-%2.csv"_s.arg(name, day.toString(Qt::ISODate));
}

void CsvActions::exportRegister(ExportKind kind)
{
    if (!m_database() || isExporting())
        return;
    // The filter chosen in the file dialog is the dialect: one dialog, one decision.
    const QString excel = tr("CSV for Danish Excel, separated by semicolons (*.csv)");
    const QString rfc = tr("CSV, RFC 4180, separated by commas (*.csv)");
    QString selected = excel;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export to a CSV file"),
                                                QDir::home().filePath(defaultFileName(kind, QDate::currentDate())),
                                                excel + u";;"_s + rfc, &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".csv"_s;
    startExport(kind, path, selected == rfc ? csv::Dialect::Rfc4180 : csv::Dialect::ExcelDa);
}

void CsvActions::startExport(ExportKind kind, const QString &path, csv::Dialect dialect)
{
    storage::Database *db = m_database();
    if (!db || isExporting())
        return;
    m_exportKind = kind;
    m_exportPath = path;
    m_progress = new QProgressDialog(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &CsvActions::cancelExport);
    connect(&m_export, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressDialog::setRange);
    connect(&m_export, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    m_exportPending = true;
    m_export.setFuture(CsvJobs::startExport(*db, kind, path, dialect));
    updateEnabled();
}

void CsvActions::cancelExport()
{
    if (isExporting())
        m_export.future().cancel();
}

void CsvActions::finishExport()
{
    m_exportPending = false;
    if (m_progress)
        m_progress->deleteLater();
    updateEnabled();
    const QFuture<ExportOutcome> future = m_export.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        Q_EMIT message(tr("The export was cancelled. No file was written."));
        Q_EMIT exportFinished(false);
        return;
    }
    const ExportOutcome outcome = future.result();
    if (!outcome.ok()) {
        Q_EMIT message(outcome.error);
        // A failed export deserves more than a passing status message.
        QMessageBox::warning(m_window, tr("The export failed"), outcome.error);
        Q_EMIT exportFinished(false);
        return;
    }
    const QString n = QLocale().toString(outcome.rows);
    const QString file = QDir::toNativeSeparators(m_exportPath);
    QString text;
    switch (m_exportKind) {
    case ExportKind::Mentors: text = tr("Exported %1 mentors to %2").arg(n, file); break;
    case ExportKind::Mentees: text = tr("Exported %1 mentees to %2").arg(n, file); break;
    case ExportKind::Courses: text = tr("Exported %1 courses to %2").arg(n, file); break;
    case ExportKind::Sessions: text = tr("Exported %1 sessions to %2").arg(n, file); break;
    }
    Q_EMIT message(text);
    Q_EMIT exportFinished(true);
}

} // namespace mentordesk::gui
