#include "matchingqueries.h"

#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

QList<Id> MatchingQueries::menteesWithOpenProposal() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<Id> ids;
    if (q.exec(u"SELECT DISTINCT mentee_id FROM match WHERE state = 'proposed' ORDER BY mentee_id"_s))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

QHash<Id, MentorLoad> MatchingQueries::mentorLoads() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QHash<Id, MentorLoad> loads;
    if (!q.exec(u"SELECT mentor_id, sum(state = 'approved'), sum(state = 'proposed'), sum(state IN ('approved', 'ended'))"
                " FROM match GROUP BY mentor_id"_s))
        return loads;
    while (q.next())
        loads.insert(q.value(0).toLongLong(), {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()});
    return loads;
}

QList<PairIds> MatchingQueries::excludedPairs() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QList<PairIds> pairs;
    if (q.exec(u"SELECT DISTINCT mentee_id, mentor_id FROM match WHERE exclude_pair = 1 ORDER BY mentee_id, mentor_id"_s))
        while (q.next())
            pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return pairs;
}

QHash<QString, int> MatchingQueries::weights(Id schemeId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT criterion, weight FROM matching_weight WHERE scheme_id = ?"_s);
    q.addBindValue(schemeId);
    QHash<QString, int> weights;
    if (q.exec())
        while (q.next())
            weights.insert(q.value(0).toString(), q.value(1).toInt());
    return weights;
}

Status MatchingQueries::setWeights(Id schemeId, const QHash<QString, int> &weights)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO matching_weight (scheme_id, criterion, weight) VALUES (?, ?, ?)"
              " ON CONFLICT (scheme_id, criterion) DO UPDATE SET weight = excluded.weight"_s);
    for (auto it = weights.cbegin(); it != weights.cend(); ++it) {
        q.addBindValue(schemeId);
        q.addBindValue(it.key());
        q.addBindValue(it.value());
        if (!q.exec())
            return Status::failure(SqlErrors::userMessage(q.lastError(), "matching weights"));
    }
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return {};
}

Status MatchingQueries::resetWeights(Id schemeId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"DELETE FROM matching_weight WHERE scheme_id = ?"_s);
    q.addBindValue(schemeId);
    if (!q.exec())
        return Status::failure(SqlErrors::userMessage(q.lastError(), "matching weights"));
    return {};
}

} // namespace mentordesk::storage
