#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QAction;

namespace mentordesk::gui {

// What an empty screen shows instead of a blank area: a heading, a sentence on what to do
// next, and buttons for those actions.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);
    void setTexts(const QString &heading, const QString &explanation);
    // A button that triggers `action` and follows its text when the language changes.
    void addAction(QAction *action);
    QString heading() const;

private:
    QLabel *m_heading;
    QLabel *m_explanation;
    QHBoxLayout *m_buttons;
};

} // namespace mentordesk::gui
