#pragma once

#include "domain/logbookentry.h"
#include "entitystore.h"

namespace mentordesk::storage {

class LogbookRepository {
public:
    explicit LogbookRepository(Database &db);

    Result<domain::Id> add(domain::LogbookEntry &record);
    Status update(domain::LogbookEntry &record);
    std::optional<domain::LogbookEntry> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::LogbookEntry> forCourse(domain::Id courseId) const;

private:
    Status check(const domain::LogbookEntry &record) const;
    EntityStore<domain::LogbookEntry> m_store;
};

} // namespace mentordesk::storage
