#pragma once

#include <QDate>
#include <QObject>
#include <functional>

class QWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class MenteeDialog;
class MentorDialog;

// Owns the open/save flow of the record forms for the main window: loads a record (and writes
// the audit trail's read entry in the same place), shows its dialog without blocking, and
// reports saves so the lists can be refreshed.
class RecordEditor : public QObject {
    Q_OBJECT
public:
    // `database` is asked each time: the window may switch files while no form is open.
    RecordEditor(QWidget *dialogParent, std::function<storage::Database *()> database);

    // Each returns the shown dialog (deleted on close), or nullptr when there is no database
    // or no such record.
    MentorDialog *newMentor();
    MentorDialog *openMentor(qint64 id);
    MenteeDialog *newMentee();
    MenteeDialog *openMentee(qint64 id);

    void setToday(const QDate &today) { m_today = today; }

Q_SIGNALS:
    void recordSaved();

private:
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    QWidget *m_parent;
    std::function<storage::Database *()> m_database;
    QDate m_today;  // tests fix the date; empty means the real one
};

} // namespace mentordesk::gui
