#include "attentionsettingsdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

AttentionSettingsDialog::AttentionSettingsDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_days(spin(1, 365, tr(" days"))), m_daysRetOgPligt(spin(1, 365, tr(" days"))),
      m_percent(spin(1, 100, tr(" %"))), m_weeks(spin(1, 26, tr(" weeks"))), m_endingSoon(spin(0, 180, tr(" days"))),
      m_chemistry(spin(1, 20, tr(" meetings"))), m_error(new QLabel(this))
{
    setObjectName(u"attentionSettingsDialog"_s);
    setWindowTitle(tr("When a course needs attention"));
    auto *intro = new QLabel(tr("These limits apply to everybody who works in this database."), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("No meeting held for more than"), m_days);
    form->addRow(tr("… for a mentee with ret og pligt"), m_daysRetOgPligt);
    form->addRow(tr("Hours delivered below"), m_percent);
    form->addRow(tr("… of the hours granted over the last"), m_weeks);
    form->addRow(tr("Planned end within"), m_endingSoon);
    form->addRow(tr("No chemistry check after"), m_chemistry);
    m_error->setObjectName(u"errorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #b01c1c"_s);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setThresholds({}); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setThresholds(storage::AttentionQueries(m_db).thresholds());
}

QSpinBox *AttentionSettingsDialog::spin(int minimum, int maximum, const QString &suffix)
{
    auto *box = new QSpinBox(this);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setMinimumWidth(120);
    return box;
}

storage::AttentionThresholds AttentionSettingsDialog::thresholds() const
{
    storage::AttentionThresholds t;
    t.daysWithoutMeeting = m_days->value();
    t.daysWithoutMeetingRetOgPligt = m_daysRetOgPligt->value();
    t.hoursPercent = m_percent->value();
    t.hoursWeeks = m_weeks->value();
    t.endingSoonDays = m_endingSoon->value();
    t.chemistryAfterMeetings = m_chemistry->value();
    return t;
}

void AttentionSettingsDialog::setThresholds(const storage::AttentionThresholds &t)
{
    m_days->setValue(t.daysWithoutMeeting);
    m_daysRetOgPligt->setValue(t.daysWithoutMeetingRetOgPligt);
    m_percent->setValue(t.hoursPercent);
    m_weeks->setValue(t.hoursWeeks);
    m_endingSoon->setValue(t.endingSoonDays);
    m_chemistry->setValue(t.chemistryAfterMeetings);
}

void AttentionSettingsDialog::accept()
{
    if (const storage::Status saved = storage::AttentionQueries(m_db).setThresholds(thresholds()); !saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace mentordesk::gui
