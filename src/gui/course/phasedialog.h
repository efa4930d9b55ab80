#pragma once

#include "courserecorddialog.h"

#include "domain/phaseentry.h"

class QComboBox;
class QDateEdit;
class QLabel;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// Enters the course into a phase of the guide: which phase, from when, and a note, with the
// guide's questions for the chosen phase beside it. Going back a phase needs a note; the
// repository, which knows the course's history, decides and its message is shown.
class PhaseDialog : public CourseRecordDialog {
    Q_OBJECT
public:
    PhaseDialog(storage::Database &db, qint64 courseId, domain::Phase current, const QDate &today,
                QWidget *parent = nullptr);

    domain::PhaseEntry entry() const;
    // The questions shown for the chosen phase.
    QString questionsText() const;
    void accept() override;

private:
    void showPhase();

    storage::Database &m_db;
    qint64 m_courseId;
    domain::Phase m_current;
    QComboBox *m_phase;
    QDateEdit *m_date;
    QPlainTextEdit *m_note;
    QLabel *m_questions;
    QLabel *m_backHint;
};

} // namespace mentordesk::gui
