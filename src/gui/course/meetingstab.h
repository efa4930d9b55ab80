#pragma once

#include "coursetab.h"

class QLabel;
class QPushButton;

namespace mentordesk::gui {

// A course's meetings, newest first, with the held ones summed: the delivered contact hours.
// "Next meeting" opens a planned meeting like the last one.
class MeetingsTab : public CourseTab {
    Q_OBJECT
public:
    MeetingsTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload() override;
    void startNew() override;
    // Opens a planned meeting pre-filled from the last one (nextMeeting()).
    void startNext();

protected:
    void edit(qint64 id) override;
    void updateActions() override;

private:
    QPushButton *m_edit;
    QLabel *m_held;
};

} // namespace mentordesk::gui
