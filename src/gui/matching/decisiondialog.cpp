#include "decisiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

DecisionDialog::DecisionDialog(Kind kind, const QString &pair, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit(this)), m_exclude(new QCheckBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"decisionDialog"_s);
    setWindowTitle(kind == Kind::Reject ? tr("Reject proposal") : tr("End match"));
    auto *intro = new QLabel(kind == Kind::Reject ? tr("Reject the proposal %1. The reason is kept with the match.").arg(pair)
                                                  : tr("End the match %1. The mentee can then be matched again; the course stays open for a new mentor.").arg(pair),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    if (kind == Kind::End) {
        m_endReason = new QComboBox(this);
        m_endReason->setObjectName(u"endReasonCombo"_s);
        for (const auto &entry : enumEntries<MatchEndReason>())
            m_endReason->addItem(label(entry.value), QVariant::fromValue(static_cast<int>(entry.value)));
        form->addRow(tr("&Why it ended:"), m_endReason);
    }
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(kind == Kind::Reject ? tr("e.g. the mentee wants a mentor nearer home")
                                                      : tr("e.g. no chemistry by the third meeting"));
    form->addRow(tr("&Reason:"), m_reason);
    m_exclude->setObjectName(u"excludeCheck"_s);
    m_exclude->setText(tr("&Do not propose this pair again"));
    form->addRow(QString(), m_exclude);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(kind == Kind::Reject ? tr("Reject") : tr("End match"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::updateOk);
    updateOk();
    resize(480, sizeHint().height());
}

QString DecisionDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

MatchEndReason DecisionDialog::endReason() const
{
    return m_endReason ? static_cast<MatchEndReason>(m_endReason->currentData().toInt()) : MatchEndReason::Other;
}

bool DecisionDialog::excludePair() const
{
    return m_exclude->isChecked();
}

void DecisionDialog::updateOk()
{
    // The reason is required: the law expects decisions to be documented.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace mentordesk::gui
