#include "bulkassignmentdialog.h"

#include "storage/matchworkflow.h"
#include "storage/schemerepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::matching;

namespace mentordesk::gui {

namespace {
enum ResultColumn { PinnedColumn, MenteeColumn, MentorColumn, ScoreColumn, WhyColumn, AlternativeColumn, ResultColumns };
constexpr int kPairRole = Qt::UserRole;  // on the mentee cell: "menteeId:mentorId"

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);  // one line per pair; the whole explanation is the tooltip
    table->setTextElideMode(Qt::ElideRight);
    return table;
}
} // namespace

BulkAssignmentDialog::BulkAssignmentDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_scheme(new QComboBox(this)), m_runButton(new QPushButton(tr("&Run"), this)),
      m_summary(new QLabel(this)), m_pin(new QPushButton(tr("&Pin or unpin"), this)),
      m_pinAlternative(new QPushButton(tr("Pin the &alternative"), this)),
      m_exclude(new QPushButton(tr("E&xclude pair"), this)), m_propose(new QPushButton(tr("Pro&pose all"), this))
{
    setObjectName(u"bulkAssignmentDialog"_s);
    setWindowTitle(tr("Bulk assignment"));
    m_results = makeTable(this, u"resultTable"_s,
                          {tr("Pinned"), tr("Mentee"), tr("Mentor"), tr("Score"), tr("Why"), tr("Best alternative")});
    m_unmatched = makeTable(this, u"unmatchedTable"_s, {tr("Mentee"), tr("Why no mentor")});
    m_scheme->setObjectName(u"schemeCombo"_s);
    m_scheme->addItem(tr("All schemes"));
    for (const domain::Scheme &scheme : storage::SchemeRepository(db).all())
        if (!scheme.archived)
            m_scheme->addItem(scheme.name, scheme.id);
    m_runButton->setObjectName(u"runButton"_s);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    m_pin->setObjectName(u"pinButton"_s);
    m_pinAlternative->setObjectName(u"pinAlternativeButton"_s);
    m_pinAlternative->setToolTip(tr("The next run gives the mentee the best alternative mentor instead."));
    m_exclude->setObjectName(u"excludeButton"_s);
    m_propose->setObjectName(u"proposeButton"_s);
    m_pin->setToolTip(tr("A pinned pair stays in the result of the next run whatever the scores say."));
    m_exclude->setToolTip(tr("An excluded pair is left out of the next run."));

    auto *top = new QHBoxLayout;
    auto *schemeLabel = new QLabel(tr("&Scheme:"), this);
    schemeLabel->setBuddy(m_scheme);
    top->addWidget(schemeLabel);
    top->addWidget(m_scheme, 1);
    top->addWidget(m_runButton);
    auto *explanation = new QLabel(tr("Finds the assignment that matches as many waiting mentees as possible and, among those, "
                                      "has the highest total score. Nothing is stored until you propose."),
                                   this);
    explanation->setWordWrap(true);
    auto *unmatchedBox = new QWidget(this);
    auto *unmatchedLayout = new QVBoxLayout(unmatchedBox);
    unmatchedLayout->setContentsMargins(0, 0, 0, 0);
    unmatchedLayout->addWidget(new QLabel(tr("Left without a mentor:"), unmatchedBox));
    unmatchedLayout->addWidget(m_unmatched);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_results);
    split->addWidget(unmatchedBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pin, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pinAlternative, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exclude, QDialogButtonBox::ActionRole);
    buttons->addButton(m_propose, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);

    connect(m_runButton, &QPushButton::clicked, this, &BulkAssignmentDialog::run);
    connect(m_pin, &QPushButton::clicked, this, &BulkAssignmentDialog::togglePinSelected);
    connect(m_pinAlternative, &QPushButton::clicked, this, &BulkAssignmentDialog::pinAlternativeSelected);
    connect(m_exclude, &QPushButton::clicked, this, &BulkAssignmentDialog::excludeSelected);
    connect(m_propose, &QPushButton::clicked, this, &BulkAssignmentDialog::proposeAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_watcher, &QFutureWatcher<BulkRun>::finished, this, &BulkAssignmentDialog::finished);
    m_pin->setEnabled(false);
    m_pinAlternative->setEnabled(false);
    m_exclude->setEnabled(false);
    m_propose->setEnabled(false);
    m_summary->setText(tr("Choose a scheme and run."));
    resize(1000, 680);
}

