#pragma once

#include "domain/availability.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace mentordesk::gui {

// When a person can meet: the 7 × 3 grid of check boxes (days down, parts of the day across)
// the mentor and mentee forms share. The boxes are named "slot_<day>_<part>" (day 0 = Monday,
// part 0 = morning) so tests can find them.
class AvailabilityGrid : public QWidget {
    Q_OBJECT
public:
    explicit AvailabilityGrid(QWidget *parent = nullptr);

    domain::Availability availability() const;
    void setAvailability(const domain::Availability &availability);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    using Row = std::array<QCheckBox *, domain::Availability::kParts>;
    std::array<Row, domain::Availability::kDays> m_slots{};
    std::array<QLabel *, domain::Availability::kParts> m_partLabels{};
    std::array<QLabel *, domain::Availability::kDays> m_dayLabels{};
};

} // namespace mentordesk::gui
