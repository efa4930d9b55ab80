#pragma once

#include "database.h"
#include "domain/recordmeta.h"

#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QList>
#include <optional>

namespace mentordesk::storage {

// How busy a mentor is, from the matches table.
struct MentorLoad {
    int approved = 0;      // current mentees: approved matches not ended
    int proposed = 0;      // open proposals, which approval would turn into mentees
    int everApproved = 0;  // mentees ever approved (experience), current ones included
};

// A match as the proposals list shows it: with both names.
struct MatchRow {
    domain::Id id = 0;
    domain::Id menteeId = 0;
    QString menteeName;
    domain::Id mentorId = 0;
    QString mentorName;
    std::optional<int> score;
    QStringList reasons;
    QString source;  // MatchSource code
    QString state;   // MatchState code
    QDateTime proposedAt;
    QDateTime decidedAt;
    QString reason;
};

struct PairIds {
    domain::Id menteeId = 0;
    domain::Id mentorId = 0;
    friend bool operator==(const PairIds &, const PairIds &) = default;
};

// What matching reads: the candidates on both sides and what the match history says about them.
class MatchingQueries {
public:
    explicit MatchingQueries(Database &db) : m_db(db) {}

    // Matches in the given states (codes; empty: all), newest proposal first.
    QList<MatchRow> matchRows(const QStringList &states) const;
    int openProposalCount() const;
    // Mentees with an open proposal (a decision is pending).
    QList<domain::Id> menteesWithOpenProposal() const;
    QHash<domain::Id, MentorLoad> mentorLoads() const;
    // Pairs a coordinator excluded from future proposals (on rejecting or ending a match).
    QList<PairIds> excludedPairs() const;
    // Stored weights of a scheme by criterion code; criteria without a row use their default.
    QHash<QString, int> weights(domain::Id schemeId) const;
    Status setWeights(domain::Id schemeId, const QHash<QString, int> &weights);
    // Forgets the scheme's weights: every criterion goes back to its default.
    Status resetWeights(domain::Id schemeId);

private:
    Database &m_db;
};

} // namespace mentordesk::storage
