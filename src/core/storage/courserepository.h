#pragma once

#include "domain/course.h"
#include "entitystore.h"

namespace mentordesk::storage {

class CourseRepository {
public:
    explicit CourseRepository(Database &db);

    Result<domain::Id> add(domain::Course &course);
    // Checks the state machine, and on activation the documentation the law asks for:
    // the failure then names every missing part.
    Status update(domain::Course &course);
    std::optional<domain::Course> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Course> forMentee(domain::Id menteeId) const;
    QList<domain::Course> page(int offset, int limit) const;
    int count() const { return m_store.count(); }
    int countWithStatus(domain::CourseStatus status) const;
    // Planned, active and paused courses, by id.
    Result<QList<domain::Id>> openCourseIds() const;
    // What activation of this course still needs, read from its matches, grants and scheme.
    domain::Errors activationProblems(const domain::Course &course) const
    {
        return course.activationProblems(activationContext(course));
    }
    // The part of activation outside the course's own fields (match, grant, scheme), for a form
    // that checks the fields as they are typed.
    domain::ActivationContext activationContext(const domain::Course &course) const;

private:
    EntityStore<domain::Course> m_store;
};

} // namespace mentordesk::storage
