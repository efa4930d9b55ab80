#include "pairscorer.h"

#include <algorithm>
#include <bit>
#include <cmath>

using namespace mentordesk::domain;

namespace mentordesk::matching {

namespace {

// How well a mentor type suits a target group: 2 suits, 1 may suit, 0 less suited. From the
// seeds (DOMAIN.md §3): student and volunteer mentors for lighter problems, teachers for pupils
// they see daily, workplace mentors in work, professionals for the heaviest cases.
// Rows: TargetGroup; columns: Professional, Teacher, Student, Workplace, External, Volunteer, Other.
constexpr int kTypeFit[11][7] = {
    {2, 1, 0, 1, 2, 0, 1},  // ActivityReadyCashBenefit
    {2, 1, 0, 1, 2, 0, 1},  // ActivityReadyEducationBenefit
    {1, 1, 1, 2, 1, 2, 1},  // JobReady
    {2, 1, 0, 1, 2, 0, 1},  // SicknessBenefit
    {2, 1, 0, 1, 2, 0, 1},  // ResourceProgramme
    {1, 0, 0, 2, 1, 1, 1},  // FlexJob
    {1, 0, 0, 2, 1, 1, 1},  // Employed
    {1, 2, 2, 1, 1, 1, 1},  // YoungInEducation
    {1, 2, 2, 2, 1, 1, 1},  // VocationalStudent
    {1, 1, 1, 1, 1, 2, 1},  // RefugeeImmigrant
    {1, 1, 1, 1, 1, 1, 1},  // Other
};

constexpr float kUnknown = 0.5f;  // missing data neither helps nor hurts much

float typeFit(int targetGroup, int mentorType)
{
    return kTypeFit[targetGroup][mentorType] / 2.0f;
}

const char *const kDays[] = {QT_TRANSLATE_NOOP("PairScorer", "Monday"), QT_TRANSLATE_NOOP("PairScorer", "Tuesday"),
                             QT_TRANSLATE_NOOP("PairScorer", "Wednesday"), QT_TRANSLATE_NOOP("PairScorer", "Thursday"),
                             QT_TRANSLATE_NOOP("PairScorer", "Friday"), QT_TRANSLATE_NOOP("PairScorer", "Saturday"),
                             QT_TRANSLATE_NOOP("PairScorer", "Sunday")};
const char *const kParts[] = {QT_TRANSLATE_NOOP("PairScorer", "%1 morning"), QT_TRANSLATE_NOOP("PairScorer", "%1 afternoon"),
                              QT_TRANSLATE_NOOP("PairScorer", "%1 evening")};

// "a", "a and b", "a, b and c"
QString joined(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return PairScorer::tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

QString ageBand(int from, int to)
{
    if (from >= 0 && to >= 0)
        return PairScorer::tr("%1–%2 years").arg(from).arg(to);
    if (from >= 0)
        return PairScorer::tr("at least %1 years").arg(from);
    return PairScorer::tr("at most %1 years").arg(to);
}

} // namespace

QString ScoreLine::display() const
{
    return (points >= 0 ? QStringLiteral("+%1 %2") : QStringLiteral("\u2212%1 %2")).arg(std::abs(points)).arg(text);
}

Gate PairScorer::gate(int mentee, int mentor) const
{
    const MenteeFeatures &e = m_data.menteeFeatures[size_t(mentee)];
    const MentorFeatures &o = m_data.mentorFeatures[size_t(mentor)];
    const SchemeRules &scheme = m_data.schemes.at(e.scheme);
    if (!o.active)
        return Gate::MentorNotActive;
    if (o.freePlaces() <= 0)
        return Gate::NoFreePlace;
    if (!e.excludedMentors.empty() && m_data.isExcluded(mentee, mentor))
        return Gate::Excluded;
    if (e.genderRequired && o.gender != e.preferredGender)
        return Gate::RequiredGender;
    if (e.needsSharedLanguage && m_data.languages.sharedCount(mentee, m_data.mentorRow(mentor)) == 0)
        return Gate::NoSharedLanguage;
    if (scheme.allowedTypes && !(scheme.allowedTypes & (1u << o.type)))
        return Gate::MentorTypeNotAllowed;
    if (scheme.sameRegionOnly && e.home && o.home && e.home->region != o.home->region)
        return Gate::OtherRegion;
    return Gate::None;
}

void PairScorer::fractions(int mentee, int mentor, float out[kCriterionCount]) const
{
    const MenteeFeatures &e = m_data.menteeFeatures[size_t(mentee)];
    const MentorFeatures &o = m_data.mentorFeatures[size_t(mentor)];
    const int mentorRow = m_data.mentorRow(mentor);
    auto set = [&](Criterion c, float f) { out[static_cast<int>(c)] = f; };

    if (e.languageCount == 0 && e.preferredLanguage < 0) {
        set(Criterion::Languages, kUnknown);
    } else if (m_data.languages.has(mentorRow, e.preferredLanguage)) {
        set(Criterion::Languages, 1);
    } else {
        const int shared = m_data.languages.sharedCount(mentee, mentorRow);
        set(Criterion::Languages, shared >= 2 ? 1.0f : shared == 1 ? 0.7f : 0.0f);
    }

    if (e.interestCount == 0 || o.interestCount == 0)
        set(Criterion::Interests, kUnknown);
    else
        set(Criterion::Interests, std::min(1.0f, float(m_data.interests.sharedCount(mentee, mentorRow)) / float(std::min(3, e.interestCount))));

    if (e.preferredGender < 0)
        set(Criterion::GenderPreference, 1);
    else
        set(Criterion::GenderPreference, o.gender < 0 ? kUnknown : o.gender == e.preferredGender ? 1.0f : 0.0f);

    if (e.ageFrom < 0 && e.ageTo < 0) {
        set(Criterion::AgeBand, 1);
    } else if (o.age < 0) {
        set(Criterion::AgeBand, kUnknown);
    } else {
        const int below = e.ageFrom >= 0 ? std::max(0, e.ageFrom - o.age) : 0;
        const int above = e.ageTo >= 0 ? std::max(0, o.age - e.ageTo) : 0;
        set(Criterion::AgeBand, std::max(0.0f, 1.0f - float(below + above) / 10.0f));
    }

    if (e.availability == 0 || o.availability == 0) {
        set(Criterion::Availability, kUnknown);
    } else {
        const int common = std::popcount(e.availability & o.availability);
        set(Criterion::Availability, common >= 3 ? 1.0f : common == 2 ? 0.8f : common == 1 ? 0.5f : 0.0f);
    }

    set(Criterion::Distance, e.home && o.home ? PostcodeAreas::nearness(*e.home, *o.home) : kUnknown);

    set(Criterion::MentorTypeFit, typeFit(e.targetGroup, o.type));
    set(Criterion::Experience, o.everApproved == 0 ? 0.3f : o.everApproved <= 2 ? 0.7f : 1.0f);
    set(Criterion::Load, float(std::max(0, o.capacity - o.approved)) / float(std::max(1, o.capacity)));
}

PairScore PairScorer::score(int mentee, int mentor) const
{
    PairScore result;
    result.gate = gate(mentee, mentor);
    if (!result.admissible())
        return result;
    const Weights &weights = m_data.schemes.at(m_data.menteeFeatures[size_t(mentee)].scheme).weights;
    const int total = weights.total();
    if (total == 0)
        return result;
    float f[kCriterionCount];
    fractions(mentee, mentor, f);
    float sum = 0;
    for (int c = 0; c < kCriterionCount; ++c)
        sum += float(weights.of(static_cast<Criterion>(c))) * f[c];
    result.score = std::clamp(int(std::lround(100.0f * sum / float(total))), 0, 100);
    return result;
}

Explanation PairScorer::explain(int mentee, int mentor) const
{
    Explanation explanation;
    explanation.gate = gate(mentee, mentor);
    if (!explanation.admissible()) {
        explanation.gateText = gateText(explanation.gate, mentee, mentor);
        return explanation;
    }
    explanation.score = score(mentee, mentor).score;
    const Weights &weights = m_data.schemes.at(m_data.menteeFeatures[size_t(mentee)].scheme).weights;
    const int total = weights.total();
    float f[kCriterionCount];
    fractions(mentee, mentor, f);
    for (int c = 0; c < kCriterionCount && total > 0; ++c) {
        const Criterion criterion = static_cast<Criterion>(c);
        const float share = 100.0f * float(weights.of(criterion)) / float(total);
        if (share <= 0)
            continue;
        // What helped shows the points gained, what hurt the points lost.
        const int points = f[c] >= 0.5f ? int(std::lround(share * f[c])) : -int(std::lround(share * (1 - f[c])));
        explanation.lines.append({criterion, points, lineText(criterion, mentee, mentor, f[c]), isNeutral(criterion, mentee, mentor)});
    }
    std::stable_sort(explanation.lines.begin(), explanation.lines.end(),
                     [](const ScoreLine &a, const ScoreLine &b) { return a.points > b.points; });
    return explanation;
}

QString PairScorer::lineText(Criterion c, int mentee, int mentor, float fraction) const
{
    const Mentee &e = m_data.mentees.at(mentee);
    const Mentor &o = m_data.mentors.at(mentor);
    const MenteeFeatures &ef = m_data.menteeFeatures[size_t(mentee)];
    const MentorFeatures &of = m_data.mentorFeatures[size_t(mentor)];
    const int mentorRow = m_data.mentorRow(mentor);
    switch (c) {
    case Criterion::Languages: {
        if (ef.languageCount == 0 && ef.preferredLanguage < 0)
            return tr("the mentee's languages are not recorded");
        if (m_data.languages.has(mentorRow, ef.preferredLanguage))
            return tr("speaks %1, the mentee's preferred language").arg(e.preferredLanguage.trimmed());
        const QStringList shared = m_data.languages.shared(mentee, mentorRow);
        const QStringList spoken = e.languages.isEmpty() ? QStringList{e.preferredLanguage.trimmed()} : e.languages;
        return shared.isEmpty() ? tr("speaks none of the mentee's languages (%1)").arg(joined(spoken))
                                : tr("speaks %1").arg(joined(shared));
    }
    case Criterion::Interests: {
        if (ef.interestCount == 0 || of.interestCount == 0)
            return tr("interests not recorded on both sides");
        const QStringList shared = m_data.interests.shared(mentee, mentorRow);
        return shared.isEmpty() ? tr("no shared interests") : tr("shares interests: %1").arg(joined(shared));
    }
    case Criterion::GenderPreference: {
        if (ef.preferredGender < 0)
            return tr("no preference about the mentor's gender");
        const QString preferred = label(static_cast<Gender>(ef.preferredGender)).toLower();
        if (of.gender < 0)
            return tr("gender not recorded; %1 preferred").arg(preferred);
        const QString actual = label(static_cast<Gender>(of.gender)).toLower();
        return fraction >= 1 ? tr("%1, as preferred").arg(actual) : tr("%1; %2 preferred").arg(actual, preferred);
    }
    case Criterion::AgeBand: {
        if (ef.ageFrom < 0 && ef.ageTo < 0)
            return tr("no preference about the mentor's age");
        const QString band = ageBand(ef.ageFrom, ef.ageTo);
        if (of.age < 0)
            return tr("age not recorded; %1 preferred").arg(band);
        return fraction >= 1 ? tr("is %1 years old, within %2").arg(of.age).arg(band)
                             : tr("is %1 years old; %2 preferred").arg(of.age).arg(band);
    }
    case Criterion::Availability: {
        if (ef.availability == 0 || of.availability == 0)
            return tr("meeting times not recorded on both sides");
        QStringList slots;
        for (int day = 0; day < Availability::kDays; ++day)
            for (int part = 0; part < Availability::kParts; ++part)
                if (e.availability.isSet(day, part) && o.availability.isSet(day, part))
                    slots << tr(kParts[part]).arg(tr(kDays[day]));
        if (slots.isEmpty())
            return tr("no meeting times in common");
        if (slots.size() > 3)
            return tr("can meet %1 and %n more times a week", nullptr, int(slots.size() - 2)).arg(slots.mid(0, 2).join(QStringLiteral(", ")));
        return tr("can meet %1").arg(joined(slots));
    }
    case Criterion::Distance: {
        if (!ef.home || !of.home)
            return tr("distance not known (postcode missing or not Danish)");
        const PostcodeArea &a = *ef.home, &b = *of.home;
        if (a.postcode == b.postcode)
            return tr("lives in the same postcode (%1)").arg(a.postcode);
        if (a.region != b.region)
            return tr("lives in another region (%1)").arg(PostcodeAreas::regionName(b.region));
        if (a.district == b.district)
            return tr("lives in the same postal district (%1xx)").arg(a.district);
        return std::abs(a.district - b.district) == 1 ? tr("lives in a neighbouring postal district (%1)").arg(b.postcode)
                                                      : tr("lives in the same region, farther away (%1)").arg(b.postcode);
    }
    case Criterion::MentorTypeFit: {
        const QString type = label(o.mentorType), group = label(e.targetGroup);
        if (fraction >= 1)
            return tr("%1 suits %2").arg(type, group);
        return fraction > 0 ? tr("%1 may suit %2").arg(type, group) : tr("%1 is less suited to %2").arg(type, group);
    }
    case Criterion::Experience:
        return of.everApproved == 0 ? tr("would be the mentor's first mentee") : tr("has had %n mentee(s)", nullptr, of.everApproved);
    case Criterion::Load:
        return tr("has %1 of %2 places free").arg(std::max(0, of.capacity - of.approved)).arg(of.capacity);
    }
    return {};
}

bool PairScorer::isNeutral(Criterion c, int mentee, int mentor) const
{
    const MenteeFeatures &e = m_data.menteeFeatures[size_t(mentee)];
    const MentorFeatures &o = m_data.mentorFeatures[size_t(mentor)];
    switch (c) {
    case Criterion::Languages: return e.languageCount == 0 && e.preferredLanguage < 0;
    case Criterion::Interests: return e.interestCount == 0 || o.interestCount == 0;
    case Criterion::GenderPreference: return e.preferredGender < 0 || o.gender < 0;
    case Criterion::AgeBand: return (e.ageFrom < 0 && e.ageTo < 0) || o.age < 0;
    case Criterion::Availability: return e.availability == 0 || o.availability == 0;
    case Criterion::Distance: return !e.home || !o.home;
    case Criterion::MentorTypeFit:
    case Criterion::Experience:
    case Criterion::Load: return false;
    }
    return false;
}

QString PairScorer::gateName(Gate gate)
{
    switch (gate) {
    case Gate::None: return {};
    case Gate::MentorNotActive: return tr("mentor not active");
    case Gate::NoFreePlace: return tr("no free capacity");
    case Gate::Excluded: return tr("pair excluded by the coordinator");
    case Gate::RequiredGender: return tr("required mentor gender");
    case Gate::NoSharedLanguage: return tr("no shared language");
    case Gate::MentorTypeNotAllowed: return tr("mentor type not allowed in the scheme");
    case Gate::OtherRegion: return tr("lives in another region");
    }
    return {};
}

QString PairScorer::gateText(Gate gate, int mentee, int mentor) const
{
    const Mentee &e = m_data.mentees.at(mentee);
    const Mentor &o = m_data.mentors.at(mentor);
    const MenteeFeatures &ef = m_data.menteeFeatures[size_t(mentee)];
    const MentorFeatures &of = m_data.mentorFeatures[size_t(mentor)];
    const SchemeRules &scheme = m_data.schemes.at(ef.scheme);
    switch (gate) {
    case Gate::None:
        return {};
    case Gate::MentorNotActive:
        return tr("excluded: the mentor is not active (%1)").arg(label(o.status).toLower());
    case Gate::NoFreePlace:
        return of.proposed > 0 ? tr("excluded: no free capacity (%1 of %2 places taken, %3 proposed)").arg(of.approved).arg(of.capacity).arg(of.proposed)
                               : tr("excluded: no free capacity (%1 of %2 places taken)").arg(of.approved).arg(of.capacity);
    case Gate::Excluded:
        return tr("excluded: the coordinator excluded this pair");
    case Gate::RequiredGender:
        return tr("excluded: the mentee requires a mentor who is %1").arg(label(static_cast<Gender>(ef.preferredGender)).toLower());
    case Gate::NoSharedLanguage:
        return tr("excluded: no shared language (the mentee speaks %1 and little Danish)").arg(joined(e.languages));
    case Gate::MentorTypeNotAllowed:
        return tr("excluded: %1 is not allowed in %2").arg(label(o.mentorType), scheme.name);
    case Gate::OtherRegion:
        return tr("excluded: lives in %1; %2 takes mentors of the mentee's region only").arg(PostcodeAreas::regionName(of.home->region), scheme.name);
    }
    return {};
}

} // namespace mentordesk::matching
