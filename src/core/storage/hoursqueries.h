#pragma once

#include "database.h"
#include "domain/recordmeta.h"

#include <QDate>
#include <QList>

namespace mentordesk::storage {

// Hours granted against hours delivered (DOMAIN.md §6): granted is the hours per week of the
// grant in force, pro rata for part weeks and only within the course (start to ending, never
// after `today`); delivered is the duration of held meetings. Both computed in SQL.
struct HoursFigures {
    double granted = 0;
    double delivered = 0;
    double faceToFace = 0;  // delivered in person

    // delivered ÷ granted, or -1 when nothing was granted yet.
    double ratio() const { return granted > 0 ? delivered / granted : -1; }
    // delivered ÷ granted in whole percent, cut rather than rounded, so a share under a threshold
    // never shows as the threshold itself (74.6 % is 74 %); 0 when nothing was granted.
    int percent() const { return granted > 0 ? int(delivered * 100 / granted) : 0; }
    // Below `percent` of the granted hours (nothing granted is no gap).
    bool hasGap(int percent) const { return granted > 0 && delivered * 100 < granted * percent; }
};

struct HoursWeek {
    QDate monday;
    int isoWeek = 0;
    int isoYear = 0;
    HoursFigures hours;
};

class HoursQueries {
public:
    explicit HoursQueries(Database &db) : m_db(db) {}

    // Every ISO week of the course from its start to its end (or `today`), oldest first.
    QList<HoursWeek> weeks(domain::Id courseId, const QDate &today) const;
    // The course so far.
    HoursFigures total(domain::Id courseId, const QDate &today) const;
    // The `weeks` weeks ending with `today` (28 days for 4 weeks).
    HoursFigures recent(domain::Id courseId, const QDate &today, int weeks) const;

private:
    HoursFigures between(domain::Id courseId, const QDate &from, const QDate &to) const;
    Database &m_db;
};

} // namespace mentordesk::storage
