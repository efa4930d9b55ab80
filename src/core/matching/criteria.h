#pragma once

#include "domain/enumcodec.h"

#include <QHash>

#include <array>

namespace mentordesk::matching {

// The weighted criteria of a pair's score (issue 5). Codes are stored with the weights of each
// scheme: never change a released one.
enum class Criterion { Languages, Interests, GenderPreference, AgeBand, Availability, Distance, MentorTypeFit, Experience, Load };
inline constexpr int kCriterionCount = 9;

// The gates that make a pair inadmissible, in the order they are checked.
enum class Gate { None, MentorNotActive, NoFreePlace, Excluded, RequiredGender, NoSharedLanguage, MentorTypeNotAllowed, OtherRegion };

} // namespace mentordesk::matching

namespace mentordesk::domain {

template <>
struct EnumTraits<matching::Criterion> {
    static constexpr std::array<EnumEntry<matching::Criterion>, matching::kCriterionCount> entries{{
        {matching::Criterion::Languages, "languages", QT_TRANSLATE_NOOP("Enum", "Shared languages")},
        {matching::Criterion::Interests, "interests", QT_TRANSLATE_NOOP("Enum", "Shared interests")},
        {matching::Criterion::GenderPreference, "gender_preference", QT_TRANSLATE_NOOP("Enum", "Preferred mentor gender")},
        {matching::Criterion::AgeBand, "age_band", QT_TRANSLATE_NOOP("Enum", "Preferred mentor age")},
        {matching::Criterion::Availability, "availability", QT_TRANSLATE_NOOP("Enum", "Meeting times in common")},
        {matching::Criterion::Distance, "distance", QT_TRANSLATE_NOOP("Enum", "Living near each other")},
        {matching::Criterion::MentorTypeFit, "mentor_type_fit", QT_TRANSLATE_NOOP("Enum", "Mentor type suits the target group")},
        {matching::Criterion::Experience, "experience", QT_TRANSLATE_NOOP("Enum", "Mentor experience")},
        {matching::Criterion::Load, "load", QT_TRANSLATE_NOOP("Enum", "Mentor's current load")},
    }};
};

} // namespace mentordesk::domain

namespace mentordesk::matching {

// How much each criterion counts, 0–100 each. A pair's score is the weighted mean of the
// criteria's fractions, so weights need not add up to 100; all zero gives every pair 0.
class Weights {
public:
    static Weights defaults();
    // Stored weights by criterion code; missing or unknown codes keep their defaults.
    static Weights fromCodes(const QHash<QString, int> &stored);
    QHash<QString, int> toCodes() const;

    int of(Criterion c) const { return m_weights[static_cast<int>(c)]; }
    void set(Criterion c, int weight);
    int total() const;
    friend bool operator==(const Weights &, const Weights &) = default;

private:
    std::array<int, kCriterionCount> m_weights{};
};

} // namespace mentordesk::matching
