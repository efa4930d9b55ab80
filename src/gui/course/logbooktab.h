#pragma once

#include "coursetab.h"

class QPushButton;

namespace mentordesk::gui {

// A course's logbook, newest first: dated keywords by mentor, mentee or coordinator, kept apart
// from the meetings' notes.
class LogbookTab : public CourseTab {
    Q_OBJECT
public:
    LogbookTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload() override;
    void startNew() override;

protected:
    void edit(qint64 id) override;
    void updateActions() override;

private:
    QPushButton *m_edit;
};

} // namespace mentordesk::gui
