#pragma once

#include "recorddialog.h"

#include "domain/mentee.h"

#include <QDate>
#include <memory>

namespace Ui {
class MenteeDialog;
}

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// Creates or edits one mentee, with the mentee's matches and courses for reference. A CPR
// number already registered can never be saved; a known e-mail needs a second OK.
class MenteeDialog : public RecordDialog {
    Q_OBJECT
public:
    // `mentee.id == 0` registers a new mentee.
    MenteeDialog(storage::Database &db, const domain::Mentee &mentee, const QDate &today, QWidget *parent = nullptr);
    ~MenteeDialog() override;

    domain::Mentee mentee() const;
    void accept() override;

private:
    void load(const domain::Mentee &m);
    void loadHistory();
    void archive();
    // False (with the warning shown) when the form must not be saved yet.
    bool passesDuplicateCheck(const domain::Mentee &m);

    std::unique_ptr<Ui::MenteeDialog> m_ui;
    storage::Database &m_db;
    domain::Mentee m_mentee;
    QDate m_today;
    QString m_confirmedDuplicateEmail;
};

} // namespace mentordesk::gui
