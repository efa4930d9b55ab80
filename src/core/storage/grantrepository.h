#pragma once

#include "domain/grant.h"
#include "entitystore.h"

namespace mentordesk::storage {

class GrantRepository {
public:
    explicit GrantRepository(Database &db);

    Result<domain::Id> add(domain::Grant &record);
    Status update(domain::Grant &record);
    std::optional<domain::Grant> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Grant> forCourse(domain::Id courseId) const;
    // Hours granted per week on `date`, 0 when no grant covers it.
    double hoursOn(domain::Id courseId, const QDate &date) const;
private:
    Status check(const domain::Grant &record) const;
    EntityStore<domain::Grant> m_store;
};

} // namespace mentordesk::storage
