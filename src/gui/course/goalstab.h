#pragma once

#include "coursetab.h"

#include "domain/enums.h"

class QLabel;
class QMenu;
class QPushButton;

namespace mentordesk::gui {

// A course's goals with their sub-goals beneath them: text, kind, due date, status and the
// progress notes' first line. The status changes in two clicks (Set status, or the context
// menu) without opening the form.
class GoalsTab : public CourseTab {
    Q_OBJECT
public:
    GoalsTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload() override;
    void startNew() override;
    // A new sub-goal of the selected goal (or of the selected sub-goal's goal).
    void startNewSubGoal();
    // Sets the selected goal's status and saves it; false (the reason shown) when that failed.
    bool setSelectedStatus(domain::GoalStatus status);

protected:
    void edit(qint64 id) override;
    void updateActions() override;

private:
    qint64 selectedGoalOrParent() const;

    QPushButton *m_newSubGoal;
    QPushButton *m_edit;
    QPushButton *m_status;
    QMenu *m_statusMenu;
    QLabel *m_summary;
};

} // namespace mentordesk::gui