BulkAssignmentDialog::~BulkAssignmentDialog()
{
    // The worker reads through its own connection to the file `m_db` holds open.
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void BulkAssignmentDialog::run()
{
    if (m_watcher.isRunning())
        return;
    m_request.schemeId = m_scheme->currentData().isValid() ? std::optional<domain::Id>(m_scheme->currentData().toLongLong()) : std::nullopt;
    m_runButton->setEnabled(false);
    m_propose->setEnabled(false);
    m_progress = new QProgressDialog(tr("Scoring every pair and finding the best assignment…"), tr("Cancel"), 0, 100, this);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    const QFuture<BulkRun> future = startBulkRun(m_db, m_request);
    connect(&m_watcher, &QFutureWatcher<BulkRun>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<BulkRun>::cancel);
    m_watcher.setFuture(future);
}

void BulkAssignmentDialog::finished()
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_runButton->setEnabled(true);
    const QFuture<BulkRun> future = m_watcher.future();
    if (future.isCanceled() || future.resultCount() == 0) {
        m_summary->setText(tr("Cancelled. Nothing was changed."));
    } else {
        m_run = future.result();
        if (!m_run.error.isEmpty())
            m_summary->setText(m_run.error);
        else if (m_run.result.cancelled)
            m_summary->setText(tr("Cancelled. Nothing was changed."));
        else if (!m_run.result.error.isEmpty())
            m_summary->setText(m_run.result.error);
        else
            showResult();
    }
    Q_EMIT runFinished();
}

void BulkAssignmentDialog::showResult()
{
    const MatchingData &people = *m_run.data;
    const BulkResult &result = m_run.result;
    QString summary = tr("Matched %1 of %2 waiting mentees, total score %3.")
                          .arg(result.matched)
                          .arg(int(people.mentees.size()) - m_run.skippedWithOpenProposal)
                          .arg(result.totalScore);
    if (m_run.skippedWithOpenProposal > 0)
        summary += u' ' + tr("%n mentee(s) with an open proposal were left out; decide those first.", nullptr, m_run.skippedWithOpenProposal);
    m_summary->setText(summary);

    m_results->setRowCount(0);
    m_results->setRowCount(int(result.proposals.size()));
    for (int row = 0; row < result.proposals.size(); ++row) {
        const BulkProposal &p = result.proposals.at(row);
        const domain::Mentee &mentee = people.mentees.at(p.mentee);
        const domain::Mentor &mentor = people.mentors.at(p.mentor);
        QStringList lines, telling;  // telling: the lines that compared something, for the summary
        for (const ScoreLine &line : p.explanation.lines) {
            lines << line.display();
            if (!line.neutral)
                telling << line.display();
        }
        auto *menteeItem = new QTableWidgetItem(mentee.fullName());
        menteeItem->setData(kPairRole, u"%1:%2"_s.arg(mentee.id).arg(mentor.id));
        auto *why = new QTableWidgetItem(telling.mid(0, 2).join(u"; "_s));
        why->setToolTip(lines.join(u'\n'));
        auto *score = new QTableWidgetItem(QString::number(p.explanation.score));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        score->setToolTip(lines.join(u'\n'));
        auto *alternative = new QTableWidgetItem(p.alternativeMentor ? tr("%1 (%2)")
                                                                           .arg(people.mentors.at(*p.alternativeMentor).fullName())
                                                                           .arg(p.alternativeScore)
                                                                     : tr("none"));
        if (p.alternativeMentor)
            alternative->setData(kPairRole, u"%1:%2"_s.arg(mentee.id).arg(people.mentors.at(*p.alternativeMentor).id));
        m_results->setItem(row, PinnedColumn, new QTableWidgetItem(p.pinned ? tr("pinned") : QString()));
        m_results->setItem(row, MenteeColumn, menteeItem);
        m_results->setItem(row, MentorColumn, new QTableWidgetItem(mentor.fullName()));
        m_results->setItem(row, ScoreColumn, score);
        m_results->setItem(row, WhyColumn, why);
        m_results->setItem(row, AlternativeColumn, alternative);
    }
    m_results->resizeColumnsToContents();
    m_results->setColumnWidth(WhyColumn, std::min(m_results->columnWidth(WhyColumn), 380));

    m_unmatched->setRowCount(0);
    m_unmatched->setRowCount(int(result.unmatched.size()));
    for (int row = 0; row < result.unmatched.size(); ++row) {
        const UnmatchedMentee &u = result.unmatched.at(row);
        m_unmatched->setItem(row, 0, new QTableWidgetItem(people.mentees.at(u.mentee).fullName()));
        auto *why = new QTableWidgetItem(u.text);
        why->setToolTip(u.text);
        m_unmatched->setItem(row, 1, why);
    }
    m_unmatched->resizeColumnToContents(0);
    const bool any = !result.proposals.isEmpty();
    m_pin->setEnabled(any);
    m_pinAlternative->setEnabled(any);
    m_exclude->setEnabled(any);
    m_propose->setEnabled(any);
}

