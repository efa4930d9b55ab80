#include "matchingdata.h"

#include <algorithm>
#include <bit>

using namespace mentordesk::domain;

namespace mentordesk::matching {

int WordSets::addRow(const QStringList &words)
{
    QList<int> bits;
    for (const QString &word : words) {
        const QString folded = fold(word);
        if (folded.isEmpty())
            continue;
        auto it = m_index.constFind(folded);
        if (it == m_index.cend()) {
            it = m_index.insert(folded, int(m_words.size()));
            m_words << word.trimmed();
        }
        if (!bits.contains(*it))
            bits << *it;
    }
    m_rows << bits;
    return int(m_rows.size()) - 1;
}

void WordSets::freeze()
{
    m_wordsPerRow = std::max<int>(1, int((m_words.size() + 63) / 64));
    m_bits.assign(size_t(m_rows.size()) * size_t(m_wordsPerRow), 0);
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        for (const int bit : std::as_const(m_rows.at(row)))
            m_bits[size_t(row) * size_t(m_wordsPerRow) + size_t(bit / 64)] |= std::uint64_t(1) << (bit % 64);
    m_rows.clear();
}

int WordSets::sharedCount(int row, int otherRow) const
{
    const std::uint64_t *a = m_bits.data() + size_t(row) * size_t(m_wordsPerRow);
    const std::uint64_t *b = m_bits.data() + size_t(otherRow) * size_t(m_wordsPerRow);
    int count = 0;
    for (int w = 0; w < m_wordsPerRow; ++w)
        count += std::popcount(a[w] & b[w]);
    return count;
}

bool WordSets::has(int row, int word) const
{
    if (word < 0)
        return false;
    return (m_bits[size_t(row) * size_t(m_wordsPerRow) + size_t(word / 64)] >> (word % 64)) & 1;
}

QStringList WordSets::shared(int row, int otherRow) const
{
    QStringList words;
    for (int word = 0; word < m_words.size(); ++word)
        if (has(row, word) && has(otherRow, word))
            words << m_words.at(word);
    return words;
}

bool MatchingData::isExcluded(int mentee, int mentor) const
{
    const std::vector<int> &excluded = menteeFeatures[size_t(mentee)].excludedMentors;
    return std::binary_search(excluded.cbegin(), excluded.cend(), mentor);
}

namespace {

SchemeRules rulesOf(const Scheme &scheme, const MatchingContext &context)
{
    SchemeRules rules;
    rules.id = scheme.id;
    rules.name = scheme.name;
    for (const MentorType type : scheme.allowedMentorTypes)
        rules.allowedTypes |= 1u << static_cast<int>(type);
    rules.sameRegionOnly = scheme.sameRegionOnly;
    rules.weights = context.weights.value(scheme.id, Weights::defaults());
    return rules;
}

} // namespace

MatchingData buildMatchingData(QList<Mentee> mentees, QList<Mentor> mentors, const MatchingContext &context)
{
    MatchingData data;
    data.today = context.today;
    data.mentees = std::move(mentees);
    data.mentors = std::move(mentors);

    QHash<Id, int> schemeIndex;
    for (const Scheme &scheme : context.schemes) {
        schemeIndex.insert(scheme.id, int(data.schemes.size()));
        data.schemes << rulesOf(scheme, context);
    }
    // A mentee of a scheme the context does not know is scored with no scheme limits.
    const int unknownScheme = int(data.schemes.size());
    data.schemes << SchemeRules();

    data.menteeFeatures.resize(size_t(data.mentees.size()));
    for (qsizetype i = 0; i < data.mentees.size(); ++i) {
        const Mentee &m = data.mentees.at(i);
        MenteeFeatures &f = data.menteeFeatures[size_t(i)];
        data.m_menteeIndex.insert(m.id, int(i));
        f.scheme = schemeIndex.value(m.schemeId, unknownScheme);
        f.preferredGender = m.preferredMentorGender ? static_cast<int>(*m.preferredMentorGender) : -1;
        f.genderRequired = m.mentorGenderRequired && m.preferredMentorGender;
        f.ageFrom = m.preferredMentorAgeFrom.value_or(-1);
        f.ageTo = m.preferredMentorAgeTo.value_or(-1);
        f.availability = m.availability.bits();
        f.home = PostcodeAreas::of(m.postcode);
        f.targetGroup = static_cast<int>(m.targetGroup);
        // The preferred language is one of the mentee's languages even where the list leaves it
        // out: it is shared with a mentor who speaks it, and it is a word of the run whoever else
        // speaks it, so a pair's score does not depend on the others in the run.
        QStringList spoken = m.languages;
        if (!m.preferredLanguage.trimmed().isEmpty())
            spoken << m.preferredLanguage;
        data.languages.addRow(spoken);
        data.interests.addRow(m.interests);
        f.languageCount = int(m.languages.size());
        f.interestCount = int(m.interests.size());
        // Someone with little or no Danish needs a mentor who speaks one of their languages.
        f.needsSharedLanguage = !m.languages.isEmpty() && m.danishLevel
                                && (*m.danishLevel == DanishLevel::None || *m.danishLevel == DanishLevel::Basic);
    }
    data.mentorFeatures.resize(size_t(data.mentors.size()));
    for (qsizetype j = 0; j < data.mentors.size(); ++j) {
        const Mentor &m = data.mentors.at(j);
        MentorFeatures &f = data.mentorFeatures[size_t(j)];
        data.m_mentorIndex.insert(m.id, int(j));
        const MatchingContext::Load load = context.loads.value(m.id);
        f.active = m.status == MentorStatus::Active;
        f.capacity = m.capacity;
        f.approved = load.approved;
        f.proposed = load.proposed;
        f.everApproved = load.everApproved;
        f.gender = m.gender ? static_cast<int>(*m.gender) : -1;
        f.age = m.birthYear ? context.today.year() - *m.birthYear : -1;
        f.availability = m.availability.bits();
        f.home = PostcodeAreas::of(m.postcode);
        f.type = static_cast<int>(m.mentorType);
        data.languages.addRow(m.languages);
        data.interests.addRow(m.interests);
        f.languageCount = int(m.languages.size());
        f.interestCount = int(m.interests.size());
    }
    // Preferred languages are looked up once every word is known.
    for (qsizetype i = 0; i < data.mentees.size(); ++i)
        if (!data.mentees.at(i).preferredLanguage.trimmed().isEmpty())
            data.menteeFeatures[size_t(i)].preferredLanguage = data.languages.wordIndex(data.mentees.at(i).preferredLanguage);
    data.languages.freeze();
    data.interests.freeze();

    for (const auto &[menteeId, mentorId] : context.excluded) {
        const int mentee = data.menteeIndex(menteeId), mentor = data.mentorIndex(mentorId);
        if (mentee >= 0 && mentor >= 0)
            data.menteeFeatures[size_t(mentee)].excludedMentors.push_back(mentor);
    }
    for (MenteeFeatures &f : data.menteeFeatures) {
        std::sort(f.excludedMentors.begin(), f.excludedMentors.end());
        f.excludedMentors.erase(std::unique(f.excludedMentors.begin(), f.excludedMentors.end()), f.excludedMentors.end());
    }
    return data;
}

} // namespace mentordesk::matching
