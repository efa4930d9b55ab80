#pragma once

#include "domain/scheme.h"
#include "entitystore.h"

namespace mentordesk::storage {

class SchemeRepository {
public:
    explicit SchemeRepository(Database &db);

    Result<domain::Id> add(domain::Scheme &scheme);
    Status update(domain::Scheme &scheme);
    std::optional<domain::Scheme> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Scheme> all() const;
    int count() const { return m_store.count(); }

private:
    EntityStore<domain::Scheme> m_store;
};

} // namespace mentordesk::storage
