#pragma once

#include "domain/meeting.h"
#include "entitystore.h"

namespace mentordesk::storage {

class MeetingRepository {
public:
    explicit MeetingRepository(Database &db);

    Result<domain::Id> add(domain::Meeting &record);
    Status update(domain::Meeting &record);
    std::optional<domain::Meeting> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Meeting> forCourse(domain::Id courseId) const;
    int countHeld(domain::Id courseId) const;
    // Minutes of held meetings of the course, all time.
    int heldMinutes(domain::Id courseId) const;
private:
    Status check(const domain::Meeting &record) const;
    EntityStore<domain::Meeting> m_store;
};

} // namespace mentordesk::storage
