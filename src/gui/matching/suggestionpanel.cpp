#include "suggestionpanel.h"

#include "storage/matchingqueries.h"
#include "storage/matchworkflow.h"

#include "matching/bulkassignment.h"
#include "matching/matchingloader.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::matching;

namespace mentordesk::gui {

namespace {
constexpr int kShown = 25;  // the best 25 cover any real choice; the bulk run sees every pair
enum Column { ScoreColumn, NameColumn, DetailColumn, ColumnCount };
} // namespace

SuggestionPanel::SuggestionPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_showExcluded(new QCheckBox(this)), m_list(new QTreeWidget(this)),
      m_scoreLabel(new QLabel(this)), m_explanation(new QListWidget(this)), m_propose(new QPushButton(this))
{
    m_title->setObjectName(u"suggestionTitle"_s);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_showExcluded->setObjectName(u"showExcluded"_s);
    m_list->setObjectName(u"suggestionList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_scoreLabel->setObjectName(u"scoreLabel"_s);
    m_scoreLabel->setWordWrap(true);
    m_explanation->setObjectName(u"explanationList"_s);
    m_explanation->setWordWrap(true);
    m_propose->setObjectName(u"proposeButton"_s);
    m_propose->setEnabled(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_showExcluded);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_scoreLabel, 1);
    buttons->addWidget(m_propose);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_list, 3);
    layout->addLayout(buttons);
    layout->addWidget(m_explanation, 2);

    connect(m_showExcluded, &QCheckBox::toggled, this, &SuggestionPanel::rank);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestionPanel::showExplanation);
    connect(m_list, &QTreeWidget::itemActivated, this, &SuggestionPanel::proposeSelected);
    connect(m_propose, &QPushButton::clicked, this, &SuggestionPanel::proposeSelected);
    retranslate();
    clear();
}

void SuggestionPanel::setDatabase(storage::Database *db)
{
    m_db = db;
    clear();
}

void SuggestionPanel::showForMentee(domain::Id menteeId)
{
    m_side = Side::Mentee;
    m_personId = menteeId;
    refresh();
}

void SuggestionPanel::showForMentor(domain::Id mentorId)
{
    m_side = Side::Mentor;
    m_personId = mentorId;
    refresh();
}

void SuggestionPanel::clear()
{
    m_side = Side::None;
    m_personId = 0;
    m_data.reset();
    m_suggestions.clear();
    m_list->clear();
    m_explanation->clear();
    m_scoreLabel->clear();
    m_propose->setEnabled(false);
    retranslate();
}

void SuggestionPanel::refresh()
{
    if (!m_db || m_side == Side::None)
        return;
    const MatchingLoader loader(*m_db);
    m_data = std::make_unique<MatchingData>(m_side == Side::Mentee ? loader.forMentee(m_personId) : loader.openMentees());
    m_proposed.clear();
    for (const storage::MatchRow &row : storage::MatchingQueries(*m_db).matchRows({domain::toCode(domain::MatchState::Proposed)}))
        m_proposed.insert({row.menteeId, row.mentorId});
    rank();
}