QList<storage::PairIds> BulkAssignmentDialog::selectedPairs(int column) const
{
    QList<storage::PairIds> pairs;
    for (const QModelIndex &index : m_results->selectionModel()->selectedRows(column)) {
        const QStringList ids = index.data(kPairRole).toString().split(u':');
        if (ids.size() == 2)
            pairs.append({ids.at(0).toLongLong(), ids.at(1).toLongLong()});
    }
    return pairs;
}

void BulkAssignmentDialog::pin(const storage::PairIds &pair)
{
    // One pin per mentee: a new pin replaces the mentee's earlier one.
    m_request.pins.removeIf([&](const storage::PairIds &p) { return p.menteeId == pair.menteeId; });
    m_request.pins.append(pair);
    m_request.exclusions.removeAll(pair);
}

void BulkAssignmentDialog::togglePinSelected()
{
    for (const storage::PairIds &pair : selectedPairs(MenteeColumn)) {
        if (m_request.pins.contains(pair))
            m_request.pins.removeAll(pair);
        else
            pin(pair);
    }
    showChoices();
}

void BulkAssignmentDialog::pinAlternativeSelected()
{
    for (const storage::PairIds &pair : selectedPairs(AlternativeColumn))
        pin(pair);
    showChoices();
}

void BulkAssignmentDialog::excludeSelected()
{
    for (const storage::PairIds &pair : selectedPairs(MenteeColumn)) {
        m_request.pins.removeAll(pair);
        if (!m_request.exclusions.contains(pair))
            m_request.exclusions.append(pair);
    }
    showChoices();
}

void BulkAssignmentDialog::showChoices()
{
    m_summary->setText(tr("%n pair(s) pinned, %1 excluded. Run again to apply.", nullptr, int(m_request.pins.size()))
                           .arg(m_request.exclusions.size()));
}

void BulkAssignmentDialog::proposeAll()
{
    if (!m_run.data || m_run.result.proposals.isEmpty())
        return;
    QList<storage::NewProposal> proposals;
    for (const BulkProposal &p : std::as_const(m_run.result.proposals)) {
        proposals << proposalFor(*m_run.data, p.mentee, p.mentor, p.explanation, domain::MatchSource::Bulk);
    }
    const auto stored = storage::MatchWorkflow(m_db).proposeAll(proposals);
    if (!stored) {
        QMessageBox::warning(this, tr("Proposals not stored"), stored.error());
        return;
    }
    Q_EMIT proposed(int(stored->size()));
    accept();
}

} // namespace mentordesk::gui
