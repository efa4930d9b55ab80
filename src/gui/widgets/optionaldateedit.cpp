#include "optionaldateedit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

OptionalDateEdit::OptionalDateEdit(const QString &checkText, QWidget *parent)
    : QWidget(parent), m_check(new QCheckBox(checkText, this)), m_edit(new QDateEdit(this))
{
    m_check->setObjectName(u"optionalDateCheck"_s);
    m_edit->setObjectName(u"optionalDateEdit"_s);
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_check);
    layout->addWidget(m_edit);
    layout->addStretch(1);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        m_edit->setEnabled(on);
        Q_EMIT dateChanged();
    });
    connect(m_edit, &QDateEdit::dateChanged, this, &OptionalDateEdit::dateChanged);
}

QDate OptionalDateEdit::date() const
{
    return m_check->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate &date)
{
    if (date.isValid())
        m_edit->setDate(date);
    m_check->setChecked(date.isValid());
}

void OptionalDateEdit::setSuggestedDate(const QDate &date)
{
    if (!m_check->isChecked() && date.isValid())
        m_edit->setDate(date);
}

void OptionalDateEdit::setMinimumDate(const QDate &date)
{
    m_edit->setMinimumDate(date);
}

} // namespace mentordesk::gui
