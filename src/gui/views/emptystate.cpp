#include "emptystate.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace mentordesk::gui {

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_explanation(new QLabel(this)), m_buttons(new QHBoxLayout)
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setMaximumWidth(560);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    // Centred by stretches, not by an alignment flag: an aligned label gets its narrow size-hint
    // width but the height for the full width, which cut the wrapped text off.
    auto *explanationRow = new QHBoxLayout;
    explanationRow->addStretch(1);
    explanationRow->addWidget(m_explanation, 4);
    explanationRow->addStretch(1);
    layout->addLayout(explanationRow);
    layout->addSpacing(16);
    m_buttons->addStretch();
    m_buttons->addStretch();
    layout->addLayout(m_buttons);
    layout->addStretch(3);
}

void EmptyState::setTexts(const QString &heading, const QString &explanation)
{
    m_heading->setText(heading);
    m_explanation->setText(explanation);
}

void EmptyState::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setMinimumHeight(32);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

QString EmptyState::heading() const
{
    return m_heading->text();
}

} // namespace mentordesk::gui
