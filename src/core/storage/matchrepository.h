#pragma once

#include "domain/match.h"
#include "entitystore.h"

namespace mentordesk::storage {

class MatchRepository {
public:
    explicit MatchRepository(Database &db);

    Result<domain::Id> add(domain::Match &match);
    // Refuses a state change the state machine does not allow (e.g. rejected → approved).
    Status update(domain::Match &match);
    std::optional<domain::Match> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Match> forMentee(domain::Id menteeId) const;
    QList<domain::Match> forMentor(domain::Id mentorId) const;
    int countInState(domain::MatchState state) const;

private:
    EntityStore<domain::Match> m_store;
};

} // namespace mentordesk::storage
