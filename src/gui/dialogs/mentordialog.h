#pragma once

#include "recorddialog.h"

#include "domain/mentor.h"
#include "printing/printpreview.h"

#include <QDate>
#include <memory>

namespace Ui {
class MentorDialog;
}

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// Creates or edits one mentor. OK validates and stores; on any problem the dialog stays open
// with the fields in error marked and everything typed kept.
class MentorDialog : public RecordDialog {
    Q_OBJECT
public:
    // `mentor.id == 0` registers a new mentor.
    MentorDialog(storage::Database &db, const domain::Mentor &mentor, const QDate &today, QWidget *parent = nullptr);
    ~MentorDialog() override;

    // The mentor as the form shows it now (the stored one after a save).
    domain::Mentor mentor() const;
    void accept() override;
    // The mentor's caseload sheet in the print preview, to a printer or a PDF.
    void printCaseload();
    // Tests replace the modal print preview.
    void setPrintRunner(PrintRunner runner) { m_print = std::move(runner); }

private:
    void load(const domain::Mentor &m);
    // The current mentees and the history of proposals and decisions, from the database.
    void loadMatches();
    void updateFreePlaces();
    void updateSuggestButton();
    void openSuggestions();
    void archive();

    std::unique_ptr<Ui::MentorDialog> m_ui;
    storage::Database &m_db;
    domain::Mentor m_mentor;  // keeps the fields the form does not show
    QDate m_today;
    int m_approvedMentees = 0;
    QString m_confirmedDuplicateEmail;  // the e-mail the user chose to save anyway
    PrintRunner m_print = &showPrintPreview;
};

} // namespace mentordesk::gui
