#pragma once

#include "criteria.h"
#include "postcodearea.h"

#include "domain/mentee.h"
#include "domain/mentor.h"
#include "domain/scheme.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <cstdint>
#include <vector>

namespace mentordesk::matching {

// Words (languages, interests) interned per run, so a person's set of them is a row of bits
// and comparing two people is a few AND/popcount operations. Mentees and mentors are rows of
// one table, so they share one vocabulary (words compared case-insensitively).
class WordSets {
public:
    // Add every row first, then freeze() before comparing.
    int addRow(const QStringList &words);
    void freeze();
    int wordIndex(const QString &word) const { return m_index.value(fold(word), -1); }
    int sharedCount(int row, int otherRow) const;
    // The words two rows share, as first spelled (for explanations).
    QStringList shared(int row, int otherRow) const;
    bool has(int row, int word) const;

private:
    static QString fold(const QString &word) { return word.trimmed().toCaseFolded(); }
    QHash<QString, int> m_index;  // folded word → bit
    QStringList m_words;          // bit → first spelling seen
    QList<QList<int>> m_rows;     // bits per row, until frozen
    int m_wordsPerRow = 1;        // 64-bit words per row
    std::vector<std::uint64_t> m_bits;
};

// Per scheme: its gates and its weights.
struct SchemeRules {
    domain::Id id = 0;
    QString name;
    quint32 allowedTypes = 0;  // bit per domain::MentorType; 0 = every type
    bool sameRegionOnly = false;
    Weights weights = Weights::defaults();
};

// What the scorer reads about each person, precomputed once per run so that scoring millions of
// pairs never touches strings or the database.
struct MenteeFeatures {
    int scheme = 0;                     // index into MatchingData::schemes
    int preferredGender = -1;           // domain::Gender, -1: no preference
    bool genderRequired = false;
    int ageFrom = -1, ageTo = -1;       // preferred mentor age band, -1: open
    quint32 availability = 0;
    std::optional<PostcodeArea> home;
    int targetGroup = 0;                // domain::TargetGroup
    bool needsSharedLanguage = false;   // little or no Danish and languages given
    int languageCount = 0;
    int interestCount = 0;
    int preferredLanguage = -1;         // word in MatchingData::languages, -1: none
    std::vector<int> excludedMentors;   // mentor indices, sorted
};

struct MentorFeatures {
    bool active = true;
    int capacity = 1;
    int approved = 0;
    int proposed = 0;
    int everApproved = 0;
    int gender = -1;  // domain::Gender, -1: not stated
    int age = -1;
    quint32 availability = 0;
    std::optional<PostcodeArea> home;
    int type = 0;  // domain::MentorType
    int languageCount = 0;
    int interestCount = 0;
    // Places left for new proposals: capacity minus current mentees and open proposals.
    int freePlaces() const { return std::max(0, capacity - approved - proposed); }
};

// One matching run's input: both sides as records (for explanations) and as features (for
// scoring), the schemes' rules and the coordinator's exclusions. Built without the database,
// so tests and benchmarks can make any instance.
struct MatchingData {
    QDate today;
    QList<domain::Mentee> mentees;
    QList<domain::Mentor> mentors;
    QList<SchemeRules> schemes;
    std::vector<MenteeFeatures> menteeFeatures;
    std::vector<MentorFeatures> mentorFeatures;
    // Rows: mentee i is row i, mentor j is row mentees.size() + j.
    WordSets languages;
    WordSets interests;
    int mentorRow(int mentor) const { return int(mentees.size()) + mentor; }

    int menteeIndex(domain::Id id) const { return m_menteeIndex.value(id, -1); }
    int mentorIndex(domain::Id id) const { return m_mentorIndex.value(id, -1); }
    bool isExcluded(int mentee, int mentor) const;

    QHash<domain::Id, int> m_menteeIndex, m_mentorIndex;
};

// What a run needs besides the two lists of people.
struct MatchingContext {
    QDate today;
    QList<domain::Scheme> schemes;
    QHash<domain::Id, Weights> weights;  // by scheme id; missing: defaults
    struct Load {
        int approved = 0, proposed = 0, everApproved = 0;
    };
    QHash<domain::Id, Load> loads;        // by mentor id
    QList<QPair<domain::Id, domain::Id>> excluded;  // (mentee id, mentor id)
};

MatchingData buildMatchingData(QList<domain::Mentee> mentees, QList<domain::Mentor> mentors, const MatchingContext &context);

} // namespace mentordesk::matching
