#pragma once

#include "courserecorddialog.h"

#include "domain/goal.h"

class QComboBox;
class QDateEdit;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// A goal or sub-goal of the course: what, by when, how far it has come.
class GoalDialog : public CourseRecordDialog {
    Q_OBJECT
public:
    GoalDialog(storage::Database &db, const domain::Goal &goal, QWidget *parent = nullptr);

    domain::Goal goal() const;
    void accept() override;

private:
    void updateParent();

    storage::Database &m_db;
    domain::Goal m_goal;
    QPlainTextEdit *m_text;
    QComboBox *m_kind;
    QComboBox *m_parent;
    QDateEdit *m_due;
    QComboBox *m_status;
    QPlainTextEdit *m_progress;
};

} // namespace mentordesk::gui
