#pragma once

#include "domain/course.h"
#include "domain/grant.h"
#include "storage/database.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace mentordesk::gui {

class OptionalDateEdit;

// Adds or corrects one grant (bevilling) of a course. A change of hours is a new grant after
// the previous one, never a new course. Stores the grant itself on OK and stays open with the
// repository's message when it refuses (overlap, 0 or above 37 hours); above 10 hours a week it
// only warns, since such records are usually, but not always, typing errors [003].
class GrantDialog : public QDialog {
    Q_OBJECT
public:
    // `record.id` 0 adds a new grant, otherwise the stored one is corrected.
    GrantDialog(storage::Database &db, const domain::Grant &record, QWidget *parent = nullptr);

    // A new grant following the course's last one: from the day after it ends (or the course
    // start), as long as the last one (or to the planned end), with the same hours.
    static domain::Grant nextGrant(const domain::Course &course, const QList<domain::Grant> &grants, const QDate &today);

    domain::Grant grant() const;
    // The id of the stored grant once OK succeeded.
    domain::Id savedId() const { return m_grant.id; }

    void accept() override;

private:
    void updateWarning();

    storage::Database &m_db;
    domain::Grant m_grant;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDoubleSpinBox *m_hours;
    QLineEdit *m_decidedBy;
    OptionalDateEdit *m_decidedOn;
    QLabel *m_warning;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mentordesk::gui
