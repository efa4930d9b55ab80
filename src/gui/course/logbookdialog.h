#pragma once

#include "courserecorddialog.h"

#include "domain/logbookentry.h"

#include <array>

class QCheckBox;
class QComboBox;
class QDateEdit;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// A logbook entry: a few keywords on what was agreed or achieved, who wrote it, what kind of
// moment it was, and whether the caseworker may read it.
class LogbookDialog : public CourseRecordDialog {
    Q_OBJECT
public:
    LogbookDialog(storage::Database &db, const domain::LogbookEntry &entry, const QDate &today, QWidget *parent = nullptr);

    domain::LogbookEntry entry() const;
    void accept() override;

private:
    storage::Database &m_db;
    domain::LogbookEntry m_entry;
    QDate m_today;
    QDateEdit *m_date;
    QComboBox *m_author;
    std::array<QCheckBox *, 4> m_tags{};
    QCheckBox *m_shared;
    QPlainTextEdit *m_text;
};

} // namespace mentordesk::gui
