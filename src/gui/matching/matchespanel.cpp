#include "matchespanel.h"

#include "decisiondialog.h"
#include "matchlistmodel.h"

#include "storage/matchworkflow.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

MatchesPanel::MatchesPanel(QWidget *parent)
    : QWidget(parent), m_show(new QComboBox(this)), m_table(new QTableView(this)), m_reasons(new QListWidget(this)),
      m_reasonsLabel(new QLabel(this)), m_approve(new QPushButton(this)), m_reject(new QPushButton(this)), m_end(new QPushButton(this))
{
    m_show->setObjectName(u"showCombo"_s);
    for (int i = 0; i < 4; ++i)
        m_show->addItem(QString());
    m_table->setObjectName(u"matchTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_reasons->setObjectName(u"matchReasons"_s);
    m_approve->setObjectName(u"approveButton"_s);
    m_reject->setObjectName(u"rejectButton"_s);
    m_end->setObjectName(u"endButton"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(m_show);
    top->addStretch(1);
    top->addWidget(m_approve);
    top->addWidget(m_reject);
    top->addWidget(m_end);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_reasonsLabel);
    layout->addWidget(m_reasons, 1);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_model)
            m_model->setShow(static_cast<MatchListModel::Show>(index));
        updateButtons();
    });
    connect(m_approve, &QPushButton::clicked, this, &MatchesPanel::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &MatchesPanel::rejectSelected);
    connect(m_end, &QPushButton::clicked, this, &MatchesPanel::endSelected);
    retranslate();
    updateButtons();
}

MatchesPanel::~MatchesPanel()
{
    m_table->setModel(nullptr);
}

void MatchesPanel::setDatabase(storage::Database *db)
{
    m_table->setModel(nullptr);
    delete m_model;
    m_model = nullptr;
    m_db = db;
    if (db) {
        m_model = new MatchListModel(*db, this);
        m_model->setShow(static_cast<MatchListModel::Show>(m_show->currentIndex()));
        m_table->setModel(m_model);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MatchesPanel::updateButtons);
        connect(m_model, &QAbstractItemModel::modelReset, this, &MatchesPanel::updateButtons);
        m_table->resizeColumnsToContents();
    }
    updateButtons();
}

void MatchesPanel::reload()
{
    if (m_model)
        m_model->reload();
}

int MatchesPanel::openProposals() const
{
    return m_db ? storage::MatchingQueries(*m_db).openProposalCount() : 0;
}

int MatchesPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void MatchesPanel::updateButtons()
{
    const int row = selectedRow();
    const QString state = row >= 0 ? m_model->rowAt(row).state : QString();
    m_approve->setEnabled(state == toCode(MatchState::Proposed));
    m_reject->setEnabled(state == toCode(MatchState::Proposed));
    m_end->setEnabled(state == toCode(MatchState::Approved));
    m_reasons->clear();
    if (row >= 0)
        m_reasons->addItems(m_model->rowAt(row).reasons);
}

void MatchesPanel::approveSelected()
{
    const int row = selectedRow();
    if (!m_db || row < 0)
        return;
    const auto course = storage::MatchWorkflow(*m_db).approve(m_model->rowAt(row).id);
    if (!course) {
        QMessageBox::warning(this, tr("Not approved"), course.error());
        return;
    }
    reload();
    Q_EMIT decided();
}

void MatchesPanel::rejectSelected()
{
    decideSelected(DecisionDialog::Kind::Reject);
}

void MatchesPanel::endSelected()
{
    decideSelected(DecisionDialog::Kind::End);
}

void MatchesPanel::decideSelected(DecisionDialog::Kind kind)
{
    const int row = selectedRow();
    if (!m_db || row < 0)
        return;
    const storage::MatchRow match = m_model->rowAt(row);
    DecisionDialog dialog(kind, tr("%1 – %2").arg(match.menteeName, match.mentorName), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    storage::MatchWorkflow workflow(*m_db);
    const storage::Status done = kind == DecisionDialog::Kind::Reject
                                     ? workflow.reject(match.id, dialog.reason(), dialog.excludePair())
                                     : workflow.end(match.id, dialog.endReason(), dialog.reason(), dialog.excludePair());
    if (!done) {
        QMessageBox::warning(this, kind == DecisionDialog::Kind::Reject ? tr("Not rejected") : tr("Not ended"), done.error());
        return;
    }
    reload();
    Q_EMIT decided();
}

void MatchesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MatchesPanel::retranslate()
{
    m_show->setItemText(0, tr("Open proposals"));
    m_show->setItemText(1, tr("Approved matches"));
    m_show->setItemText(2, tr("Rejected, withdrawn and ended"));
    m_show->setItemText(3, tr("All proposals and matches"));
    m_approve->setText(tr("&Approve"));
    m_reject->setText(tr("&Reject…"));
    m_end->setText(tr("E&nd match…"));
    m_reasonsLabel->setText(tr("Why this pair:"));
}

} // namespace mentordesk::gui
