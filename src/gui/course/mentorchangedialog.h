#pragma once

#include "domain/enums.h"
#include "storage/database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace mentordesk::gui {

// A mentor change (mentorskift): why and the reason (required), whether the pair may be
// proposed again, and whether to look for the new mentor in Matching at once. OK ends the
// current match through CourseWorkflow::changeMentor; the course stays open without a mentor
// and keeps its goals, logbook and hours. A refusal is shown in the dialog, which stays open.
class MentorChangeDialog : public QDialog {
    Q_OBJECT
public:
    MentorChangeDialog(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    domain::MatchEndReason why() const;
    QString reason() const;
    bool excludePair() const;
    // The caller then opens Matching on the mentee.
    bool findNewMentorNow() const;
    // False when the course has no mentor to change.
    bool hasMentor() const { return m_hasMentor; }

    void accept() override;

private:
    void updateOk();

    storage::Database &m_db;
    qint64 m_courseId;
    bool m_hasMentor = false;
    QComboBox *m_why;
    QPlainTextEdit *m_reason;
    QCheckBox *m_exclude;
    QCheckBox *m_findNow;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace mentordesk::gui
