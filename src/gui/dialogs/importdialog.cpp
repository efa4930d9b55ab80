#include "importdialog.h"

#include "csvjobs.h"
#include "ui_importdialog.h"

#include "csv/csvreader.h"
#include "csv/registercolumns.h"
#include "storage/database.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QProgressDialog>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTableWidget>
#include <QTreeWidget>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

using csv::Column;
using csv::Register;

namespace {

constexpr int kPreviewRows = 20;
constexpr int kMaxColumnWidth = 260;
constexpr int kNotImported = -1;  // combo data of "(do not import)"

} // namespace

ImportDialog::ImportDialog(storage::Database &db, Register reg, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->registerCombo->addItem(QString(), int(Register::Mentors));
    m_ui->registerCombo->addItem(QString(), int(Register::Mentees));
    m_ui->problemsTree->header()->setStretchLastSection(true);
    m_ui->problemsTree->setMinimumHeight(110);
    m_ui->previewTable->setMinimumHeight(220);
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    retranslate();
    setRegister(reg);

    connect(m_ui->registerCombo, &QComboBox::currentIndexChanged, this, [this] { fillMappingCombos(); });
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &ImportDialog::finishJob);
    connect(&m_reading, &QFutureWatcherBase::finished, this, &ImportDialog::fileRead);
    updateButtons();
}

ImportDialog::~ImportDialog()
{
    // The worker uses m_db's file and path: let it stop before the dialog (and maybe the file) goes.
    cancelRunning();
    m_watcher.waitForFinished();
}

Register ImportDialog::currentRegister() const
{
    return Register(m_ui->registerCombo->currentData().toInt());
}

void ImportDialog::setRegister(Register reg)
{
    m_ui->registerCombo->setCurrentIndex(m_ui->registerCombo->findData(int(reg)));
}

void ImportDialog::chooseFile()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::setFile(const QString &path)
{
    // A large file takes a moment to read: the window stays responsive meanwhile.
    m_path = path;
    m_table = {};
    m_readErrors.clear();
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    showProblems({});
    showTable();
    m_ui->summaryLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_readPending = true;
    m_reading.setFuture(QtConcurrent::run([path] { return csv::CsvReader::readFile(path); }));
    updateButtons();
}

void ImportDialog::fileRead()
{
    m_readPending = false;
    const csv::CsvParseResult parsed = m_reading.result();
    m_table = parsed.table;
    m_readErrors = parsed.errors;
    showProblems(m_readErrors);
    m_ui->summaryLabel->setText(m_readErrors.isEmpty()
                                    ? QString()
                                    : tr("The file has problems of its own; correct them in the file before importing."));
    showTable();
    Q_EMIT fileLoaded();
}

void ImportDialog::showTable()
{
    QTableWidget *table = m_ui->previewTable;
    table->clear();
    const int rows = int(std::min<qsizetype>(kPreviewRows, m_table.records.size()));
    table->setColumnCount(int(m_table.header.size()));
    table->setRowCount(m_table.header.isEmpty() ? 0 : rows + 1);
    table->setHorizontalHeaderLabels(m_table.header);
    QStringList lineLabels{tr("Field")};
    for (int r = 0; r < rows; ++r) {
        const csv::CsvTable::Record &record = m_table.records.at(r);
        lineLabels << QString::number(record.line);
        for (int c = 0; c < record.fields.size(); ++c)
            table->setItem(r + 1, c, new QTableWidgetItem(record.fields.at(c)));
    }
    table->setVerticalHeaderLabels(lineLabels);
    for (int c = 0; c < table->columnCount(); ++c) {
        auto *combo = new QComboBox(table);
        connect(combo, &QComboBox::activated, this, &ImportDialog::fitColumns);
        table->setCellWidget(0, c, combo);
    }
    fillMappingCombos();
    retranslate();
    updateButtons();
}

void ImportDialog::fillMappingCombos()
{
    if (m_table.header.isEmpty())
        return;
    const Register reg = currentRegister();
    const csv::ColumnMapping detected = csv::RegisterImporter(m_db, reg).detectMapping(m_table.header);
    QTableWidget *table = m_ui->previewTable;
    for (int c = 0; c < table->columnCount(); ++c) {
        auto *combo = mappingCombo(c);
        if (!combo)
            continue;
        combo->clear();
        combo->addItem(tr("(do not import)"), kNotImported);
        for (Column column : csv::RegisterColumns::columns(reg))
            combo->addItem(csv::RegisterColumns::headerName(column), int(column));
        const auto guess = detected.byIndex.value(c);
        combo->setCurrentIndex(combo->findData(guess ? int(*guess) : kNotImported));
    }
    fitColumns();
}

void ImportDialog::fitColumns()
{
    // resizeColumnsToContents() ignores the combos' texts: make room for the chosen field too.
    QTableWidget *table = m_ui->previewTable;
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c) {
        int width = table->columnWidth(c);
        if (const QComboBox *combo = mappingCombo(c)) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()), combo->fontMetrics().height());
            width = std::max(width, combo->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo).width() + 8);
            table->setRowHeight(0, combo->sizeHint().height() + 4);
        }
        table->setColumnWidth(c, std::min(width, kMaxColumnWidth));
    }
}

QComboBox *ImportDialog::mappingCombo(int fileColumn) const
{
    return qobject_cast<QComboBox *>(m_ui->previewTable->cellWidget(0, fileColumn));
}

QTableWidget *ImportDialog::preview() const
{
    return m_ui->previewTable;
}

QTreeWidget *ImportDialog::problems() const
{
    return m_ui->problemsTree;
}

QString ImportDialog::summary() const
{
    return m_ui->summaryLabel->text();
}

