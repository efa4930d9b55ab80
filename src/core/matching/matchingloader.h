#pragma once

#include "matchingdata.h"

#include "storage/database.h"

#include <QSet>

#include <optional>

namespace mentordesk::matching {

// Reads a matching run's input from the database (read only).
class MatchingLoader {
public:
    explicit MatchingLoader(storage::Database &db) : m_db(db) {}

    // Every open mentee (of one scheme, or all) and every active mentor: the bulk run, and a
    // mentor's suggestions.
    MatchingData openMentees(std::optional<domain::Id> schemeId = std::nullopt) const;
    // One mentee (open or not, e.g. after an ended match) against every active mentor.
    MatchingData forMentee(domain::Id menteeId) const;
    // The mentees of `data` (indices) with an open proposal: the bulk run leaves them for the
    // coordinator's decision.
    QSet<int> menteesWithOpenProposal(const MatchingData &data) const;

private:
    MatchingData build(QList<domain::Mentee> mentees) const;
    storage::Database &m_db;
};

} // namespace mentordesk::matching
