#pragma once

#include "dialogs/recorddialog.h"

#include "storage/result.h"

#include <QHash>

class QLabel;
class QLayout;
class QPlainTextEdit;

namespace mentordesk::gui {

// The form of one course record (goal, meeting, logbook entry, phase, review): RecordDialog's
// marking and unsaved-changes question, a validation message right under the field it is
// about, and the one way such a record is saved.
class CourseRecordDialog : public RecordDialog {
    Q_OBJECT
public:
    // The message shown under `field`'s editor; empty when there is none.
    QString messageFor(const QString &field) const;
    // Every message shown now, under fields and below the form.
    QString shownMessages() const;

protected:
    explicit CourseRecordDialog(QWidget *parent = nullptr);

    // Call once the subclass built `content`: adds the message line and the buttons under it.
    void finishLayout(QLayout *content);
    // `editor` with a red message line under it, for a form row; `field` is the domain's code.
    QWidget *withMessage(const QString &field, QWidget *editor);
    // Marks the fields, writes each message under its field; messages of no field and `extra`
    // (the database's answer) go below the form.
    void showFieldErrors(const domain::Errors &errors, const QString &extra = {});
    // A text field for a few lines that Tab leaves.
    QPlainTextEdit *textEdit(const QString &objectName, int lines);

    // Validates, stores through `repository` and closes; on a problem the form stays open with
    // the messages. True when stored.
    template <typename Repository, typename Record>
    bool save(Repository &repository, Record &record, const domain::Errors &errors)
    {
        if (!errors.isEmpty()) {
            showFieldErrors(errors);
            return false;
        }
        const storage::Status stored = record.id ? repository.update(record) : repository.add(record).status();
        if (!stored) {
            showFieldErrors({}, stored.error());
            return false;
        }
        closeSaved(record.id);
        return true;
    }

private:
    void closeSaved(qint64 id);

    QHash<QString, QLabel *> m_messages;
    QLabel *m_errorLabel = nullptr;
};

} // namespace mentordesk::gui
