#pragma once

#include "storage/attentionqueries.h"

#include <QDialog>

class QLabel;
class QSpinBox;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// The limits of the needs-attention rules. They belong to the database (the organisation's
// rule, the same for every coordinator on the file), so they are saved there, not per user.
class AttentionSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AttentionSettingsDialog(storage::Database &db, QWidget *parent = nullptr);

    storage::AttentionThresholds thresholds() const;
    void setThresholds(const storage::AttentionThresholds &limits);
    void accept() override;

private:
    QSpinBox *spin(int minimum, int maximum, const QString &suffix);

    storage::Database &m_db;
    QSpinBox *m_days;
    QSpinBox *m_daysRetOgPligt;
    QSpinBox *m_percent;
    QSpinBox *m_weeks;
    QSpinBox *m_endingSoon;
    QSpinBox *m_chemistry;
    QLabel *m_error;
};

} // namespace mentordesk::gui
