#pragma once

#include "database.h"
#include "domain/match.h"

#include <QCoreApplication>

namespace mentordesk::storage {

class MatchRepository;

// A proposal to store: who, with what score and reasons, from where.
struct NewProposal {
    domain::Id menteeId = 0;
    domain::Id mentorId = 0;
    std::optional<int> score;
    QStringList reasons;
    domain::MatchSource source = domain::MatchSource::Manual;
};

// The decisions on matches (DOMAIN.md §2), each in one transaction with its consequences:
// approval needs a free place, opens the mentor course and withdraws the mentee's other
// proposals (and the mentor's, once full); ending frees the place and lets the mentee be
// matched again. Every refusal says why in the user's language.
class MatchWorkflow {
    Q_DECLARE_TR_FUNCTIONS(MatchWorkflow)
public:
    explicit MatchWorkflow(Database &db) : m_db(db) {}

    // Refuses a pair that already has an open proposal, or a mentee with an approved match.
    Result<domain::Id> propose(const NewProposal &proposal);
    // All or nothing (the bulk run's proposals). Returns the new match ids in order.
    Result<QList<domain::Id>> proposeAll(const QList<NewProposal> &proposals);
    // Returns the id of the course the approval opened.
    Result<domain::Id> approve(domain::Id matchId);
    Status reject(domain::Id matchId, const QString &reason, bool excludePairInFuture);
    Status end(domain::Id matchId, domain::MatchEndReason why, const QString &reason, bool excludePairInFuture);
    // Withdraws every open proposal for the mentee (their course ended), with `reason`.
    Status withdrawProposalsFor(domain::Id menteeId, const QString &reason)
    {
        return withdrawOpenProposals(QStringLiteral("mentee"), menteeId, 0, reason);
    }

private:
    Result<domain::Id> proposeInTransaction(const NewProposal &proposal);
    // The match a decision is about: refused with `missing` when it is gone, with `wrongState`
    // (%1: its state) when it is not in `expected`.
    Result<domain::Match> matchToDecide(MatchRepository &matches, domain::Id matchId, domain::MatchState expected,
                                        const QString &missing, const QString &wrongState) const;
    Status withdrawOpenProposals(const QString &column, domain::Id id, domain::Id except, const QString &reason);
    Database &m_db;
};

} // namespace mentordesk::storage
