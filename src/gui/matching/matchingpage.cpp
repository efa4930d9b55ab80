#include "matchingpage.h"

#include "bulkassignmentdialog.h"
#include "matchespanel.h"
#include "suggestionpanel.h"

#include "dialogs/matchingweightsdialog.h"
#include "views/listpage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

MatchingPage::MatchingPage(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_waiting(new ListPage(this)), m_suggestions(new SuggestionPanel(this)),
      m_matches(new MatchesPanel(this)), m_bulk(new QPushButton(this)), m_weights(new QPushButton(this))
{
    setObjectName(u"matchingPage"_s);
    m_tabs->setObjectName(u"matchingTabs"_s);
    m_bulk->setObjectName(u"bulkButton"_s);
    m_weights->setObjectName(u"weightsButton"_s);
    auto *split = new QSplitter(this);
    split->setObjectName(u"matchingSplitter"_s);
    split->addWidget(m_waiting);
    split->addWidget(m_suggestions);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    m_tabs->addTab(split, QString());
    m_tabs->addTab(m_matches, QString());
    auto *actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_weights);
    actions->addWidget(m_bulk);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(actions);
    layout->addWidget(m_tabs);

    connect(m_bulk, &QPushButton::clicked, this, &MatchingPage::openBulkAssignment);
    connect(m_weights, &QPushButton::clicked, this, &MatchingPage::openWeights);
    // After its own changes the page reads itself again, once the main window (dataChanged) has
    // re-read the waiting list, so the first waiting mentee is chosen again if the chosen one left.
    const auto changed = [this] {
        Q_EMIT dataChanged();
        refresh();
    };
    connect(m_suggestions, &SuggestionPanel::proposed, this, changed);
    connect(m_matches, &MatchesPanel::decided, this, changed);
    // Choosing a waiting mentee shows the best mentors for them.
    connect(m_waiting, &ListPage::recordActivated, m_suggestions, &SuggestionPanel::showForMentee);
    retranslate();
}

void MatchingPage::setDatabase(storage::Database *db)
{
    m_db = db;
    m_suggestions->setDatabase(db);
    m_matches->setDatabase(db);
    m_bulk->setEnabled(db);
    m_weights->setEnabled(db);
    retranslate();
}

void MatchingPage::refresh()
{
    m_matches->reload();
    m_suggestions->refresh();
    retranslate();
    // Each new model brings a new selection model: follow its current row.
    disconnect(m_followSelection);
    if (QItemSelectionModel *selection = m_waiting->table()->selectionModel())
        m_followSelection = connect(selection, &QItemSelectionModel::currentRowChanged, m_suggestions, [this](const QModelIndex &current) {
            if (current.isValid())
                m_suggestions->showForMentee(current.siblingAtColumn(0).data(Qt::UserRole).toLongLong());
        });
    // The longest-waiting mentee first: the page opens on work to do, not on an empty panel.
    QTableView *table = m_waiting->table();
    if (table->model() && table->model()->rowCount() > 0 && !table->currentIndex().isValid())
        table->setCurrentIndex(table->model()->index(0, 0));
}

void MatchingPage::openBulkAssignment()
{
    if (!m_db)
        return;
    auto *dialog = new BulkAssignmentDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &BulkAssignmentDialog::proposed, this, [this] {
        refresh();
        m_tabs->setCurrentWidget(m_matches);
        Q_EMIT dataChanged();
    });
    dialog->show();
}

void MatchingPage::openWeights()
{
    if (!m_db)
        return;
    auto *dialog = new MatchingWeightsDialog(*m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // New weights re-rank the open suggestions at once.
    connect(dialog, &MatchingWeightsDialog::weightsSaved, m_suggestions, &SuggestionPanel::refresh);
    dialog->show();
}

void MatchingPage::showEvent(QShowEvent *event)
{
    if (m_db) {
        m_matches->reload();
        m_suggestions->refresh();
        retranslate();
    }
    QWidget::showEvent(event);
}

void MatchingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MatchingPage::retranslate()
{
    m_tabs->setTabText(0, tr("Waiting and suggestions"));
    const int open = m_matches->openProposals();
    m_tabs->setTabText(1, open > 0 ? tr("Proposals and matches (%1)").arg(open) : tr("Proposals and matches"));
    m_bulk->setText(tr("&Bulk assignment…"));
    m_weights->setText(tr("&Weights…"));
}

} // namespace mentordesk::gui
