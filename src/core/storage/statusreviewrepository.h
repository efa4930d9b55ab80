#pragma once

#include "domain/statusreview.h"
#include "entitystore.h"

namespace mentordesk::storage {

class StatusReviewRepository {
public:
    explicit StatusReviewRepository(Database &db);

    Result<domain::Id> add(domain::StatusReview &record);
    Status update(domain::StatusReview &record);
    std::optional<domain::StatusReview> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::StatusReview> forCourse(domain::Id courseId) const;

private:
    Status check(const domain::StatusReview &record) const;
    EntityStore<domain::StatusReview> m_store;
};

} // namespace mentordesk::storage
