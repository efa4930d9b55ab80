#pragma once

#include "filterbar.h"
#include "storage/listqueries.h"

class QCheckBox;
class QComboBox;

namespace mentordesk::gui {

// The course list's filters: search by mentee or mentor, status (open courses by default) and
// "only with an hours gap" against the needs-attention threshold.
class CourseFilterBar : public FilterBar {
    Q_OBJECT
public:
    explicit CourseFilterBar(QWidget *parent = nullptr);

    // The share of granted hours below which a course has a gap (the database's threshold).
    void setGapPercent(int percent);
    storage::CourseFilter filter() const;
    void applyTo(PagedModelBase *model) const override;

protected:
    void retranslate() override;

private:
    QComboBox *m_status;
    QCheckBox *m_gap;
    int m_gapPercent = 75;
};

} // namespace mentordesk::gui
