#pragma once

#include "domain/agreement.h"
#include "entitystore.h"

namespace mentordesk::storage {

class AgreementRepository {
public:
    explicit AgreementRepository(Database &db);

    Result<domain::Id> add(domain::Agreement &record);
    Status update(domain::Agreement &record);
    std::optional<domain::Agreement> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Agreement> forCourse(domain::Id courseId) const;  // newest version first
    std::optional<domain::Agreement> latest(domain::Id courseId) const;
    // The next version number for the course's agreement.
    int nextVersion(domain::Id courseId) const;
private:
    Status check(const domain::Agreement &record) const;
    EntityStore<domain::Agreement> m_store;
};

} // namespace mentordesk::storage
