#pragma once

#include "domain/ending.h"
#include "storage/database.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace mentordesk::gui {

class OptionalDateEdit;

// Ends a course (afslutning): end date, reason, outcome, the final status and an optional
// follow-up contact [002]. OK stores it through CourseWorkflow::end, which also ends the match
// and so frees the mentor's place; a refusal (an end before the start, the ret-og-pligt rule)
// is shown in the dialog, which stays open.
class EndCourseDialog : public QDialog {
    Q_OBJECT
public:
    EndCourseDialog(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    // The default end date; the database's today unless set.
    void setToday(const QDate &today);
    domain::Ending ending() const;
    // The stored ending's id once OK succeeded.
    domain::Id endingId() const { return m_endingId; }

    void accept() override;

private:
    storage::Database &m_db;
    qint64 m_courseId;
    QDate m_courseStart;
    domain::Id m_endingId = 0;
    QDateEdit *m_endDate;
    QComboBox *m_reason;
    QComboBox *m_outcome;
    QPlainTextEdit *m_finalStatus;
    OptionalDateEdit *m_followUp;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mentordesk::gui
