#pragma once

#include "coursetab.h"

class QLabel;

namespace mentordesk::gui {

// Where the course stands in the guide's five phases: the current phase with its questions,
// and every phase entered, newest first.
class PhasesTab : public CourseTab {
    Q_OBJECT
public:
    PhasesTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload() override;
    // Opens "Enter next phase".
    void startNew() override;

private:
    QLabel *m_current;
    QLabel *m_questions;
};

} // namespace mentordesk::gui
