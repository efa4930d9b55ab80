#include "matchingqueries.h"

#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

QList<MatchRow> MatchingQueries::matchRows(const QStringList &states) const
{
    QString sql = u"SELECT match.id, match.mentee_id, mentee.first_name || ' ' || mentee.last_name, match.mentor_id,"
                  " mentor.first_name || ' ' || mentor.last_name, match.score, match.reasons, match.source, match.state,"
                  " match.proposed_at, match.decided_at, match.reason"
                  " FROM match JOIN mentee ON mentee.id = match.mentee_id JOIN mentor ON mentor.id = match.mentor_id"_s;
    if (!states.isEmpty())
        sql += u" WHERE match.state IN (%1)"_s.arg(QStringList(states.size(), u"?"_s).join(u", "_s));
    sql += u" ORDER BY match.proposed_at DESC, match.id DESC"_s;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QString &state : states)
        q.addBindValue(state);
    QList<MatchRow> rows;
    if (!q.exec())
        return rows;
    while (q.next()) {
        MatchRow row;
        row.id = q.value(0).toLongLong();
        row.menteeId = q.value(1).toLongLong();
        row.menteeName = q.value(2).toString();
        row.mentorId = q.value(3).toLongLong();
        row.mentorName = q.value(4).toString();
        if (!q.value(5).isNull())
            row.score = q.value(5).toInt();
        row.reasons = q.value(6).toString().split(u'\n', Qt::SkipEmptyParts);  // as MatchRepository stores them
        row.source = q.value(7).toString();
        row.state = q.value(8).toString();
        row.proposedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs).toUTC();
        row.decidedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs).toUTC();
        row.reason = q.value(11).toString();
        rows << row;
    }
    return rows;
}

int MatchingQueries::openProposalCount() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(u"SELECT count(*) FROM match WHERE state = 'proposed'"_s) && q.next() ? q.value(0).toInt() : 0;
}

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
