#pragma once

#include "filterbar.h"
#include "storage/listqueries.h"

class QComboBox;

namespace mentordesk::gui {

// The mentee register's filters: search, target group, scheme, status and active course.
class MenteeFilterBar : public FilterBar {
    Q_OBJECT
public:
    explicit MenteeFilterBar(QWidget *parent = nullptr);

    // The schemes to choose from; they come from the open database. A chosen scheme that is
    // no longer there falls back to "All schemes".
    void setSchemes(const QList<storage::SchemeChoice> &schemes);
    storage::MenteeFilter filter() const;
    void applyTo(PagedModelBase *model) const override;

protected:
    void retranslate() override;

private:
    bool fillSchemes();

    QComboBox *m_targetGroup;
    QComboBox *m_scheme;
    QComboBox *m_status;
    QComboBox *m_course;
    QList<storage::SchemeChoice> m_schemes;
};

} // namespace mentordesk::gui
