#pragma once

#include "domain/match.h"

#include <QTreeWidget>
#include <functional>

namespace mentordesk::gui {

// The proposals and decisions of one person, newest first, as the mentor and mentee forms show
// them: one row per match (the other person, the state, the dates proposed and decided, the
// score) and, below a decided one, the decision's reason on a line of its own.
class MatchHistoryTree : public QTreeWidget {
    Q_OBJECT
public:
    enum Column { PersonColumn, StateColumn, ProposedColumn, DecidedColumn, ScoreColumn, ColumnCount };
    // Whom the first column names: the mentors of a mentee, or the mentees of a mentor.
    enum class Counterpart { Mentor, Mentee };

    explicit MatchHistoryTree(QWidget *parent = nullptr);

    void setCounterpart(Counterpart counterpart);
    // Replaces the rows; `nameOf` gives the other person's name for a match.
    void showMatches(QList<domain::Match> matches, const std::function<QString(const domain::Match &)> &nameOf);
    // The reason row below a match row; null when the match has no reason.
    static QTreeWidgetItem *reasonItem(const QTreeWidgetItem *matchItem);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Counterpart m_counterpart = Counterpart::Mentor;
};

} // namespace mentordesk::gui
