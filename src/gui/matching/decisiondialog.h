#pragma once

#include "domain/enums.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

namespace mentordesk::gui {

// Asks for what rejecting a proposal or ending a match needs: the reason (required), for an
// ending why it ended, and whether the pair may be proposed again.
class DecisionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { Reject, End };
    DecisionDialog(Kind kind, const QString &pair, QWidget *parent = nullptr);

    QString reason() const;
    domain::MatchEndReason endReason() const;
    bool excludePair() const;

private:
    void updateOk();

    QComboBox *m_endReason = nullptr;
    QPlainTextEdit *m_reason;
    QCheckBox *m_exclude;
    QDialogButtonBox *m_buttons;
};

} // namespace mentordesk::gui
