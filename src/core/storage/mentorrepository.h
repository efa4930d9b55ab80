#pragma once

#include "domain/mentor.h"
#include "entitystore.h"

#include <QHash>

namespace mentordesk::storage {

class MentorRepository {
public:
    explicit MentorRepository(Database &db);

    Result<domain::Id> add(domain::Mentor &mentor);
    Status update(domain::Mentor &mentor);
    // Validates all, then inserts all in one transaction (imports); nothing on any failure.
    Result<int> addMany(QList<domain::Mentor> &mentors);
    // addMany in two steps for imports: prepareMany validates and converts without the
    // database (any thread), addPrepared writes in the caller's thread.
    static Result<PreparedBatch<domain::Mentor>> prepareMany(QList<domain::Mentor> mentors, const WriteStamp &stamp);
    Result<int> addPrepared(PreparedBatch<domain::Mentor> &batch) { return m_store.insertBatch(batch); }
    std::optional<domain::Mentor> find(domain::Id id) const { return m_store.find(id); }
    // A page in Danish name order; archived mentors only when asked for.
    QList<domain::Mentor> page(int offset, int limit, bool includeArchived = false) const;
    int count(bool includeArchived = false) const;
    // Every stored email with the id of its mentor, for duplicate checks of whole files.
    QHash<QString, domain::Id> emailsInUse() const;
    // Every mentor in id order, streamed (exports); `visit` returns false to stop. False on a read error.
    bool forEach(bool includeArchived, const std::function<bool(const domain::Mentor &)> &visit) const;
    QList<domain::Mentor> withEmail(const QString &email) const;
    // Mentors who may take mentees (status active), in id order: matching's candidates.
    QList<domain::Mentor> active() const;

private:
    EntityStore<domain::Mentor> m_store;
};

} // namespace mentordesk::storage
