#pragma once

#include "assignmentnetwork.h"
#include "openpairs.h"

namespace mentordesk::matching {

// How much of the dense network the first pruned round keeps (DESIGN.md §6). The mentor side
// matters when one mentor is everybody's favourite: without it the first round leaves most
// mentees on a few popular mentors and needs many more rounds.
struct PruningLimits {
    int mentorsPerMentee = 20;  // K: each mentee's best mentors
    int menteesPerPlace = 3;    // L = this × open places: each mentor's best mentees
};

// One flag per open pair: set for the pairs the first round keeps.
std::vector<char> firstRoundPairs(const OpenPairs &open, const QList<int> &openPlaces,
                                  const PruningLimits &limits);

// The pairs left out of the network whose reduced cost c + π(mentee) − π(mentor) under the
// flow's potentials is negative: at most `perMentee` (at least one) per mentee, the most
// negative first, in mentee order. None means the flow is optimal for all open pairs
// (complementary slackness: with LEMON's sign convention every zero-flow arc of an optimum has a
// reduced cost ≥ 0), provided every mentee with an open pair has its source arc.
std::vector<PairEntry> pairsBreakingCertificate(const OpenPairs &open, const std::vector<char> &inNetwork,
                                               const NetworkFlow &flow, long long matchBonus, int perMentee);

} // namespace mentordesk::matching
