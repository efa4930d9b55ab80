#pragma once

#include "filterbar.h"
#include "storage/listqueries.h"

class QCheckBox;
class QComboBox;

namespace mentordesk::gui {

// The mentor register's filters: search, mentor type, status and free places.
class MentorFilterBar : public FilterBar {
    Q_OBJECT
public:
    explicit MentorFilterBar(QWidget *parent = nullptr);

    storage::MentorFilter filter() const;
    void applyTo(PagedModelBase *model) const override;

protected:
    void retranslate() override;

private:
    QComboBox *m_type;
    QComboBox *m_status;
    QCheckBox *m_freeCapacity;
};

} // namespace mentordesk::gui
