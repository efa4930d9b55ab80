#pragma once

#include "domain/phaseentry.h"
#include "entitystore.h"

namespace mentordesk::storage {

class PhaseRepository {
public:
    explicit PhaseRepository(Database &db);

    Result<domain::Id> add(domain::PhaseEntry &record);
    Status update(domain::PhaseEntry &record);
    std::optional<domain::PhaseEntry> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::PhaseEntry> forCourse(domain::Id courseId) const;

private:
    Status check(const domain::PhaseEntry &record) const;
    EntityStore<domain::PhaseEntry> m_store;
};

} // namespace mentordesk::storage
