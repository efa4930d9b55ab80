#pragma once

#include "matching/matchingdata.h"
#include "matching/suggestions.h"

#include <QSet>
#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// The best candidates for one person, ranked, each with its score explained line by line, and
// a button to propose the chosen pair. For a mentee the candidates are mentors; for a mentor
// (the mentor's form) they are the mentees waiting for one.
class SuggestionPanel : public QWidget {
    Q_OBJECT
public:
    explicit SuggestionPanel(QWidget *parent = nullptr);

    void setDatabase(storage::Database *db);
    void showForMentee(domain::Id menteeId);
    void showForMentor(domain::Id mentorId);
    void clear();
    // Reads and ranks again (weights or matches changed), keeping the chosen candidate.
    void refresh();

Q_SIGNALS:
    // A proposal was stored; the lists of proposals and waiting mentees should re-read.
    void proposed();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Side { None, Mentee, Mentor };
    void rank();
    void showExplanation();
    void proposeSelected();
    void retranslate();

    storage::Database *m_db = nullptr;
    Side m_side = Side::None;
    domain::Id m_personId = 0;
    std::unique_ptr<matching::MatchingData> m_data;
    QList<matching::Suggestion> m_suggestions;
    QSet<std::pair<domain::Id, domain::Id>> m_proposed;  // (mentee, mentor) pairs waiting for a decision
    bool isProposed(const matching::Suggestion &s) const;

    QLabel *m_title;
    QCheckBox *m_showExcluded;
    QTreeWidget *m_list;
    QLabel *m_scoreLabel;
    QListWidget *m_explanation;
    QPushButton *m_propose;
};

} // namespace mentordesk::gui
