#include "recordeditor.h"

#include "dialogs/menteedialog.h"
#include "dialogs/mentordialog.h"

#include "storage/auditrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace mentordesk::gui {

RecordEditor::RecordEditor(QWidget *dialogParent, std::function<storage::Database *()> database)
    : QObject(dialogParent), m_parent(dialogParent), m_database(std::move(database))
{
}

namespace {

template <typename Dialog>
Dialog *present(Dialog *dialog, RecordEditor *editor, const std::function<void(qint64)> &openDuplicate)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &RecordDialog::saved, editor, &RecordEditor::recordSaved);
    QObject::connect(dialog, &RecordDialog::openDuplicateRequested, editor, openDuplicate);
    // Window-modal: the main window cannot switch to another file under an open form.
    dialog->open();
    return dialog;
}

} // namespace

MentorDialog *RecordEditor::newMentor()
{
    storage::Database *db = m_database();
    if (!db)
        return nullptr;
    return present(new MentorDialog(*db, Mentor{}, today(), m_parent), this, [this](qint64 id) { openMentor(id); });
}

MentorDialog *RecordEditor::openMentor(qint64 id)
{
    storage::Database *db = m_database();
    if (!db)
        return nullptr;
    const auto mentor = storage::MentorRepository(*db).find(id);
    if (!mentor)
        return nullptr;
    // Opening a person's record is a read the audit trail must show.
    if (const storage::Status audited = storage::AuditRepository(*db).record(AuditAction::Read, u"mentor"_s, id); !audited)
        qCWarning(lcGui) << "read of mentor" << id << "not audited:" << audited.error();
    return present(new MentorDialog(*db, *mentor, today(), m_parent), this, [this](qint64 other) { openMentor(other); });
}

MenteeDialog *RecordEditor::newMentee()
{
    storage::Database *db = m_database();
    if (!db)
        return nullptr;
    return present(new MenteeDialog(*db, Mentee{}, today(), m_parent), this, [this](qint64 id) { openMentee(id); });
}

MenteeDialog *RecordEditor::openMentee(qint64 id)
{
    storage::Database *db = m_database();
    if (!db)
        return nullptr;
    const auto mentee = storage::MenteeRepository(*db).find(id);
    if (!mentee)
        return nullptr;
    if (const storage::Status audited = storage::AuditRepository(*db).record(AuditAction::Read, u"mentee"_s, id); !audited)
        qCWarning(lcGui) << "read of mentee" << id << "not audited:" << audited.error();
    return present(new MenteeDialog(*db, *mentee, today(), m_parent), this, [this](qint64 other) { openMentee(other); });
}

} // namespace mentordesk::gui
