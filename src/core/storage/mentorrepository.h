#pragma once

#include "domain/mentor.h"
#include "entitystore.h"

namespace mentordesk::storage {

class MentorRepository {
public:
    explicit MentorRepository(Database &db);

    Result<domain::Id> add(domain::Mentor &mentor);
    Status update(domain::Mentor &mentor);
    std::optional<domain::Mentor> find(domain::Id id) const { return m_store.find(id); }
    // A page in Danish name order; archived mentors only when asked for.
    QList<domain::Mentor> page(int offset, int limit, bool includeArchived = false) const;
    int count(bool includeArchived = false) const;
    QList<domain::Mentor> withEmail(const QString &email) const;

private:
    EntityStore<domain::Mentor> m_store;
};

} // namespace mentordesk::storage
