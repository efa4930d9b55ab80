#pragma once

#include "domain/goal.h"
#include "entitystore.h"

namespace mentordesk::storage {

class GoalRepository {
public:
    explicit GoalRepository(Database &db);

    Result<domain::Id> add(domain::Goal &record);
    Status update(domain::Goal &record);
    std::optional<domain::Goal> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Goal> forCourse(domain::Id courseId) const;

private:
    Status check(const domain::Goal &record) const;
    EntityStore<domain::Goal> m_store;
};

} // namespace mentordesk::storage
