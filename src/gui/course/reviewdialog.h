#pragma once

#include "courserecorddialog.h"

#include "domain/statusreview.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// A status review: the guide's status questions beside the answers, the mentee's and the
// mentor's assessment apart, the check of delivered hours (or why it could not be made), the
// decision and when to look again. Saving also moves the course's next review date.
class ReviewDialog : public CourseRecordDialog {
    Q_OBJECT
public:
    ReviewDialog(storage::Database &db, const domain::StatusReview &review, const QDate &today, QWidget *parent = nullptr);

    domain::StatusReview review() const;
    void accept() override;

private:
    QLayout *buildFacts();
    QLayout *buildAnswers();
    QLayout *buildAssessments();
    QWidget *buildHours();

    storage::Database &m_db;
    domain::StatusReview m_review;
    QDate m_today;
    QDateEdit *m_date;
    QLineEdit *m_by;
    QComboBox *m_decision;
    QDateEdit *m_nextReview;
    QPlainTextEdit *m_answers = nullptr;
    QPlainTextEdit *m_menteeAssessment = nullptr;
    QPlainTextEdit *m_mentorAssessment = nullptr;
    QCheckBox *m_hoursChecked = nullptr;
    QLineEdit *m_hoursNote = nullptr;
};

} // namespace mentordesk::gui
