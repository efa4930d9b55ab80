#pragma once

#include "database.h"
#include "domain/enums.h"
#include "domain/recordmeta.h"

#include <QDate>
#include <QTime>
#include <functional>
#include <optional>

namespace mentordesk::storage {

struct CourseExportRow {
    domain::Id id = 0;
    domain::Id menteeId = 0;
    QString mentee;
    domain::Id mentorId = 0;
    QString mentor;
    QString scheme;
    domain::CourseStatus status = domain::CourseStatus::Planned;
    domain::Phase phase = domain::Phase::Clarification;
    QDate startDate;
    QDate plannedEndDate;
    QString legalBasis;
    std::optional<double> hoursPerWeek;  // the grant in force on the export day
    int meetingsHeld = 0;
    double hoursDelivered = 0;
    QString purpose;
    QString mentorTasks;
    QString mentorQualifications;
};

struct MeetingExportRow {
    domain::Id id = 0;
    domain::Id courseId = 0;
    QString mentee;
    QString mentor;
    QDate date;
    QTime start;
    std::optional<int> minutes;
    domain::MeetingForm form = domain::MeetingForm::InPerson;
    std::optional<domain::MeetingKind> kind;
    domain::MeetingStatus status = domain::MeetingStatus::Planned;
    QString place;
    QString note;
    QString beforeNext;
};

// Streams the joined rows behind the course and session exports, in id order.
class ExportQueries {
public:
    explicit ExportQueries(Database &db) : m_db(db) {}
    // False when the query failed (the export must then fail, not write a header-only file).
    bool forEachCourse(const QDate &today, const std::function<bool(const CourseExportRow &)> &visit) const;
    bool forEachMeeting(const std::function<bool(const MeetingExportRow &)> &visit) const;
    int courseCount() const;
    int meetingCount() const;

private:
    Database &m_db;
};

} // namespace mentordesk::storage
