#pragma once

#include <QList>

#include <memory>
#include <optional>
#include <vector>

namespace mentordesk::matching {

// The cost of a mentee → mentor arc: −(B + score), with B the match bonus (DESIGN.md §6).
inline long long pairArcCost(long long matchBonus, int score)
{
    return -(matchBonus + score);
}

// An optimal flow of the network: which pair arcs carry a mentee, and the node potentials
// (dual values) that prove it optimal.
struct NetworkFlow {
    std::vector<char> pairUsed;  // per pair arc, in the order the arcs were added
    std::vector<long long> menteePotential;
    std::vector<long long> mentorPotential;
};

// The min-cost flow network of DESIGN.md §6: source → mentee (capacity 1), mentee → mentor
// (capacity 1), mentor → sink (its open places) and a source → sink bypass so a mentee may stay
// unmatched. Pair arcs may be added between solves; LEMON stays inside the .cpp.
class AssignmentNetwork {
public:
    AssignmentNetwork(int menteeCount, const QList<int> &openPlaces);
    ~AssignmentNetwork();
    AssignmentNetwork(const AssignmentNetwork &) = delete;
    AssignmentNetwork &operator=(const AssignmentNetwork &) = delete;

    void reservePairs(qsizetype count);
    // The mentee's source arc. Give it to every mentee with an open pair before the first solve,
    // even if none of its pairs is in the network yet: the certificate only checks pair arcs.
    void addMentee(int mentee);
    // Arcs keep the order of the calls, so ties resolve the same way every run.
    void addPair(int mentee, int mentor, long long cost);
    qsizetype pairCount() const;

    // Network simplex from scratch; nullopt only if LEMON reports no optimum (the bypass arc
    // makes every instance feasible and all capacities are finite, so it should not happen).
    std::optional<NetworkFlow> solve() const;

private:
    struct Graph;
    std::unique_ptr<Graph> m_graph;
};

} // namespace mentordesk::matching
