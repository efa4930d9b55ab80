#pragma once

#include "domain/ending.h"
#include "entitystore.h"

namespace mentordesk::storage {

class EndingRepository {
public:
    explicit EndingRepository(Database &db);

    Result<domain::Id> add(domain::Ending &record);
    Status update(domain::Ending &record);
    std::optional<domain::Ending> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Ending> forCourse(domain::Id courseId) const;

private:
    Status check(const domain::Ending &record) const;
    EntityStore<domain::Ending> m_store;
};

} // namespace mentordesk::storage
