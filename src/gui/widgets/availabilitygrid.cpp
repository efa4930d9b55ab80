#include "availabilitygrid.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;
using mentordesk::domain::Availability;

namespace mentordesk::gui {

AvailabilityGrid::AvailabilityGrid(QWidget *parent) : QWidget(parent)
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(0, 1);  // the day names take what is left; the boxes stay centred
    for (int part = 0; part < Availability::kParts; ++part) {
        m_partLabels[size_t(part)] = new QLabel(this);
        grid->addWidget(m_partLabels[size_t(part)], 0, part + 1, Qt::AlignCenter);
        grid->setColumnStretch(part + 1, 1);
    }
    for (int day = 0; day < Availability::kDays; ++day) {
        m_dayLabels[size_t(day)] = new QLabel(this);
        grid->addWidget(m_dayLabels[size_t(day)], day + 1, 0);
        for (int part = 0; part < Availability::kParts; ++part) {
            auto *box = new QCheckBox(this);
            box->setObjectName(u"slot_%1_%2"_s.arg(day).arg(part));
            m_slots[size_t(day)][size_t(part)] = box;
            grid->addWidget(box, day + 1, part + 1, Qt::AlignCenter);
        }
    }
    retranslate();
}

Availability AvailabilityGrid::availability() const
{
    Availability availability;
    for (int day = 0; day < Availability::kDays; ++day)
        for (int part = 0; part < Availability::kParts; ++part)
            availability.set(day, part, m_slots[size_t(day)][size_t(part)]->isChecked());
    return availability;
}

void AvailabilityGrid::setAvailability(const Availability &availability)
{
    for (int day = 0; day < Availability::kDays; ++day)
        for (int part = 0; part < Availability::kParts; ++part)
            m_slots[size_t(day)][size_t(part)]->setChecked(availability.isSet(day, part));
}

void AvailabilityGrid::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AvailabilityGrid::retranslate()
{
    static const char *const parts[] = {QT_TR_NOOP("Morning"), QT_TR_NOOP("Afternoon"), QT_TR_NOOP("Evening")};
    for (int part = 0; part < Availability::kParts; ++part)
        m_partLabels[size_t(part)]->setText(tr(parts[part]));
    // Day names from the locale, so they follow the user's language.
    const QLocale locale;
    for (int day = 0; day < Availability::kDays; ++day) {
        m_dayLabels[size_t(day)]->setText(locale.standaloneDayName(day + 1, QLocale::LongFormat));
        for (int part = 0; part < Availability::kParts; ++part)
            m_slots[size_t(day)][size_t(part)]->setAccessibleName(
                u"%1, %2"_s.arg(locale.standaloneDayName(day + 1), tr(parts[part])));
    }
}

} // namespace mentordesk::gui
