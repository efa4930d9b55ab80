#include "criteria.h"

#include <algorithm>
#include <numeric>

namespace mentordesk::matching {

Weights Weights::defaults()
{
    // Language and meeting times first: without them the pair cannot talk or meet. Experience
    // and load only break ties between otherwise similar mentors.
    Weights w;
    w.set(Criterion::Languages, 20);
    w.set(Criterion::Interests, 15);
    w.set(Criterion::GenderPreference, 10);
    w.set(Criterion::AgeBand, 5);
    w.set(Criterion::Availability, 15);
    w.set(Criterion::Distance, 15);
    w.set(Criterion::MentorTypeFit, 10);
    w.set(Criterion::Experience, 5);
    w.set(Criterion::Load, 5);
    return w;
}

Weights Weights::fromCodes(const QHash<QString, int> &stored)
{
    Weights w = defaults();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        if (const auto criterion = domain::fromCode<Criterion>(it.key()))
            w.set(*criterion, it.value());
    return w;
}

QHash<QString, int> Weights::toCodes() const
{
    QHash<QString, int> codes;
    for (const auto &entry : domain::enumEntries<Criterion>())
        codes.insert(QString::fromLatin1(entry.code), of(entry.value));
    return codes;
}

void Weights::set(Criterion c, int weight)
{
    m_weights[static_cast<int>(c)] = std::clamp(weight, 0, 100);
}

int Weights::total() const
{
    return std::accumulate(m_weights.cbegin(), m_weights.cend(), 0);
}

} // namespace mentordesk::matching
