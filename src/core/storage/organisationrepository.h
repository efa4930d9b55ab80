#pragma once

#include "database.h"
#include "domain/organisation.h"

namespace mentordesk::storage {

// The organisation's agreement details, kept with the data in the setting table (keys
// organisation.*), so every coordinator on the file prints the same letterhead.
class OrganisationRepository {
public:
    explicit OrganisationRepository(Database &db) : m_db(db) {}

    domain::Organisation read() const;
    // Saves every field, with an audit entry, in one transaction.
    Status save(const domain::Organisation &organisation);

private:
    Database &m_db;
};

} // namespace mentordesk::storage
