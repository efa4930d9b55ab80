#pragma once

#include "domain/agreement.h"

#include <QDialog>

class QLabel;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class OptionalDateEdit;

// The days mentee, mentor and coordinator signed a printed agreement. The signed paper itself
// stays in the case file; MentorDesk keeps when it was signed.
class AgreementSignaturesDialog : public QDialog {
    Q_OBJECT
public:
    AgreementSignaturesDialog(storage::Database &db, const domain::Agreement &agreement, const QDate &today, QWidget *parent = nullptr);

    OptionalDateEdit *mentee() const { return m_mentee; }
    OptionalDateEdit *mentor() const { return m_mentor; }
    OptionalDateEdit *coordinator() const { return m_coordinator; }
    void accept() override;

private:
    storage::Database &m_db;
    domain::Agreement m_agreement;
    OptionalDateEdit *m_mentee;
    OptionalDateEdit *m_mentor;
    OptionalDateEdit *m_coordinator;
    QLabel *m_error;
};

} // namespace mentordesk::gui