csv::ColumnMapping ImportDialog::mapping() const
{
    csv::ColumnMapping mapping;
    for (int c = 0; c < m_table.header.size(); ++c) {
        const QComboBox *combo = mappingCombo(c);
        const int value = combo ? combo->currentData().toInt() : kNotImported;
        mapping.byIndex << (value == kNotImported ? std::nullopt : std::optional<Column>(Column(value)));
    }
    return mapping;
}

void ImportDialog::start(bool dryRun)
{
    if (m_table.header.isEmpty() || isRunning() || isReading())
        return;
    if (!dryRun && !m_readErrors.isEmpty()) {
        showProblems(m_readErrors);
        m_ui->summaryLabel->setText(tr("The file has problems of its own; correct them in the file before importing."));
        return;
    }
    m_dryRun = dryRun;
    showProblems({});
    m_ui->summaryLabel->clear();

    // Unmapped columns are the user's choice here, not a mistake in the file.
    const csv::ImportOptions options{dryRun, true};
    m_progress = new QProgressDialog(dryRun ? tr("Checking %1…").arg(QFileInfo(m_path).fileName())
                                            : tr("Importing %1…").arg(QFileInfo(m_path).fileName()),
                                     tr("Cancel"), 0, 0, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoReset(false);
    m_progress->setAutoClose(false);
    connect(m_progress, &QProgressDialog::canceled, this, &ImportDialog::cancelRunning);
    connect(&m_watcher, &QFutureWatcherBase::progressRangeChanged, m_progress, &QProgressDialog::setRange);
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, m_progress, &QProgressDialog::setValue);
    m_jobPending = true;
    m_watcher.setFuture(CsvJobs::startImport(m_db, currentRegister(), m_table, mapping(), options, m_progressCheck));
    updateButtons();
}

void ImportDialog::cancelRunning()
{
    if (isRunning())
        m_watcher.future().cancel();
}

void ImportDialog::finishJob()
{
    m_jobPending = false;
    if (m_progress)
        m_progress->deleteLater();
    const QFuture<csv::ImportReport> future = m_watcher.future();
    const bool cancelled = future.isCanceled() || future.resultCount() == 0;
    const csv::ImportReport report = cancelled ? csv::ImportReport{} : future.result();
    updateButtons();

    if (cancelled || report.cancelled) {
        m_ui->summaryLabel->setText(tr("Cancelled. Nothing was imported."));
    } else if (!report.ok() || (m_dryRun && !m_readErrors.isEmpty())) {
        QList<csv::CsvError> errors = m_dryRun ? m_readErrors : QList<csv::CsvError>();
        errors << report.errors;
        showProblems(errors);
        m_ui->summaryLabel->setText(tr("Problems found: %1. Nothing was imported.").arg(QLocale().toString(errors.size())));
    } else if (m_dryRun) {
        QString text = tr("No problems found: %1 rows can be imported.").arg(QLocale().toString(report.imported));
        if (!report.createdSchemes.isEmpty())
            text += u' ' + tr("These schemes will be created: %1.").arg(report.createdSchemes.join(u", "_s));
        m_ui->summaryLabel->setText(text);
    } else {
        const QString count = QLocale().toString(report.imported);
        m_ui->summaryLabel->setText(currentRegister() == Register::Mentors ? tr("Imported %1 mentors.").arg(count)
                                                                           : tr("Imported %1 mentees.").arg(count));
        Q_EMIT imported(currentRegister(), report.imported);
        accept();
    }
    Q_EMIT jobFinished();
}

void ImportDialog::showProblems(QList<csv::CsvError> errors)
{
    // In the order a person goes through the file.
    std::stable_sort(errors.begin(), errors.end(), [](const csv::CsvError &a, const csv::CsvError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    QTreeWidget *tree = m_ui->problemsTree;
    tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(errors.size());
    const auto place = [](int n) { return n > 0 ? QString::number(n) : u"–"_s; };
    for (const csv::CsvError &e : errors)
        items << new QTreeWidgetItem(QStringList{place(e.line), place(e.column), e.message});
    tree->addTopLevelItems(items);
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
}

void ImportDialog::updateButtons()
{
    const bool busy = isRunning() || isReading();
    const bool ready = !m_table.header.isEmpty() && !busy;
    m_ui->checkButton->setEnabled(ready);
    m_ui->importButton->setEnabled(ready && m_readErrors.isEmpty());
    m_ui->registerCombo->setEnabled(!busy);
    m_ui->chooseButton->setEnabled(!busy);
}

void ImportDialog::reject()
{
    cancelRunning();
    m_watcher.waitForFinished();
    QDialog::reject();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_ui->fileEdit->setText(QDir::toNativeSeparators(m_path));
        retranslate();
    }
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate()
{
    m_ui->registerCombo->setItemText(0, tr("Mentors"));
    m_ui->registerCombo->setItemText(1, tr("Mentees"));
    // Only the texts: the user's field choices stay.
    for (int c = 0; c < m_ui->previewTable->columnCount(); ++c)
        if (QComboBox *combo = mappingCombo(c))
            combo->setItemText(0, tr("(do not import)"));
    if (QTableWidgetItem *item = m_ui->previewTable->verticalHeaderItem(0))
        item->setText(tr("Field"));
    if (m_table.header.isEmpty()) {
        m_ui->formatLabel->setText(u"–"_s);
    } else {
        const QString separator = m_table.separator == u';' ? tr("semicolon (;)") : tr("comma (,)");
        m_ui->formatLabel->setText(tr("%1, separated by %2, %3 rows")
                                       .arg(m_table.encoding, separator, QLocale().toString(m_table.records.size())));
    }
}

} // namespace mentordesk::gui
