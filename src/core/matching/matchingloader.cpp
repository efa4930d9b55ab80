#include "matchingloader.h"

#include "storage/matchingqueries.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

using namespace mentordesk::domain;
using namespace mentordesk::storage;

namespace mentordesk::matching {

MatchingData MatchingLoader::openMentees(std::optional<Id> schemeId) const
{
    return build(MenteeRepository(m_db).openForMatching(schemeId));
}

MatchingData MatchingLoader::forMentee(Id menteeId) const
{
    QList<Mentee> mentees;
    if (const auto mentee = MenteeRepository(m_db).find(menteeId))
        mentees << *mentee;
    return build(mentees);
}

QSet<int> MatchingLoader::menteesWithOpenProposal(const MatchingData &data) const
{
    QSet<int> indices;
    for (const Id id : MatchingQueries(m_db).menteesWithOpenProposal())
        if (const int index = data.menteeIndex(id); index >= 0)
            indices.insert(index);
    return indices;
}

MatchingData MatchingLoader::build(QList<Mentee> mentees) const
{
    const MatchingQueries queries(m_db);
    MatchingContext context;
    context.today = m_db.today();
    context.schemes = SchemeRepository(m_db).all();
    for (const Scheme &scheme : std::as_const(context.schemes))
        context.weights.insert(scheme.id, Weights::fromCodes(queries.weights(scheme.id)));
    const QHash<Id, MentorLoad> loads = queries.mentorLoads();
    for (auto it = loads.cbegin(); it != loads.cend(); ++it)
        context.loads.insert(it.key(), {it->approved, it->proposed, it->everApproved});
    for (const PairIds &pair : queries.excludedPairs())
        context.excluded.append({pair.menteeId, pair.mentorId});
    return buildMatchingData(std::move(mentees), MentorRepository(m_db).active(), context);
}

} // namespace mentordesk::matching
