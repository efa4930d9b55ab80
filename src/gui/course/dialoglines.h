#pragma once

#include <QLabel>

// The two kinds of line the course dialogs share: a wrapped note that explains what the
// decision does (in the normal text colour: it is read before deciding, not decoration), and the refusal the storage layer gave, shown in the dialog so the user can
// correct the form instead of starting again.
namespace mentordesk::gui::lines {

inline QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// Hidden until show(); named "errorLabel" for tests.
inline QLabel *refusal(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

inline void showRefusal(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

} // namespace mentordesk::gui::lines
