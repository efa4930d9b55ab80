#pragma once

#include "database.h"
#include "domain/enums.h"
#include "domain/recordmeta.h"

#include <QDate>
#include <QList>
#include <optional>

namespace mentordesk::storage {

// What the mentor register shows. The default shows every mentor except archived ones.
struct MentorFilter {
    QString search;  // typed text: every word must start a word of name, contact, languages, ...
    std::optional<domain::MentorType> type;
    std::optional<domain::MentorStatus> status;  // none: every status except archived
    bool onlyWithFreeCapacity = false;           // capacity > approved matches

    // True when nothing narrows the register beyond hiding archived mentors.
    bool isEmpty() const;
};

// What the mentee register shows. The default shows every mentee except archived ones.
struct MenteeFilter {
    QString search;
    std::optional<domain::TargetGroup> targetGroup;
    std::optional<domain::Id> schemeId;
    std::optional<domain::MenteeStatus> status;  // none: every status except archived
    std::optional<bool> hasActiveCourse;         // none: with or without

    bool isEmpty() const;
};

// A scheme as a filter choice.
struct SchemeChoice {
    domain::Id id = 0;
    QString name;
};

// One line of a list screen: only what the list shows, read in one query.
struct MentorListRow {
    domain::Id id = 0;
    QString name;  // "Last, First"
    domain::MentorType type = domain::MentorType::Other;
    QString email;
    QString phone;
    QString postcode;
    int capacity = 0;
    int activeMentees = 0;
    domain::MentorStatus status = domain::MentorStatus::Active;
};

struct MenteeListRow {
    domain::Id id = 0;
    QString name;
    QString scheme;
    domain::TargetGroup targetGroup = domain::TargetGroup::Other;
    QString postcode;
    QDate registeredOn;
    domain::MenteeStatus status = domain::MenteeStatus::Waiting;
};

// What the course list shows. The default shows the open courses (planned, active, paused).
struct CourseFilter {
    QString search;  // typed text: every word must start a word of the mentee's or mentor's name
    std::optional<domain::CourseStatus> status;  // none: every open course
    bool includeClosed = false;                   // with no status: ended and cancelled too
    bool onlyWithHoursGap = false;                // delivered under the threshold's share of granted
    int gapPercent = 75;

    bool isEmpty() const;
};

struct CourseListRow {
    domain::Id id = 0;
    QString mentee;
    QString mentor;
    QString scheme;
    domain::CourseStatus status = domain::CourseStatus::Planned;
    domain::Phase phase = domain::Phase::Clarification;
    QDate startDate;
    QDate plannedEndDate;
    double grantedHours = 0;    // so far, as HoursQueries::total
    double deliveredHours = 0;
};

struct WaitingListRow {
    domain::Id id = 0;
    QString name;
    QString scheme;
    domain::TargetGroup targetGroup = domain::TargetGroup::Other;
    QDate registeredOn;
    int waitingDays = 0;
};

// The figures of the reports start page; definitions are in DOMAIN.md §6.
struct KeyFigures {
    int activeMentors = 0;
    int freePlaces = 0;       // sum over active mentors of capacity − approved matches
    int waitingMentees = 0;   // without an approved match
    int activeCourses = 0;
    int endedCourses = 0;
    int heldMeetings28Days = 0;
    double deliveredHours28Days = 0;
    double grantedHours28Days = 0;  // hours/week of grants in force today × 4 weeks
    int coursesWithoutRecentMeeting = 0;  // no held meeting for 14 days, 7 for ret-og-pligt
};

// The queries behind the list screens: filtered in SQL WHERE and FTS5, sorted in SQL (Danish
// order through sort_key), paged with LIMIT/OFFSET, counted with count(*), so a 100,000-row
// register stays instant.
class ListQueries {
public:
    enum class MentorColumn { Name, Type, Email, Phone, Postcode, Capacity, ActiveMentees, Status };
    enum class MenteeColumn { Name, Scheme, TargetGroup, Postcode, Registered, Status };
    enum class CourseColumn { Mentee, Mentor, Scheme, Status, Phase, Start, PlannedEnd, Hours };
    enum class WaitingColumn { Name, Scheme, TargetGroup, Registered, WaitingDays };

    explicit ListQueries(Database &db) : m_db(db) {}

    QList<MentorListRow> mentors(const MentorFilter &filter, int offset, int limit, MentorColumn sort,
                                 Qt::SortOrder order) const;
    int mentorCount(const MentorFilter &filter = {}) const;
    QList<MenteeListRow> mentees(const MenteeFilter &filter, int offset, int limit, MenteeColumn sort,
                                 Qt::SortOrder order) const;
    int menteeCount(const MenteeFilter &filter = {}) const;
    // Every scheme by name, archived ones too: old mentees may still belong to them.
    QList<SchemeChoice> schemeChoices() const;
    // Hours are counted up to `today`; sorting by Hours sorts by delivered ÷ granted.
    QList<CourseListRow> courses(const CourseFilter &filter, const QDate &today, int offset, int limit,
                                 CourseColumn sort, Qt::SortOrder order) const;
    int courseCount(const CourseFilter &filter, const QDate &today) const;
    QList<WaitingListRow> waiting(int offset, int limit, WaitingColumn sort, Qt::SortOrder order, const QDate &today) const;
    int waitingCount() const;
    KeyFigures keyFigures(const QDate &today) const;

private:
    Database &m_db;
};

} // namespace mentordesk::storage
