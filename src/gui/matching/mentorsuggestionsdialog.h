#pragma once

#include "domain/recordmeta.h"

#include <QDialog>

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class SuggestionPanel;

// The best mentees for one mentor, from the mentor's form: the waiting mentees ranked, each
// score explained line by line, and Propose to store the chosen pair as a proposal.
// Window-modal over its parent.
class MentorSuggestionsDialog : public QDialog {
    Q_OBJECT
public:
    MentorSuggestionsDialog(storage::Database &db, domain::Id mentorId, const QString &mentorName, QWidget *parent = nullptr);

    SuggestionPanel *panel() const { return m_panel; }

Q_SIGNALS:
    // A proposal was stored.
    void proposed();

private:
    SuggestionPanel *m_panel;
};

} // namespace mentordesk::gui
