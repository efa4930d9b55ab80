#pragma once

#include "coursetab.h"

class QLabel;
class QPushButton;

namespace mentordesk::gui {

// A course's status reviews, newest first, and when the next one is due.
class ReviewsTab : public CourseTab {
    Q_OBJECT
public:
    ReviewsTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload() override;
    void startNew() override;

protected:
    void edit(qint64 id) override;
    void updateActions() override;

private:
    QPushButton *m_edit;
    QLabel *m_nextReview;
};

} // namespace mentordesk::gui
