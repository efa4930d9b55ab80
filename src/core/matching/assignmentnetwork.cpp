#include "assignmentnetwork.h"

#include <lemon/network_simplex.h>
#include <lemon/smart_graph.h>

namespace mentordesk::matching {

using Digraph = lemon::SmartDigraph;
// CostScaling and CycleCanceling do not compile in C++20 (DESIGN.md §6); NetworkSimplex does.
using Simplex = lemon::NetworkSimplex<Digraph, int, long long>;

struct AssignmentNetwork::Graph {
    Digraph digraph;
    Digraph::ArcMap<int> capacity{digraph};
    Digraph::ArcMap<long long> cost{digraph};
    Digraph::Node source;
    Digraph::Node sink;
    Digraph::Arc bypass;
    std::vector<Digraph::Node> mentees;
    std::vector<Digraph::Node> mentors;
    std::vector<Digraph::Arc> pairArcs;
    int sourceArcCount = 0;

    Digraph::Arc addArc(Digraph::Node from, Digraph::Node to, int arcCapacity, long long arcCost)
    {
        const Digraph::Arc arc = digraph.addArc(from, to);
        capacity[arc] = arcCapacity;
        cost[arc] = arcCost;
        return arc;
    }
};

AssignmentNetwork::AssignmentNetwork(int menteeCount, const QList<int> &openPlaces)
    : m_graph(std::make_unique<Graph>())
{
    Graph &g = *m_graph;
    g.digraph.reserveNode(menteeCount + static_cast<int>(openPlaces.size()) + 2);
    g.source = g.digraph.addNode();
    g.sink = g.digraph.addNode();
    // Its capacity grows with the source arcs: every mentee may stay unmatched.
    g.bypass = g.addArc(g.source, g.sink, 0, 0);
    g.mentees.reserve(menteeCount);
    for (int mentee = 0; mentee < menteeCount; ++mentee)
        g.mentees.push_back(g.digraph.addNode());
    g.mentors.reserve(openPlaces.size());
    for (const int places : openPlaces) {
        g.mentors.push_back(g.digraph.addNode());
        g.addArc(g.mentors.back(), g.sink, places, 0);
    }
}

AssignmentNetwork::~AssignmentNetwork() = default;

void AssignmentNetwork::reservePairs(qsizetype count)
{
    // Source arcs come on top of the pair arcs, at most one per mentee.
    const auto nonPairArcs = m_graph->mentees.size() + m_graph->mentors.size() + 1;
    m_graph->digraph.reserveArc(static_cast<int>(count + nonPairArcs));
    m_graph->pairArcs.reserve(count);
}

void AssignmentNetwork::addMentee(int mentee)
{
    Graph &g = *m_graph;
    g.addArc(g.source, g.mentees[mentee], 1, 0);
    ++g.sourceArcCount;
    g.capacity[g.bypass] = g.sourceArcCount;
}

void AssignmentNetwork::addPair(int mentee, int mentor, long long cost)
{
    Graph &g = *m_graph;
    g.pairArcs.push_back(g.addArc(g.mentees[mentee], g.mentors[mentor], 1, cost));
}

qsizetype AssignmentNetwork::pairCount() const
{
    return static_cast<qsizetype>(m_graph->pairArcs.size());
}

std::optional<NetworkFlow> AssignmentNetwork::solve() const
{
    const Graph &g = *m_graph;
    // Every mentee that has a pair sends one unit; those left unmatched take the bypass.
    Simplex simplex(g.digraph);
    simplex.upperMap(g.capacity).costMap(g.cost).stSupply(g.source, g.sink, g.sourceArcCount);
    if (simplex.run() != Simplex::OPTIMAL)
        return std::nullopt;

    NetworkFlow flow;
    flow.pairUsed.reserve(g.pairArcs.size());
    for (const Digraph::Arc arc : g.pairArcs)
        flow.pairUsed.push_back(simplex.flow(arc) > 0 ? 1 : 0);
    flow.menteePotential.reserve(g.mentees.size());
    for (const Digraph::Node node : g.mentees)
        flow.menteePotential.push_back(simplex.potential(node));
    flow.mentorPotential.reserve(g.mentors.size());
    for (const Digraph::Node node : g.mentors)
        flow.mentorPotential.push_back(simplex.potential(node));
    return flow;
}

} // namespace mentordesk::matching
