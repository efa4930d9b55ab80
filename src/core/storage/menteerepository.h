#pragma once

#include "domain/mentee.h"
#include "entitystore.h"

#include <QHash>

namespace mentordesk::storage {

class MenteeRepository {
public:
    explicit MenteeRepository(Database &db);

    // Stores the CPR number in its canonical form and takes the birth year from it.
    Result<domain::Id> add(domain::Mentee &mentee);
    Status update(domain::Mentee &mentee);
    // Validates all, then inserts all in one transaction (imports); nothing on any failure.
    Result<int> addMany(QList<domain::Mentee> &mentees);
    // addMany in two steps for imports: prepareMany validates and converts without the
    // database (any thread), addPrepared writes in the caller's thread.
    static Result<PreparedBatch<domain::Mentee>> prepareMany(QList<domain::Mentee> mentees, const WriteStamp &stamp);
    Result<int> addPrepared(PreparedBatch<domain::Mentee> &batch) { return m_store.insertBatch(batch); }
    std::optional<domain::Mentee> find(domain::Id id) const { return m_store.find(id); }
    QList<domain::Mentee> page(int offset, int limit, bool includeArchived = false) const;
    int count(bool includeArchived = false) const;
    // Every stored cpr with the id of its mentee, for duplicate checks of whole files.
    QHash<QString, domain::Id> cprsInUse() const;
    // Every mentee in id order, streamed (exports); `visit` returns false to stop. False on a read error.
    bool forEach(bool includeArchived, const std::function<bool(const domain::Mentee &)> &visit) const;
    int countWithStatus(domain::MenteeStatus status) const;
    std::optional<domain::Mentee> withCpr(const QString &cpr) const;
    // Mentees with this e-mail address (compared as stored: trimmed, lower case), for the form's duplicate warning.
    QList<domain::Mentee> withEmail(const QString &email) const;
    // Mentees who still need a mentor (waiting, no approved match), of one scheme or all, in
    // id order (= registration order, the waiting order of first come, first served).
    QList<domain::Mentee> openForMatching(std::optional<domain::Id> schemeId = std::nullopt) const;

private:
    static Status prepare(domain::Mentee &mentee, const QDate &today);
    EntityStore<domain::Mentee> m_store;
};

} // namespace mentordesk::storage
