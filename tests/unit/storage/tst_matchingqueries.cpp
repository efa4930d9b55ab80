#include "dbfixture.h"
#include "matchfixture.h"
#include "records.h"

#include "storage/matchingqueries.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("MatchingQueries mentorLoads counts current mentees, open proposals and experience", "[storage][matchingqueries]")
{
    TestDatabase t;
    const Id schemeId = addGrantScheme(*t);
    const Id soeren = addNamedMentor(*t, u"Søren"_s, 4);
    const Id bo = addNamedMentor(*t, u"Bo"_s, 2);
    const Id ida = addNamedMentor(*t, u"Ida"_s, 2);
    const Id idle = addNamedMentor(*t, u"Ole"_s, 2);
    QList<Id> mentees;
    for (const QString &name : {u"Amal"_s, u"Bashir"_s, u"Cemile"_s, u"Dana"_s, u"Emir"_s, u"Farah"_s})
        mentees << addNamedMentee(*t, schemeId, name);
    MatchWorkflow workflow(*t);

    approveOk(*t, proposeOk(*t, mentees[0], soeren));                     // approved
    proposeOk(*t, mentees[1], soeren);                                    // proposed
    proposeOk(*t, mentees[2], soeren);                                    // proposed
    REQUIRE(workflow.reject(proposeOk(*t, mentees[3], soeren), u"Nej"_s, false).ok());  // rejected
    const Id ended = proposeOk(*t, mentees[4], soeren);
    approveOk(*t, ended);
    endOk(*t, ended);                                                     // ended
    const Id withdrawn = proposeOk(*t, mentees[5], soeren);
    approveOk(*t, proposeOk(*t, mentees[5], bo));                         // withdraws the one with Søren
    REQUIRE(matchOf(*t, withdrawn).state == MatchState::Withdrawn);
    REQUIRE(workflow.reject(proposeOk(*t, mentees[1], ida), u"Nej"_s, false).ok());

    const QHash<Id, MentorLoad> loads = MatchingQueries(*t).mentorLoads();
    CHECK(loads.value(soeren).approved == 1);
    CHECK(loads.value(soeren).proposed == 2);
    CHECK(loads.value(soeren).everApproved == 2);
    CHECK(loads.value(bo).approved == 1);
    CHECK(loads.value(bo).proposed == 0);
    CHECK(loads.value(bo).everApproved == 1);
    CHECK(loads.value(ida).approved == 0);
    CHECK(loads.value(ida).proposed == 0);
    CHECK(loads.value(ida).everApproved == 0);
    CHECK_FALSE(loads.contains(idle));

    CHECK(MatchingQueries(*t).menteesWithOpenProposal() == QList<Id>{mentees[1], mentees[2]});
}

TEST_CASE("MatchingQueries menteesWithOpenProposal lists each mentee once, in id order", "[storage][matchingqueries]")
{
    TestDatabase t;
    const Id schemeId = addGrantScheme(*t);
    const Id soeren = addNamedMentor(*t, u"Søren"_s, 3), bo = addNamedMentor(*t, u"Bo"_s, 3);
    const Id first = addNamedMentee(*t, schemeId, u"Amal"_s), second = addNamedMentee(*t, schemeId, u"Bashir"_s);
    addNamedMentee(*t, schemeId, u"Cemile"_s);
    CHECK(MatchingQueries(*t).menteesWithOpenProposal().isEmpty());
    proposeOk(*t, second, bo);
    proposeOk(*t, second, soeren);
    proposeOk(*t, first, bo);
    CHECK(MatchingQueries(*t).menteesWithOpenProposal() == QList<Id>{first, second});
}

TEST_CASE("MatchingQueries excludedPairs lists each excluded pair once", "[storage][matchingqueries]")
{
    TestDatabase t;
    const Id schemeId = addGrantScheme(*t);
    const Id soeren = addNamedMentor(*t, u"Søren"_s, 3), bo = addNamedMentor(*t, u"Bo"_s, 3);
    const Id amal = addNamedMentee(*t, schemeId, u"Amal"_s), bashir = addNamedMentee(*t, schemeId, u"Bashir"_s);
    MatchWorkflow workflow(*t);
    REQUIRE(workflow.reject(proposeOk(*t, bashir, bo), u"Nej"_s, true).ok());
    REQUIRE(workflow.reject(proposeOk(*t, bashir, bo), u"Stadig nej"_s, true).ok());
    const Id ended = proposeOk(*t, amal, soeren);
    approveOk(*t, ended);
    endOk(*t, ended, true);
    REQUIRE(workflow.reject(proposeOk(*t, amal, bo), u"Nej"_s, false).ok());
    CHECK(MatchingQueries(*t).excludedPairs() == QList<PairIds>{{amal, soeren}, {bashir, bo}});
}

TEST_CASE("MatchingQueries stores weights per scheme, updates and resets them", "[storage][matchingqueries]")
{
    TestDatabase t;
    const Id first = addGrantScheme(*t, u"Jobcentre Aarhus"_s);
    const Id second = addGrantScheme(*t, u"Jobcentre Aalborg"_s);
    MatchingQueries queries(*t);
    CHECK(queries.weights(first).isEmpty());

    REQUIRE(queries.setWeights(first, {{u"languages"_s, 40}, {u"load"_s, 0}}).ok());
    CHECK(queries.weights(first) == QHash<QString, int>{{u"languages"_s, 40}, {u"load"_s, 0}});
    CHECK(queries.weights(second).isEmpty());

    REQUIRE(queries.setWeights(first, {{u"languages"_s, 25}, {u"distance"_s, 30}}).ok());
    CHECK(queries.weights(first) == QHash<QString, int>{{u"languages"_s, 25}, {u"load"_s, 0}, {u"distance"_s, 30}});
    REQUIRE(queries.setWeights(second, {{u"interests"_s, 5}}).ok());

    // A weight out of range is refused and nothing of that call is kept, whichever order the
    // weights are written in.
    const Status refused = queries.setWeights(first, {{u"languages"_s, 1}, {u"interests"_s, 2}, {u"gender_preference"_s, 3},
                                                      {u"age_band"_s, 4}, {u"availability"_s, 5}, {u"distance"_s, 6},
                                                      {u"mentor_type_fit"_s, 7}, {u"load"_s, 8}, {u"experience"_s, 150}});
    CHECK_FALSE(refused.ok());
    CHECK(queries.weights(first) == QHash<QString, int>{{u"languages"_s, 25}, {u"load"_s, 0}, {u"distance"_s, 30}});

    REQUIRE(queries.resetWeights(first).ok());
    CHECK(queries.weights(first).isEmpty());
    CHECK(queries.weights(first) == QHash<QString, int>());
    CHECK(queries.weights(second) == QHash<QString, int>{{u"interests"_s, 5}});
}