void SuggestionPanel::rank()
{
    const domain::Id chosen = m_list->currentItem() ? m_list->currentItem()->data(NameColumn, Qt::UserRole).toLongLong() : 0;
    m_list->clear();
    m_suggestions.clear();
    retranslate();
    if (!m_data)
        return;
    const bool all = m_showExcluded->isChecked();
    if (m_side == Side::Mentee) {
        const int mentee = m_data->menteeIndex(m_personId);
        if (mentee < 0)
            return;
        m_suggestions = suggestMentors(*m_data, mentee, all ? int(m_data->mentors.size()) : kShown, all);
    } else {
        const int mentor = m_data->mentorIndex(m_personId);
        if (mentor < 0)
            return;  // not active: no suggestions (the title says so)
        m_suggestions = suggestMentees(*m_data, mentor, all ? int(m_data->mentees.size()) : kShown, all);
    }
    QTreeWidgetItem *current = nullptr;
    for (const Suggestion &s : std::as_const(m_suggestions)) {
        const bool forMentee = m_side == Side::Mentee;
        const domain::Id id = forMentee ? m_data->mentors.at(s.mentor).id : m_data->mentees.at(s.mentee).id;
        const QString name = forMentee ? m_data->mentors.at(s.mentor).fullName() : m_data->mentees.at(s.mentee).fullName();
        QString detail;
        if (isProposed(s))
            detail = tr("proposed, waiting for a decision");
        else if (!s.explanation.admissible())
            detail = s.explanation.gateText;
        else if (forMentee)
            detail = tr("%1 · %2 of %3 places free")
                         .arg(domain::label(m_data->mentors.at(s.mentor).mentorType))
                         .arg(m_data->mentorFeatures[size_t(s.mentor)].freePlaces())
                         .arg(m_data->mentors.at(s.mentor).capacity);
        else
            detail = domain::label(m_data->mentees.at(s.mentee).targetGroup);
        auto *item = new QTreeWidgetItem(m_list, {s.explanation.admissible() ? QString::number(s.explanation.score) : u"–"_s, name, detail});
        item->setData(NameColumn, Qt::UserRole, id);
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (!s.explanation.admissible())
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
        if (id == chosen)
            current = item;
    }
    m_list->resizeColumnToContents(ScoreColumn);
    m_list->resizeColumnToContents(NameColumn);
    m_list->setCurrentItem(current ? current : m_list->topLevelItem(0));
    showExplanation();
    // Nobody to propose: say why at once rather than show an empty list.
    if (m_side == Side::Mentee && m_suggestions.isEmpty() && !m_data->mentors.isEmpty())
        m_scoreLabel->setText(tr("Nobody can be proposed now: %1. Tick \"Show excluded mentors\" to see each one.")
                                  .arg(noAdmissibleMentorText(*m_data, m_data->menteeIndex(m_personId))));
}

void SuggestionPanel::showExplanation()
{
    m_explanation->clear();
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_suggestions.size()) {
        m_scoreLabel->clear();
        m_propose->setEnabled(false);
        return;
    }
    const Explanation &e = m_suggestions.at(row).explanation;
    if (!e.admissible()) {
        m_scoreLabel->setText(e.gateText);
        m_propose->setEnabled(false);
        return;
    }
    m_scoreLabel->setText(tr("Score %1 of 100").arg(e.score));
    for (const ScoreLine &line : e.lines) {
        auto *item = new QListWidgetItem(line.display(), m_explanation);
        item->setToolTip(domain::label(line.criterion));
    }
    m_propose->setEnabled(!isProposed(m_suggestions.at(row)));
}

bool SuggestionPanel::isProposed(const Suggestion &s) const
{
    return m_proposed.contains({m_data->mentees.at(s.mentee).id, m_data->mentors.at(s.mentor).id});
}

void SuggestionPanel::proposeSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (!m_db || row < 0 || row >= m_suggestions.size() || !m_suggestions.at(row).explanation.admissible()
        || isProposed(m_suggestions.at(row)))
        return;
    const Suggestion &s = m_suggestions.at(row);
    const storage::NewProposal proposal = proposalFor(*m_data, s.mentee, s.mentor, s.explanation, domain::MatchSource::Suggestion);
    const auto stored = storage::MatchWorkflow(*m_db).propose(proposal);
    if (!stored) {
        QMessageBox::warning(this, tr("Proposal not stored"), stored.error());
        return;
    }
    Q_EMIT proposed();
    refresh();
}

void SuggestionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rank();
    }
    QWidget::changeEvent(event);
}

void SuggestionPanel::retranslate()
{
    m_showExcluded->setText(m_side == Side::Mentor ? tr("Show &excluded mentees") : tr("Show &excluded mentors"));
    m_propose->setText(tr("&Propose"));
    m_list->setHeaderLabels({tr("Score"), m_side == Side::Mentor ? tr("Mentee") : tr("Mentor"), tr("Details")});
    QString title;
    if (m_side == Side::None)
        title = tr("Choose a mentee to see the best mentors.");
    else if (!m_data)
        title.clear();
    else if (m_side == Side::Mentee) {
        const int mentee = m_data->menteeIndex(m_personId);
        title = mentee < 0 ? tr("The mentee no longer exists.") : tr("Best mentors for %1").arg(m_data->mentees.at(mentee).fullName());
    } else {
        const int mentor = m_data->mentorIndex(m_personId);
        title = mentor < 0 ? tr("Only active mentors get suggestions.") : tr("Best mentees for %1").arg(m_data->mentors.at(mentor).fullName());
    }
    m_title->setText(title);
}

} // namespace mentordesk::gui
