#include "filterbar.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_choices(new QWidget(this)), m_filters(new QHBoxLayout(m_choices)),
      m_grid(new QGridLayout(this)), m_clearButton(new QToolButton(m_choices)), m_clearAction(new QAction(this))
{
    m_search->setObjectName(u"search"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(kSearchMinWidth);
    m_clearButton->setObjectName(u"clearFilters"_s);
    m_clearButton->setDefaultAction(m_clearAction);
    m_clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_clearAction->setEnabled(false);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, &FilterBar::announce);
    connect(m_clearAction, &QAction::triggered, this, &FilterBar::clear);

    m_filters->setContentsMargins(0, 0, 0, 0);
    m_filters->setSpacing(6);
    m_filters->addWidget(m_clearButton);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(0, 1);
    m_grid->addWidget(m_search, 0, 0);
    m_grid->addWidget(m_choices, 0, 1);
}

QString FilterBar::searchText() const
{
    return m_search->text();
}

bool FilterBar::isActive() const
{
    if (!m_search->text().trimmed().isEmpty())
        return true;
    for (const QComboBox *combo : m_combos)
        if (combo->currentIndex() > 0)
            return true;
    for (const QCheckBox *check : m_checks)
        if (check->isChecked())
            return true;
    return false;
}

void FilterBar::clear()
{
    // One announcement for the whole reset, not one per field.
    const QSignalBlocker blockSearch(m_search);
    m_search->clear();
    for (QComboBox *combo : std::as_const(m_combos)) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(0);
    }
    for (QCheckBox *check : std::as_const(m_checks)) {
        const QSignalBlocker block(check);
        check->setChecked(false);
    }
    announce();
}

void FilterBar::addFilter(QComboBox *combo)
{
    // As wide as the longest entry when there is room, narrower (clipped) when there is not.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 12);
    m_combos << combo;
    m_filters->insertWidget(m_filters->count() - 1, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::announce);
}

void FilterBar::addFilter(QCheckBox *check)
{
    m_checks << check;
    m_filters->insertWidget(m_filters->count() - 1, check);
    connect(check, &QCheckBox::toggled, this, &FilterBar::announce);
}

bool FilterBar::fillChoices(QComboBox *combo, const QString &allText, const QList<std::pair<QString, QVariant>> &items)
{
    const QSignalBlocker block(combo);
    const QVariant chosen = combo->currentData();
    combo->clear();
    combo->addItem(allText);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = chosen.isValid() ? combo->findData(chosen) : 0;
    combo->setCurrentIndex(std::max(0, index));
    return index >= 0;
}

void FilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search name, e-mail, phone, postcode, language or interest"));
    m_search->setToolTip(tr("Every word you type must begin a word of the name, e-mail, phone, postcode, "
                            "languages, interests or notes."));
    m_clearAction->setText(tr("Clear filters"));
    m_clearAction->setToolTip(tr("Show the whole register again"));
}

void FilterBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateRows();
}

void FilterBar::updateRows()
{
    // The bar may always shrink to the two-row width; one row is used only when it fits.
    const int choicesWidth = m_choices->sizeHint().width();
    setMinimumWidth(std::max(kSearchMinWidth, m_choices->minimumSizeHint().width()));
    const bool twoRows = width() < kSearchMinWidth + m_grid->horizontalSpacing() + choicesWidth;
    if (twoRows == m_twoRows)
        return;
    m_twoRows = twoRows;
    m_grid->removeWidget(m_choices);
    if (twoRows)
        m_grid->addWidget(m_choices, 1, 0, Qt::AlignLeft);
    else
        m_grid->addWidget(m_choices, 0, 1);
}

void FilterBar::announce()
{
    m_searchDelay.stop();
    m_clearAction->setEnabled(isActive());
    Q_EMIT changed();
}

} // namespace mentordesk::gui
