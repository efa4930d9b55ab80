#pragma once

// Hand-made people and run contexts for the matching tests: no database, every field that
// matters set by the test itself.

#include "qtcatch.h"

#include "matching/matchingdata.h"
#include "matching/pairscorer.h"

namespace mentordesk::testing {

using namespace Qt::StringLiterals;

inline constexpr domain::Id kMatchingSchemeId = 1;

inline domain::Scheme matchingScheme(domain::Id id = kMatchingSchemeId, const QString &name = u"Jobcentre Aarhus"_s)
{
    domain::Scheme s;
    s.id = id;
    s.name = name;
    return s;
}

// A waiting mentee of the test scheme with nothing recorded beyond the name.
inline domain::Mentee plainMentee(domain::Id id)
{
    domain::Mentee m;
    m.id = id;
    m.firstName = u"Mentee"_s;
    m.lastName = QString::number(id);
    m.schemeId = kMatchingSchemeId;
    return m;
}

// An active volunteer mentor with `capacity` places and nothing else recorded.
inline domain::Mentor plainMentor(domain::Id id, int capacity = 1)
{
    domain::Mentor m;
    m.id = id;
    m.firstName = u"Mentor"_s;
    m.lastName = QString::number(id);
    m.capacity = capacity;
    return m;
}

// Weights that count one criterion only.
inline matching::Weights onlyWeight(matching::Criterion criterion, int weight = 100)
{
    matching::Weights w;
    w.set(criterion, weight);
    return w;
}

// The test scheme with `weights`, "today" the fixed test day.
inline matching::MatchingContext matchingContext(const matching::Weights &weights = matching::Weights::defaults())
{
    matching::MatchingContext context;
    context.today = QDate(2024, 6, 14);
    context.schemes = {matchingScheme()};
    context.weights.insert(kMatchingSchemeId, weights);
    return context;
}

// Availability from (day, part) slots; day 0 = Monday, part 0 = morning.
inline domain::Availability slots(std::initializer_list<std::pair<int, int>> dayParts)
{
    domain::Availability a;
    for (const auto &[day, part] : dayParts)
        a.set(day, part, true);
    return a;
}

// The lines of an explanation as shown to the coordinator.
inline QStringList displayed(const matching::Explanation &explanation)
{
    QStringList lines;
    for (const matching::ScoreLine &line : explanation.lines)
        lines << line.display();
    return lines;
}

} // namespace mentordesk::testing
