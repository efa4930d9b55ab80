#pragma once

#include "domain/enums.h"
#include "storage/database.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace mentordesk::gui {

// The chemistry check of the course's current match [002]: does the chemistry work, and on
// which day was it asked. OK stores it through CourseWorkflow::recordChemistry. After "No
// chemistry" the caller offers a mentor change (noChemistry()).
class ChemistryDialog : public QDialog {
    Q_OBJECT
public:
    ChemistryDialog(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    // The default date, and the latest one allowed; the database's today unless set.
    void setToday(const QDate &today);
    domain::Chemistry chemistry() const;
    bool noChemistry() const { return chemistry() == domain::Chemistry::NotOk; }
    QDate date() const;

    void accept() override;

private:
    void updateHint();

    storage::Database &m_db;
    qint64 m_courseId;
    QRadioButton *m_works;
    QRadioButton *m_none;
    QDateEdit *m_date;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mentordesk::gui
