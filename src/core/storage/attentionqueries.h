#pragma once

#include "database.h"
#include "domain/recordmeta.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <array>

namespace mentordesk::storage {

// The limits of the needs-attention rules; stored per database (an organisation's rule, shared
// by every coordinator on the file), defaults from DOMAIN.md §3 and §6.
struct AttentionThresholds {
    int daysWithoutMeeting = 14;
    int daysWithoutMeetingRetOgPligt = 7;  // ret-og-pligt needs a meeting every week [003]
    int hoursPercent = 75;                 // delivered under this share of granted …
    int hoursWeeks = 4;                    // … over this many weeks
    int endingSoonDays = 14;               // planned end within this many days
    int chemistryAfterMeetings = 3;        // "at the latest after the third meeting" [002]

    bool operator==(const AttentionThresholds &) const = default;
};

// Why a course needs attention. Each names the place on the course where it is fixed.
enum class AttentionRule {
    NoRecentMeeting,        // active, no held meeting for daysWithoutMeeting (or never)
    HoursBelowGrant,        // active, delivered < hoursPercent of granted over hoursWeeks
    ReviewOverdue,          // next review date passed
    EndingSoon,             // planned end within endingSoonDays (or passed, still open)
    ChemistryCheckMissing,  // chemistryAfterMeetings held with the current mentor, no check
    MissingPurpose,
    MissingTasks,
    MissingQualifications,
    NoAgreement,            // open course without a printed agreement
    NoMentor,               // active course without a current match (mentor change)
};

// Every rule, most urgent first: what costs the mentee support first, paperwork last. The
// list is sorted by it and the GUI offers the rules in this order.
inline constexpr std::array kAttentionRulesByUrgency = {
    AttentionRule::NoMentor,       AttentionRule::NoRecentMeeting, AttentionRule::HoursBelowGrant,
    AttentionRule::ReviewOverdue,  AttentionRule::EndingSoon,      AttentionRule::ChemistryCheckMissing,
    AttentionRule::MissingPurpose, AttentionRule::MissingTasks,    AttentionRule::MissingQualifications,
    AttentionRule::NoAgreement,
};

struct AttentionItem {
    domain::Id courseId = 0;
    AttentionRule rule = AttentionRule::NoRecentMeeting;
    QString mentee;      // "Last, First"
    QString mentor;      // empty without a current match
    QDate date;          // last meeting, review date or planned end, by rule
    int number = 0;      // days since the last meeting, percent delivered or held meetings, by rule

    // One line for the list, in the user's language ("No meeting for 23 days").
    QString text() const;

    Q_DECLARE_TR_FUNCTIONS(AttentionItem)
};

class AttentionQueries {
public:
    explicit AttentionQueries(Database &db) : m_db(db) {}

    // Every item, most urgent rule first, then by mentee name.
    QList<AttentionItem> items(const QDate &today, const AttentionThresholds &limits) const;
    // The items of one course (the course page's banner).
    QList<AttentionItem> forCourse(domain::Id courseId, const QDate &today, const AttentionThresholds &limits) const;
    // Courses with at least one item (the navigation's count).
    int courseCount(const QDate &today, const AttentionThresholds &limits) const;
    // The courses among `items`, for a caller that has read them already.
    static int courseCountOf(const QList<AttentionItem> &items);

    AttentionThresholds thresholds() const;
    Status setThresholds(const AttentionThresholds &limits);

private:
    QList<AttentionItem> run(const QDate &today, const AttentionThresholds &limits, domain::Id onlyCourse) const;
    Database &m_db;
};

} // namespace mentordesk::storage
