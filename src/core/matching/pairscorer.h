#pragma once

#include "matchingdata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mentordesk::matching {

struct PairScore {
    Gate gate = Gate::None;
    int score = 0;  // 0–100; 0 when a gate closed the pair
    bool admissible() const { return gate == Gate::None; }
};

// One line of a score's explanation: points gained (+) or lost (−) on one criterion.
struct ScoreLine {
    Criterion criterion = Criterion::Languages;
    int points = 0;
    QString text;  // "speaks Arabic and Danish"
    // Nothing was compared (no preference, or the data is missing): the points are the same
    // for every candidate, so the line says nothing about why this pair.
    bool neutral = false;
    QString display() const;  // "+18 speaks Arabic and Danish"
};

struct Explanation {
    Gate gate = Gate::None;
    QString gateText;        // "no free place (3 of 3 taken)"; empty when admissible
    int score = 0;
    QList<ScoreLine> lines;  // most points first
    bool admissible() const { return gate == Gate::None; }
};

// Scores mentor–mentee pairs of one run: first the gates, then the scheme's weighted criteria
// (each a fraction 0–1 of its weight; the score is the weighted mean, 0–100). score() is the
// fast path for millions of pairs; explain() gives the same numbers with their reasons.
class PairScorer {
    Q_DECLARE_TR_FUNCTIONS(PairScorer)
public:
    explicit PairScorer(const MatchingData &data) : m_data(data) {}

    PairScore score(int mentee, int mentor) const;
    Explanation explain(int mentee, int mentor) const;

    static QString gateName(Gate gate);

private:
    Gate gate(int mentee, int mentor) const;
    // The fraction 0–1 each criterion gives the pair, by Criterion.
    void fractions(int mentee, int mentor, float out[kCriterionCount]) const;
    QString lineText(Criterion c, int mentee, int mentor, float fraction) const;
    bool isNeutral(Criterion c, int mentee, int mentor) const;
    QString gateText(Gate gate, int mentee, int mentor) const;

    const MatchingData &m_data;
};

} // namespace mentordesk::matching
