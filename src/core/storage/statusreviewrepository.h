#pragma once

#include "domain/statusreview.h"
#include "entitystore.h"

namespace mentordesk::storage {

class StatusReviewRepository {
public:
    explicit StatusReviewRepository(Database &db);

    // Both also set the course's next review date to that of its newest review, in the same
    // transaction (with an audit entry for the course).
    Result<domain::Id> add(domain::StatusReview &record);
    Status update(domain::StatusReview &record);
    std::optional<domain::StatusReview> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::StatusReview> forCourse(domain::Id courseId) const;

private:
    Status check(const domain::StatusReview &record) const;
    Status followLatestReview(domain::Id courseId);
    EntityStore<domain::StatusReview> m_store;
};

} // namespace mentordesk::storage
