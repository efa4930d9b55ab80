#include "attentionpanel.h"

#include "attentionlistmodel.h"
#include "attentionsettingsdialog.h"

#include "views/emptystate.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using mentordesk::storage::AttentionRule;

namespace mentordesk::gui {


AttentionPanel::AttentionPanel(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_rule(new QComboBox(this)), m_thresholds(new QPushButton(this)),
      m_printDue(new QPushButton(this)),
      m_table(new QTableView(this)), m_model(new AttentionListModel(this)), m_empty(new EmptyState(this)),
      m_stack(new QStackedLayout)
{
    setObjectName(u"attentionPanel"_s);
    m_rule->setObjectName(u"attentionRule"_s);
    m_thresholds->setObjectName(u"thresholdsButton"_s);
    m_printDue->setObjectName(u"printDueAgreementsButton"_s);
    m_table->setObjectName(u"attentionTable"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(AttentionListModel::What, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(AttentionListModel::Mentee, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(AttentionListModel::Mentor, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(AttentionListModel::Mentee, 220);
    m_table->horizontalHeader()->resizeSection(AttentionListModel::Mentor, 220);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_rule);
    top->addWidget(m_printDue);
    top->addWidget(m_thresholds);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_stack, 1);

    connect(m_rule, &QComboBox::currentIndexChanged, this, &AttentionPanel::applyRuleChoice);
    connect(m_thresholds, &QPushButton::clicked, this, &AttentionPanel::editThresholds);
    connect(m_printDue, &QPushButton::clicked, this, &AttentionPanel::printDueAgreements);
    connect(&m_dueJob, &QFutureWatcherBase::finished, this, &AttentionPanel::finishPrintDue);
    m_chooseFolder = [](QWidget *dialogParent) {
        return QFileDialog::getExistingDirectory(dialogParent, tr("Print the agreements due into"),
                                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    };
    m_report = [this](const QString &text, const QStringList &problems) {
        QMessageBox box(problems.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Agreements due"), text,
                        QMessageBox::Ok, this);
        box.setDetailedText(problems.join(u'\n'));
        box.exec();
    };
    connect(m_table, &QTableView::activated, this, &AttentionPanel::openCurrent);
    retranslate();
}

QDate AttentionPanel::today() const
{
    if (m_today.isValid())
        return m_today;
    return m_db ? m_db->today() : QDate::currentDate();  // the database's clock: tests inject it
}

void AttentionPanel::setDatabase(storage::Database *db)
{
    m_db = db;
    m_thresholds->setEnabled(db);
    m_printDue->setEnabled(db && !m_dueJob.isRunning());
    refresh();
}

void AttentionPanel::refresh()
{
    m_all.clear();
    m_courseCount = 0;
    if (m_db) {
        const storage::AttentionQueries queries(*m_db);
        m_all = queries.items(today(), queries.thresholds());
        m_courseCount = storage::AttentionQueries::courseCountOf(m_all);
    }
    retranslate();
}

void AttentionPanel::showOnly(std::optional<AttentionRule> rule)
{
    m_rule->setCurrentIndex(rule ? std::max(0, m_rule->findData(int(*rule))) : 0);
    applyRuleChoice();
}

void AttentionPanel::applyRuleChoice()
{
    const QVariant chosen = m_rule->currentData();
    QList<storage::AttentionItem> shown;
    for (const storage::AttentionItem &item : std::as_const(m_all))
        if (!chosen.isValid() || int(item.rule) == chosen.toInt())
            shown.append(item);
    m_model->setItems(shown);
    m_stack->setCurrentWidget(shown.isEmpty() ? static_cast<QWidget *>(m_empty) : m_table);
    if (!shown.isEmpty() && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void AttentionPanel::editThresholds()
{
    if (!m_db)
        return;
    AttentionSettingsDialog dialog(*m_db, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT thresholdsChanged();
    }
}

void AttentionPanel::printDueAgreements()
{
    if (!m_db || m_dueJob.isRunning())
        return;
    m_dueFolder = m_chooseFolder(this);
    if (m_dueFolder.isEmpty())
        return;
    m_stopDue = std::make_shared<std::atomic_bool>(false);
    m_dueProgress = new QProgressDialog(tr("Printing the agreements due…"), tr("Stop"), 0, 0, this);
    m_dueProgress->setWindowModality(Qt::WindowModal);
    m_dueProgress->setMinimumDuration(300);
    connect(m_dueProgress, &QProgressDialog::canceled, this, [stop = m_stopDue] { *stop = true; });
    connect(&m_dueJob, &QFutureWatcherBase::progressRangeChanged, m_dueProgress, &QProgressDialog::setRange);
    connect(&m_dueJob, &QFutureWatcherBase::progressValueChanged, m_dueProgress, &QProgressDialog::setValue);
    m_printDue->setEnabled(false);
    m_dueJob.setFuture(AgreementJobs::startPrintDue(*m_db, m_dueFolder, m_stopDue));
}

void AttentionPanel::finishPrintDue()
{
    delete m_dueProgress;
    m_dueProgress = nullptr;
    m_printDue->setEnabled(m_db != nullptr);
    const DueOutcome outcome = m_dueJob.future().result();
    const QString folder = QDir::toNativeSeparators(m_dueFolder);
    if (!outcome.ok()) {
        m_report(outcome.error, {});
        return;
    }
    const agreements::DueReport &r = outcome.report;
    QString text = r.due == 0 ? tr("Every open course has a current agreement; nothing was printed.")
                              : tr("%1 of %2 agreements due were printed into %3 and saved as new versions.")
                                    .arg(r.printed)
                                    .arg(r.due)
                                    .arg(folder);
    if (!r.problems.isEmpty())
        text += u' ' + tr("%n could not be printed yet; the details say why.", nullptr, int(r.problems.size()));
    refresh();
    if (r.printed > 0)
        Q_EMIT agreementsPrinted();
    m_report(text, r.problems);
}

void AttentionPanel::openCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    Q_EMIT openCourse(current.data(AttentionListModel::CourseIdRole).toLongLong(),
                      AttentionRule(current.data(AttentionListModel::RuleRole).toInt()));
}

void AttentionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AttentionPanel::retranslate()
{
    const QLocale locale;
    m_heading->setText(m_courseCount == 0 ? tr("No course needs attention")
                                          : tr("%n course(s) need attention", nullptr, m_courseCount));
    m_thresholds->setText(tr("Thresholds…"));
    m_printDue->setText(tr("Print agreements due…"));
    m_printDue->setToolTip(tr("Print into a folder, as PDF, the agreement of every open course that has none or whose "
                              "course changed after the last print"));
    m_thresholds->setToolTip(tr("When a course needs attention: days without a meeting, share of hours delivered, "
                                "days before the planned end"));
    // The choice keeps its rule across a language switch or a refresh.
    const QVariant chosen = m_rule->currentData();
    {
        const QSignalBlocker block(m_rule);
        m_rule->clear();
        m_rule->addItem(tr("Every reason (%1)").arg(locale.toString(m_all.size())));
        for (AttentionRule rule : storage::kAttentionRulesByUrgency) {
            const auto count = std::count_if(m_all.cbegin(), m_all.cend(),
                                             [rule](const storage::AttentionItem &item) { return item.rule == rule; });
            if (count == 0 && !(chosen.isValid() && chosen.toInt() == int(rule)))
                continue;
            m_rule->addItem(u"%1 (%2)"_s.arg(ruleName(rule), locale.toString(qsizetype(count))), int(rule));
        }
        m_rule->setCurrentIndex(chosen.isValid() ? std::max(0, m_rule->findData(chosen)) : 0);
    }
    m_empty->setTexts(tr("Nothing needs attention"),
                      tr("Every open course has recent meetings, the hours granted are being delivered, reviews "
                         "are on time and the documentation the law asks for is complete."));
    applyRuleChoice();
}

QString AttentionPanel::ruleName(AttentionRule rule)
{
    switch (rule) {
    case AttentionRule::NoRecentMeeting: return tr("No recent meeting");
    case AttentionRule::HoursBelowGrant: return tr("Hours below the grant");
    case AttentionRule::ReviewOverdue: return tr("Review overdue");
    case AttentionRule::EndingSoon: return tr("Planned end near");
    case AttentionRule::ChemistryCheckMissing: return tr("Chemistry check missing");
    case AttentionRule::MissingPurpose: return tr("Purpose missing");
    case AttentionRule::MissingTasks: return tr("Mentor's tasks missing");
    case AttentionRule::MissingQualifications: return tr("Mentor's qualifications missing");
    case AttentionRule::NoAgreement: return tr("No agreement");
    case AttentionRule::NoMentor: return tr("No mentor");
    }
    return {};
}

} // namespace mentordesk::gui
