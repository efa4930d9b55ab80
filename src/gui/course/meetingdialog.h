#pragma once

#include "courserecorddialog.h"

#include "domain/conversationguide.h"
#include "domain/meeting.h"

#include <array>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTimeEdit;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// A meeting's form: when, how long, where and how it went, and the note written along the
// guide's five steps (each its own field, stored as one text) with "Before we meet again we
// will…". A held meeting needs its minutes and cannot lie in the future.
class MeetingDialog : public CourseRecordDialog {
    Q_OBJECT
public:
    MeetingDialog(storage::Database &db, const domain::Meeting &meeting, const QDate &today, QWidget *parent = nullptr);

    // The meeting as the form shows it now.
    domain::Meeting meeting() const;

    void accept() override;

private:
    QLayout *buildFacts();
    QLayout *buildNote();
    void load(const domain::Meeting &m);

    storage::Database &m_db;
    domain::Meeting m_meeting;
    QDate m_today;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_place;
    QComboBox *m_form;
    QComboBox *m_kind;
    QComboBox *m_status;
    std::array<QPlainTextEdit *, domain::kGuideStepCount> m_steps{};
    QPlainTextEdit *m_beforeNext = nullptr;
    QPlainTextEdit *m_freeText = nullptr;
};

} // namespace mentordesk::gui
