#include "democourses.h"

#include "demovocabulary.h"

#include "agreements/agreementservice.h"
#include "storage/agreementrepository.h"
#include "storage/courserepository.h"
#include "storage/courseworkflow.h"
#include "storage/goalrepository.h"
#include "storage/grantrepository.h"
#include "storage/logbookrepository.h"
#include "storage/matchrepository.h"
#include "storage/matchworkflow.h"
#include "storage/meetingrepository.h"
#include "storage/menteerepository.h"
#include "storage/phaserepository.h"
#include "storage/statusreviewrepository.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
namespace vocab = mentordesk::demo::vocabulary;

namespace mentordesk::demo {

namespace {

constexpr int kReviewMonths = 3;     // "at most 3 months at a time" [003]
constexpr int kRenewWithinDays = 75; // a review this close to the planned end decides on a renewal

struct GrantSpan {
    QDate from;
    QDate to;
    double hours = 0;
    QDate decidedOn;  // the approval, or the status review that renewed or cut the hours
};

struct ReviewPlan {
    QDate date;
    ReviewDecision decision = ReviewDecision::Continue;
    QDate next;
};

struct MeetingPlan {
    QDate date;
    MeetingStatus status = MeetingStatus::Held;
    MeetingKind kind = MeetingKind::Ordinary;
    int minutes = 0;
};

// How an ending shapes the last weeks: a proper goodbye, a practical stop, or a breakdown.
enum class EndKind { Good, Neutral, Broken };

template <typename T>
T weighted(DemoRandom &rng, std::initializer_list<std::pair<int, T>> choices)
{
    int total = 0;
    for (const auto &c : choices)
        total += c.first;
    int roll = rng.between(1, total);
    for (const auto &c : choices) {
        if (roll <= c.first)
            return c.second;
        roll -= c.first;
    }
    return choices.begin()->second;
}

// Saturday and Sunday move to Monday: meetings are held on weekdays.
QDate weekday(const QDate &d)
{
    return d.dayOfWeek() == 6 ? d.addDays(2) : d.dayOfWeek() == 7 ? d.addDays(1) : d;
}

QDateTime at(const QDate &d, int hour)
{
    return QDateTime(d, QTime(hour, 0), Qt::UTC);
}

// How long a course runs, in days: shaped like the national figures (median 92 days in 2012–14
// and 117 in 2014, about one in seven within a month, a few over a year) [003]. The ended
// courses of the demo come out shorter than this, since the long ones are still open.
int drawDuration(DemoRandom &rng)
{
    struct Bin {
        int weight, low, high;
    };
    static constexpr Bin kBins[] = {{10, 10, 30},  {11, 31, 60},  {13, 61, 90},  {19, 91, 120}, {16, 121, 150},
                                    {11, 151, 180}, {8, 181, 210}, {8, 211, 360}, {4, 361, 420}};
    int roll = rng.between(1, 100);
    for (const Bin &bin : kBins) {
        if (roll <= bin.weight)
            return rng.between(bin.low, bin.high);
        roll -= bin.weight;
    }
    return 100;
}

Outcome outcomeFor(DemoRandom &rng, EndingReason reason, SchemeContext context)
{
    using R = EndingReason;
    using O = Outcome;
    switch (reason) {
    case R::Job: return rng.chance(75) ? O::OrdinaryJob : O::FlexJob;
    case R::Education:
        return context == SchemeContext::VocationalSchool && rng.chance(70) ? O::KeptJobOrEducation : O::Education;
    case R::ActiveOffer: return O::ActiveOffer;
    case R::GoalsReached:
        if (context == SchemeContext::VocationalSchool)
            return O::KeptJobOrEducation;
        return weighted<O>(rng, {{40, O::ActiveOffer}, {30, O::KeptJobOrEducation}, {30, O::NoChange}});
    case R::PossibilitiesExhausted: return rng.chance(50) ? O::ResourceProgramme : O::NoChange;
    case R::MenteeWithdrew: return rng.chance(60) ? O::NoChange : O::Unknown;
    case R::Moved: return O::Unknown;
    case R::MentorStopped: return O::NoChange;
    case R::GrantExpired: return rng.chance(50) ? O::NoChange : O::ActiveOffer;
    case R::OtherSupport: return O::NoChange;
    case R::Other: return O::Unknown;
    }
    return O::Unknown;
}

// Why a course ended, given its scheme and length: short courses mostly break down [003];
// ret-og-pligt support may only end in an active offer, a move or other support [003].
std::pair<EndingReason, Outcome> pickEnding(DemoRandom &rng, const DemoScheme &scheme, int days)
{
    using R = EndingReason;
    using O = Outcome;
    if (scheme.retOgPligt) {
        const R r = weighted<R>(rng, {{60, R::ActiveOffer}, {15, R::GoalsReached}, {12, R::Moved}, {13, R::OtherSupport}});
        return {r, r == R::Moved ? O::Unknown : r == R::OtherSupport ? O::NoChange : O::ActiveOffer};
    }
    R r = R::GoalsReached;
    if (days <= 30 && rng.chance(70)) {
        r = weighted<R>(rng, {{40, R::MenteeWithdrew}, {15, R::Moved}, {25, R::OtherSupport}, {10, R::MentorStopped},
                           {10, R::Job}});
    } else {
        switch (scheme.context) {
        case SchemeContext::Jobcentre:
            r = weighted<R>(rng, {{20, R::Job}, {12, R::Education}, {14, R::ActiveOffer}, {16, R::GoalsReached},
                               {6, R::PossibilitiesExhausted}, {10, R::MenteeWithdrew}, {5, R::Moved},
                               {3, R::MentorStopped}, {6, R::OtherSupport}});
            break;
        case SchemeContext::VocationalSchool:
            r = weighted<R>(rng, {{35, R::Education}, {25, R::GoalsReached}, {8, R::Job}, {12, R::MenteeWithdrew},
                               {5, R::Moved}, {5, R::MentorStopped}, {5, R::OtherSupport}});
            break;
        default:
            r = weighted<R>(rng, {{22, R::Job}, {18, R::Education}, {25, R::GoalsReached}, {12, R::MenteeWithdrew},
                               {10, R::Moved}, {8, R::MentorStopped}});
            break;
        }
    }
    return {r, outcomeFor(rng, r, scheme.context)};
}

EndKind endKind(EndingReason reason)
{
    switch (reason) {
    case EndingReason::Job:
    case EndingReason::Education:
    case EndingReason::GoalsReached:
    case EndingReason::ActiveOffer: return EndKind::Good;
    case EndingReason::MenteeWithdrew:
    case EndingReason::MentorStopped: return EndKind::Broken;
    default: return EndKind::Neutral;
    }
}

// The purpose and the tasks that go together (kPurposes and kTasks are in step): the school's
// course is about the basic course, the volunteer's about settling in, the jobcentre's about an
// internship or money and post.
qsizetype purposeFor(DemoRandom &rng, SchemeContext context)
{
    switch (context) {
    case SchemeContext::VocationalSchool: return 1;
    case SchemeContext::VolunteerOrg: return 3;
    default: return rng.chance(60) ? 0 : 2;
    }
}

const QStringList &finalStatusTexts(EndingReason reason)
{
    switch (reason) {
    case EndingReason::Job: return vocab::kFinalStatusJob;
    case EndingReason::Education: return vocab::kFinalStatusEducation;
    case EndingReason::GoalsReached:
    case EndingReason::ActiveOffer: return vocab::kFinalStatusGoals;
    case EndingReason::Moved: return vocab::kFinalStatusMoved;
    case EndingReason::OtherSupport: return vocab::kFinalStatusOtherSupport;
    case EndingReason::MenteeWithdrew: return vocab::kFinalStatusWithdrew;
    case EndingReason::MentorStopped: return vocab::kFinalStatusMentorStopped;
    default: return vocab::kFinalStatusExpired;
    }
}

// Hours in Danish ("1,5").
QString danish(double value, int decimals)
{
    static const QLocale kDanish(QLocale::Danish, QLocale::Denmark);
    return kDanish.toString(value, 'f', decimals);
}

// Granted hours between two days (both included), from the grants in force.
double grantedHours(const QList<GrantSpan> &grants, const QDate &from, const QDate &to)
{
    double hours = 0;
    for (const GrantSpan &g : grants) {
        const QDate a = std::max(g.from, from);
        const QDate b = std::min(g.to, to);
        if (a <= b)
            hours += g.hours * double(a.daysTo(b) + 1) / 7.0;
    }
    return hours;
}

} // namespace

// Everything one course will hold, worked out before anything is written.
struct DemoCourses::Plan {
    QDate approvedOn;
    QDate start;
    QDate plannedEnd;
    bool open = true;
    QDate end;  // the nominal end of an open course; the end date of an ended one
    EndingReason reason = EndingReason::GoalsReached;
    Outcome outcome = Outcome::Unknown;
    EndKind kind = EndKind::Good;
    QList<GrantSpan> grants;
    QList<ReviewPlan> reviews;
    QDate slowFrom;     // from the first review on, meetings less often
    int perWeek = 1;    // meetings a week at first: 1 or 2
    QList<MeetingPlan> meetings;
    QDate nextPlanned;  // the next meeting already in the calendar
    // The chemistry check on the first match, and a mentor change after "no chemistry".
    QDate chemistryOn;
    bool chemistryRecorded = false;
    bool change = false;
    bool changeUnfinished = false;  // no new mentor approved yet
    QDate changeOn;
    QDate secondStart;
    QDate secondChemistryOn;
    const Mentor *first = nullptr;
    const Mentor *second = nullptr;
    bool quiet = false;  // no contact for the last weeks
    QDate quietFrom;
    double hoursOn(const QDate &d) const
    {
        for (const GrantSpan &g : grants)
            if (g.from <= d && d <= g.to)
                return g.hours;
        return grants.isEmpty() ? 1.0 : grants.last().hours;
    }
};

DemoCourses::DemoCourses(Database &db, DemoRandom &rng, const DemoOptions &options, const QList<Mentor> &mentors,
                         DemoSummary &summary)
    : m_db(db), m_courses(db), m_matches(db), m_mentees(db), m_grants(db), m_goals(db), m_phases(db), m_meetings(db),
      m_logbook(db), m_reviews(db), m_agreements(db), m_rng(rng), m_today(options.today), m_mentors(mentors), m_summary(summary),
      m_unfinishedChangesLeft(1 + options.mentees / 250)
{
}

const Mentor *DemoCourses::pickMentor(const QDate &from, const QDate &to, Id except)
{
    if (m_mentors.isEmpty())
        return nullptr;
    for (int attempt = 0; attempt < 12; ++attempt) {
        const Mentor &candidate = m_mentors.at(m_rng.between(0, int(m_mentors.size()) - 1));
        if (candidate.status != MentorStatus::Active || candidate.id == except || m_open.value(candidate.id) >= candidate.capacity)
            continue;
        int overlapping = 0;
        if (const auto busy = m_busy.constFind(candidate.id); busy != m_busy.cend())
            for (const auto &[a, b] : *busy)
                overlapping += a <= to && from <= b ? 1 : 0;
        if (overlapping < candidate.capacity)
            return &candidate;
    }
    return nullptr;
}

void DemoCourses::occupy(const Mentor &mentor, const QDate &from, const QDate &to)
{
    m_busy[mentor.id].append({from, to});
}

Result<DemoCourses::Approval> DemoCourses::approve(const Mentee &mentee, const Mentor &mentor, const QDate &on)
{
    MatchWorkflow workflow(m_db);
    const int roll = m_rng.between(1, 100);
    const MatchSource source = roll <= 70 ? MatchSource::Suggestion : roll <= 90 ? MatchSource::Bulk : MatchSource::Manual;
    const Result<Id> proposal = workflow.propose({mentee.id, mentor.id, m_rng.between(45, 95), {}, source});
    if (!proposal)
        return proposal.status();
    const Result<Id> course = workflow.approve(*proposal);
    if (!course)
        return course.status();
    // The workflow stamps the proposal and the decision now; the demo places them in the past
    // (restamp, once the match has its last state).
    const QDate proposedOn = std::max(mentee.registeredOn, on.addDays(-m_rng.between(1, 10)));
    return Approval{*proposal, *course, at(proposedOn, 10), at(on, 14)};
}

Status DemoCourses::restamp(Id matchId, const QDateTime &proposedAt, const QDateTime &approvedAt, const QDateTime &decidedAt,
                            const QDate &endedOn)
{
    std::optional<Match> match = m_matches.find(matchId);
    if (!match)
        return Status::failure(u"match %1 is missing"_s.arg(matchId));
    if (proposedAt.isValid())
        match->proposedAt = proposedAt;
    if (approvedAt.isValid())
        match->approvedAt = approvedAt;
    if (decidedAt.isValid())
        match->decidedAt = decidedAt;
    if (endedOn.isValid())
        match->endedOn = endedOn;
    return m_matches.update(*match);
}

Status DemoCourses::log(Id courseId, const QDate &on, LogAuthor author, const QString &text)
{
    LogbookEntry entry;
    entry.courseId = courseId;
    entry.date = on;
    entry.author = author;
    entry.text = text;
    entry.sharedWithCaseworker = author == LogAuthor::Coordinator;
    if (const auto id = m_logbook.add(entry); !id)
        return id.status();
    ++m_summary.logbookEntries;
    return {};
}

Status DemoCourses::addPlannedCourse(Mentee &mentee, const DemoScheme &scheme, const QDate &start)
{
    const QDate approvedOn = std::max(mentee.registeredOn, std::min(m_today, start.addDays(-m_rng.between(1, 5))));
    const QDate far = m_today.addYears(5);
    const Mentor *mentor = pickMentor(approvedOn, far, 0);
    if (!mentor)
        return {};
    const Result<Approval> approved = approve(mentee, *mentor, approvedOn);
    if (!approved)
        return approved.status();
    if (const Status s = restamp(approved->match, approved->proposedAt, approved->decidedAt, approved->decidedAt); !s)
        return s;
    occupy(*mentor, approvedOn, far);
    m_open[mentor->id] += 1;
    mentee.status = MenteeStatus::Matched;

    Course course = *m_courses.find(approved->course);
    course.startDate = start;
    course.plannedEndDate = start.addMonths(scheme.months);
    course.legalBasis = scheme.legalBasis;
    // The coordinator has not finished the course: the tasks, and often the purpose, are missing.
    course.purpose = m_rng.chance(50) ? vocab::kPurposes.at(purposeFor(m_rng, scheme.context)) : QString();
    course.mentorTasks.clear();
    if (const Status s = m_courses.update(course); !s)
        return s;
    if (m_rng.chance(50)) {
        Grant grant;
        grant.courseId = course.id;
        grant.from = start;
        grant.to = course.plannedEndDate;
        grant.hoursPerWeek = mentee.hoursPerWeekGranted.value_or(2.0);
        grant.decidedOn = approvedOn;
        if (const auto id = m_grants.add(grant); !id)
            return id.status();
    }
    ++m_summary.courses;
    ++m_summary.plannedCourses;
    return {};
}

Status DemoCourses::addCourse(Mentee &mentee, const DemoScheme &scheme, const QDate &start)
{
    Plan plan;
    plan.start = start;
    plan.approvedOn = std::max(mentee.registeredOn, start.addDays(-m_rng.between(1, 3)));
    const int age = int(start.daysTo(m_today));
    const int days = drawDuration(m_rng);
    plan.end = start.addDays(days);
    plan.open = plan.end > m_today.addDays(-2);
    std::tie(plan.reason, plan.outcome) = pickEnding(m_rng, scheme, days);
    plan.kind = endKind(plan.reason);

    // How a few open courses look when the coordinator opens MentorDesk.
    plan.quiet = plan.open && age >= 42 && m_rng.chance(3);
    const bool thin = plan.open && !plan.quiet && age >= 35 && m_rng.chance(4);
    const bool lateReview = plan.open && m_rng.chance(12);
    const bool unfinishedChange = plan.open && age >= 14 && age <= 42 && m_unfinishedChangesLeft > 0 && m_rng.chance(35);

    // Grants and status reviews: a review about every three months checks the hours and decides;
    // a review near the planned end renews the grant when the course goes on, and the first one
    // may cut the hours when the meetings become less frequent [002, 003].
    const double hours = mentee.hoursPerWeekGranted.value_or(2.0);
    plan.perWeek = hours >= 3 ? 2 : 1;
    const bool slowDown = scheme.retOgPligt ? plan.perWeek == 2 && m_rng.chance(30) : m_rng.chance(45);
    plan.plannedEnd = start.addMonths(scheme.months);
    plan.grants.append({start, plan.plannedEnd, hours, plan.approvedOn});
    const QDate limit = plan.open ? m_today : plan.end;
    // Now and then nobody renews: the course ends with its grant.
    const bool letExpire = !plan.open && !scheme.retOgPligt && m_rng.chance(20);
    QDate due = start.addMonths(kReviewMonths);
    for (;;) {
        ReviewPlan review;
        review.date = due.addDays(-m_rng.between(0, 10));
        if (review.date > limit)
            break;
        if (lateReview && due < m_today && due.daysTo(m_today) <= 60)
            break;  // this one is overdue
        if (letExpire && review.date > plan.plannedEnd)
            break;
        const QDate endsBy = letExpire ? std::min(plan.end, plan.plannedEnd) : plan.end;
        if (!letExpire && plan.end > plan.plannedEnd && review.date.daysTo(plan.plannedEnd) <= kRenewWithinDays) {
            const int months = scheme.retOgPligt || scheme.context != SchemeContext::Jobcentre ? 6 : 3;
            const QDate renewedTo = plan.plannedEnd.addMonths(months);
            plan.grants.append({plan.plannedEnd.addDays(1), renewedTo, plan.grants.last().hours, review.date});
            plan.plannedEnd = renewedTo;
            review.decision = ReviewDecision::RenewGrant;
        } else if (plan.reviews.isEmpty() && slowDown) {
            plan.slowFrom = review.date;
            GrantSpan &current = plan.grants.last();
            const double fewer = std::max(1.0, std::round(current.hours) / 2.0);
            if (fewer < current.hours) {
                const QDate to = current.to;
                current.to = review.date.addDays(-1);
                plan.grants.append({review.date, to, fewer, review.date});
                review.decision = ReviewDecision::AdjustHours;
            }
        } else if (!plan.open && plan.kind != EndKind::Broken && review.date.daysTo(endsBy) <= 30) {
            review.decision = ReviewDecision::End;
        } else if (m_rng.chance(10)) {
            review.decision = ReviewDecision::ReviseGoals;
        }
        if (review.decision != ReviewDecision::End)
            review.next = review.date.addMonths(kReviewMonths);
        plan.reviews.append(review);
        if (!review.next.isValid())
            break;
        due = review.next;
    }
    if (!plan.open && plan.end > plan.plannedEnd) {
        // Nobody renewed the grant: the course ended with it.
        plan.end = plan.plannedEnd;
        if (!scheme.retOgPligt) {
            plan.reason = EndingReason::GrantExpired;
            plan.outcome = outcomeFor(m_rng, plan.reason, scheme.context);
            plan.kind = EndKind::Neutral;
        }
    }
    if (plan.open && plan.end <= m_today.addDays(21) && plan.end < plan.plannedEnd && m_rng.chance(50)) {
        // The grant runs out with the course: it ends as planned in the coming weeks.
        plan.plannedEnd = std::max(plan.end, m_today);
        plan.grants.erase(std::remove_if(plan.grants.begin(), plan.grants.end(),
                                         [&](const GrantSpan &g) { return g.from > plan.plannedEnd; }),
                          plan.grants.end());
        plan.grants.last().to = plan.plannedEnd;
    }
    QDate lastDay = plan.open ? m_today : plan.end;

    // Meetings: weekly (or twice a week for many hours) at first, later less often for some;
    // ret-og-pligt at least weekly [002, 003]. Each meeting's length follows the grant, so the
    // hours granted are by and large delivered; cancelled meetings are mostly made up.
    const auto run = [&](const QDate &first, const QDate &last) -> QDate {
        QDate d = first;
        bool isFirst = true;
        while (d <= last) {
            const bool slow = plan.slowFrom.isValid() && d >= plan.slowFrom;
            const int step = plan.perWeek == 1 && slow ? 14 : 7;
            const int inStep = plan.perWeek == 2 && !slow ? 2 : 1;
            const double hoursEach = plan.hoursOn(d) * step / 7.0 / inStep;
            for (int k = 0; k < inStep; ++k) {
                QDate day = k == 0 ? d : weekday(d.addDays(2));
                if (k == 0 && !isFirst && m_rng.chance(10) && day.dayOfWeek() < 5)
                    day = day.addDays(1);
                if (day > last)
                    break;
                const bool recentThin = thin && day.daysTo(m_today) < 30;
                MeetingPlan meeting;
                meeting.date = day;
                meeting.kind = isFirst ? MeetingKind::First : MeetingKind::Ordinary;
                const int roll = m_rng.between(1, 100);
                const int held = recentThin ? 65 : 90;
                meeting.status = isFirst || roll <= held ? MeetingStatus::Held
                                 : roll <= held + (100 - held) / 2 ? MeetingStatus::CancelledByMentee
                                 : roll <= 97 ? MeetingStatus::CancelledByMentor
                                              : MeetingStatus::NoShow;
                const double factor = recentThin ? m_rng.between(35, 60) / 100.0 : m_rng.between(100, 130) / 100.0;
                const int minutes = int(std::lround(hoursEach * 60 * factor / 15.0)) * 15;
                meeting.minutes = std::clamp(minutes, recentThin ? 15 : 30, 300);
                plan.meetings.append(meeting);
                isFirst = false;
                const bool cancelled = meeting.status == MeetingStatus::CancelledByMentee
                                       || meeting.status == MeetingStatus::CancelledByMentor;
                if (cancelled && m_rng.chance(recentThin ? 20 : 80)) {
                    MeetingPlan again = meeting;
                    again.date = weekday(day.addDays(m_rng.between(1, 3)));
                    again.status = MeetingStatus::Held;
                    again.kind = MeetingKind::Ordinary;
                    if (again.date <= last && again.date < d.addDays(step))
                        plan.meetings.append(again);
                }
            }
            d = d.addDays(step);
        }
        return d;
    };
    if (plan.quiet) {
        plan.quietFrom = m_today.addDays(-m_rng.between(21, 35));
        lastDay = plan.quietFrom;
    }
    plan.nextPlanned = run(start, lastDay);

    // The chemistry check after the second or third held meeting [002]; now and then no
    // chemistry, a mentor change and a new mentor on the same course.
    const int checkAfter = m_rng.between(2, 3);
    int held = 0;
    for (const MeetingPlan &m : plan.meetings)
        if (m.status == MeetingStatus::Held && ++held == checkAfter) {
            plan.chemistryOn = m.date;
            break;
        }
    if (plan.chemistryOn.isValid()) {
        // Mostly recorded; on open courses a missing check is mostly a recent one still to do.
        plan.chemistryRecorded = m_rng.chance(!plan.open ? 90 : age < 56 ? 85 : 98);
        plan.change = unfinishedChange || m_rng.chance(4);
    }
    const QDate far = m_today.addYears(5);
    const QDate until = plan.open ? far : plan.end;
    if (plan.change) {
        plan.changeOn = std::min(m_today, plan.chemistryOn.addDays(m_rng.between(0, 2)));
        plan.secondStart = weekday(plan.changeOn.addDays(m_rng.between(7, 21)));
        if (unfinishedChange) {
            plan.changeUnfinished = true;
            --m_unfinishedChangesLeft;
        } else if (plan.secondStart.addDays(14) > lastDay
                   || !(plan.second = pickMentor(plan.secondStart.addDays(-1), until, 0))) {
            plan.change = false;  // too late in the course, or no mentor free: they carry on
        }
    }
    if (plan.change) {
        plan.chemistryRecorded = true;
        plan.meetings.erase(std::remove_if(plan.meetings.begin(), plan.meetings.end(),
                                           [&](const MeetingPlan &m) { return m.date > plan.chemistryOn; }),
                            plan.meetings.end());
        plan.nextPlanned = {};
        if (!plan.changeUnfinished) {
            const qsizetype before = plan.meetings.size();
            plan.nextPlanned = run(plan.secondStart, lastDay);
            const int secondAfter = m_rng.between(2, 3);
            int secondHeld = 0;
            for (qsizetype i = before; i < plan.meetings.size(); ++i)
                if (plan.meetings.at(i).status == MeetingStatus::Held && ++secondHeld == secondAfter) {
                    if (m_rng.chance(92))
                        plan.secondChemistryOn = plan.meetings.at(i).date;
                    break;
                }
        }
    }

    // The last weeks of an ended course: an ending conversation, or the mentee stops coming.
    if (!plan.open && !plan.meetings.isEmpty()) {
        std::sort(plan.meetings.begin(), plan.meetings.end(),
                  [](const MeetingPlan &a, const MeetingPlan &b) { return a.date < b.date; });
        const QDate latest = m_today.addDays(-2);
        if (plan.kind == EndKind::Broken) {
            const qsizetype n = plan.meetings.size();
            if (plan.reason == EndingReason::MenteeWithdrew && n >= 4)
                for (qsizetype i = n - 2; i < n; ++i)
                    plan.meetings[i].status = i == n - 1 ? MeetingStatus::NoShow : MeetingStatus::CancelledByMentee;
            plan.end = std::min(latest, plan.meetings.last().date.addDays(m_rng.between(4, 12)));
        } else {
            MeetingPlan &last = plan.meetings.last();
            if (plan.meetings.size() > 1) {
                last.status = MeetingStatus::Held;
                last.kind = MeetingKind::Ending;
            }
            plan.end = last.date;
        }
        plan.nextPlanned = {};
    }
    if (plan.open && (plan.quiet || plan.changeUnfinished || !m_rng.chance(80)))
        plan.nextPlanned = {};

    // A meeting near each review is the status meeting, in jobcentres often with the caseworker.
    for (const ReviewPlan &review : std::as_const(plan.reviews)) {
        MeetingPlan *nearest = nullptr;
        for (MeetingPlan &m : plan.meetings)
            if (m.status == MeetingStatus::Held && m.kind == MeetingKind::Ordinary && std::abs(m.date.daysTo(review.date)) <= 4
                && (!nearest || std::abs(m.date.daysTo(review.date)) < std::abs(nearest->date.daysTo(review.date))))
                nearest = &m;
        if (nearest)
            nearest->kind = scheme.context == SchemeContext::Jobcentre && m_rng.chance(40) ? MeetingKind::ThreeParty
                                                                                           : MeetingKind::Status;
    }

    // The mentor: a free place over the whole time with them (a course's place is taken from the
    // approval to the end or the mentor change).
    const QDate ends = plan.open ? far : plan.end;
    const QDate firstUntil = plan.change ? plan.changeOn : ends;
    plan.first = pickMentor(plan.approvedOn, firstUntil, plan.second ? plan.second->id : 0);
    if (!plan.first)
        return {};  // nobody free: the mentee waits
    occupy(*plan.first, plan.approvedOn, firstUntil);
    if (plan.second)
        occupy(*plan.second, plan.secondStart.addDays(-1), std::max(ends, until));
    return write(mentee, scheme, plan);
}

Status DemoCourses::write(Mentee &mentee, const DemoScheme &scheme, Plan &plan)
{
    // The approved match and the course it opened, as MatchWorkflow::approve leaves them, but
    // written directly: the workflow's checks would double the time of a large demo file. The
    // workflow itself approves the planned courses and every mentor change below.
    Course course;
    course.menteeId = mentee.id;
    course.schemeId = scheme.id;
    course.legalBasis = scheme.legalBasis;
    const qsizetype purpose = purposeFor(m_rng, scheme.context);
    course.purpose = vocab::kPurposes.at(purpose);
    course.mentorTasks = vocab::kTasks.at(purpose);
    course.mentorQualifications = plan.first->qualifications;
    course.startDate = plan.start;
    course.plannedEndDate = plan.plannedEnd;
    if (scheme.retOgPligt)
        course.meetingFrequency = u"Mindst én gang om ugen"_s;
    else if (plan.perWeek == 2)
        course.meetingFrequency = plan.slowFrom.isValid() ? u"To gange om ugen, senere én gang om ugen"_s : u"To gange om ugen"_s;
    else
        course.meetingFrequency = plan.slowFrom.isValid() ? u"Hver uge, senere hver anden uge"_s : u"Hver uge"_s;
    course.contactAgreement = m_rng.pick(vocab::kContactAgreements);
    course.cancellationRules = m_rng.pick(vocab::kCancellationRules);
    course.nextReviewDate = plan.start.addMonths(kReviewMonths);
    if (const auto id = m_courses.add(course); !id)
        return id.status();
    Match match;
    match.menteeId = mentee.id;
    match.mentorId = plan.first->id;
    match.courseId = course.id;
    match.score = m_rng.between(45, 95);
    const int roll = m_rng.between(1, 100);
    match.source = roll <= 70 ? MatchSource::Suggestion : roll <= 90 ? MatchSource::Bulk : MatchSource::Manual;
    const QDateTime proposedAt = at(std::max(mentee.registeredOn, plan.approvedOn.addDays(-m_rng.between(1, 10))), 10);
    match.proposedAt = proposedAt;
    match.state = MatchState::Approved;
    match.decidedAt = at(plan.approvedOn, 14);
    match.approvedAt = match.decidedAt;
    match.decidedBy = m_db.currentUser();
    if (const auto id = m_matches.add(match); !id)
        return id.status();
    const Id firstMatch = match.id;
    m_open[plan.first->id] += 1;
    ++m_summary.courses;

    for (const GrantSpan &span : std::as_const(plan.grants)) {
        Grant grant;
        grant.courseId = course.id;
        grant.from = span.from;
        grant.to = span.to;
        grant.hoursPerWeek = span.hours;
        grant.decidedOn = span.decidedOn;
        if (const auto id = m_grants.add(grant); !id)
            return id.status();
    }
    course.currentMatchId = match.id;
    course.status = CourseStatus::Active;
    if (const Status s = m_courses.update(course); !s)
        return s;
    // In course; a course that ends below leaves the mentee ended, so only open ones are written.
    mentee.status = MenteeStatus::InCourse;
    if (plan.open)
        if (const Status s = m_mentees.update(mentee); !s)
            return s;

    // Goals, and how far they got.
    const int age = int(plan.start.daysTo(m_today));
    for (int g = 0, n = m_rng.between(1, 3); g < n; ++g) {
        Goal goal;
        goal.courseId = course.id;
        goal.text = m_rng.pick(vocab::kGoals);
        goal.due = plan.start.addMonths(m_rng.between(2, scheme.months));
        if (plan.open)
            goal.status = weighted<GoalStatus>(m_rng, {{age < 60 ? 5 : 20, GoalStatus::Reached}, {10, GoalStatus::Partly},
                                           {70, GoalStatus::Open}});
        else if (plan.kind == EndKind::Good)
            goal.status = m_rng.chance(70) ? GoalStatus::Reached : GoalStatus::Partly;
        else if (plan.kind == EndKind::Neutral)
            goal.status = weighted<GoalStatus>(m_rng, {{20, GoalStatus::Reached}, {40, GoalStatus::Partly}, {40, GoalStatus::Dropped}});
        else
            goal.status = m_rng.chance(70) ? GoalStatus::Dropped : GoalStatus::Partly;
        if (goal.status == GoalStatus::Partly || goal.status == GoalStatus::Dropped)
            goal.progressNotes = m_rng.pick(vocab::kProgressNotes);
        if (const auto id = m_goals.add(goal); !id)
            return id.status();
        ++m_summary.goals;
    }

    // Phases [002]: Afklaring, Mål og retning, Den lange bane, Afrunding as the ending nears;
    // the Ending phase comes with the ending.
    {
        const QDate until = plan.open ? m_today : plan.end;
        const int span = int(plan.start.daysTo(until));
        QList<std::pair<Phase, QDate>> phases{{Phase::Clarification, plan.start}};
        const auto enter = [&](Phase phase, const QDate &on) {
            if (on > phases.last().second && on <= until)
                phases.append({phase, on});
        };
        if (span >= 21)
            enter(Phase::GoalsAndDirection, plan.start.addDays(std::clamp(span / 4, 21, 35)));
        if (span >= 70)
            enter(Phase::LongHaul, plan.start.addDays(std::max(70, span / 3)));
        if (!plan.open && plan.kind != EndKind::Broken && span >= 45)
            enter(Phase::RoundingOff, plan.end.addDays(-std::min(28, span / 5)));
        if (plan.open && span >= 60 && plan.end.addDays(-28) <= m_today)
            enter(Phase::RoundingOff, plan.end.addDays(-28));
        for (const auto &[phase, on] : std::as_const(phases)) {
            PhaseEntry entry;
            entry.courseId = course.id;
            entry.phase = phase;
            entry.enteredOn = on;
            if (const auto id = m_phases.add(entry); !id)
                return id.status();
        }
    }

    if (const Status s = writeMeetings(course.id, plan); !s)
        return s;

    // The chemistry check, and the mentor change it may lead to.
    CourseWorkflow workflow(m_db);
    if (plan.chemistryRecorded)
        if (const Status s = workflow.recordChemistry(course.id, plan.change ? Chemistry::NotOk : Chemistry::Ok, plan.chemistryOn); !s)
            return s;
    Id currentMatch = firstMatch;
    QDateTime currentProposed = proposedAt;
    QDateTime currentDecided;  // the first match's times are right already
    const Mentor *mentor = plan.first;
    if (plan.change) {
        MentorChange change;
        change.why = MatchEndReason::NoChemistry;
        change.reason = m_rng.pick(vocab::kNoChemistryReasons);
        change.excludePair = m_rng.chance(60);
        change.newMentorId = plan.changeUnfinished ? 0 : plan.second->id;  // unfinished: the mentee waits in Matching
        const Result<Id> proposal = workflow.changeMentor(course.id, change);
        if (!proposal)
            return proposal.status();
        if (const Status s = restamp(firstMatch, {}, {}, at(plan.changeOn, 12), plan.changeOn); !s)
            return s;
        m_open[plan.first->id] -= 1;
        ++m_summary.mentorChanges;
        mentee.status = MenteeStatus::Waiting;
        if (const Status s = log(course.id, plan.changeOn, LogAuthor::Coordinator, m_rng.pick(vocab::kMentorChangeLog)); !s)
            return s;
        if (*proposal > 0) {
            const Result<Id> continued = MatchWorkflow(m_db).approve(*proposal);
            if (!continued)
                return continued.status();
            if (*continued != course.id)
                return Status::failure(u"the new mentor's approval opened another course"_s);
            m_open[plan.second->id] += 1;
            mentee.status = MenteeStatus::InCourse;
            if (plan.open)
                if (const Status s = m_mentees.update(mentee); !s)
                    return s;
            if (plan.secondChemistryOn.isValid())
                if (const Status s = workflow.recordChemistry(course.id, Chemistry::Ok, plan.secondChemistryOn); !s)
                    return s;
            currentMatch = *proposal;
            currentProposed = at(plan.changeOn, 13);
            currentDecided = at(plan.secondStart.addDays(-1), 10);
            mentor = plan.second;
        } else {
            currentMatch = 0;  // waiting for a new mentor
        }
    }
    if (plan.open && currentMatch > 0 && currentDecided.isValid())
        if (const Status s = restamp(currentMatch, currentProposed, currentDecided, currentDecided); !s)
            return s;

    // The printed agreement: before the first meeting, signed at it; none yet on some of the
    // newest courses. A new mentor gets a new version.
    const bool agreement = m_rng.chance(age < 14 ? 50 : age < 28 ? 90 : plan.open ? 97 : 90);
    bool agreementForCurrentMentor = agreement && !plan.change;
    if (agreement) {
        const QDate printed = std::max(plan.approvedOn, plan.start.addDays(-m_rng.between(0, 2)));
        if (const Status s = writeAgreement(course, mentee, *plan.first, plan, printed, plan.start.addMonths(scheme.months),
                                            plan.grants.first().hours);
            !s)
            return s;
        if (plan.change && !plan.changeUnfinished && m_rng.chance(80)) {
            if (const Status s = writeAgreement(course, mentee, *plan.second, plan, plan.secondStart, plan.plannedEnd,
                                                plan.hoursOn(plan.secondStart));
                !s)
                return s;
            agreementForCurrentMentor = true;
        }
    }

    if (const Status s = writeReviews(course.id, plan); !s)
        return s;
    if (plan.quiet) {
        const QDate on = m_today.addDays(-m_rng.between(0, 6));
        if (const Status s = log(course.id, on, LogAuthor::Mentor, m_rng.pick(vocab::kQuietLog)); !s)
            return s;
    }

    if (plan.open)
        return agreementForCurrentMentor ? fillLatestAgreement(course.id) : Status();
    // The ending: frees the mentor's place, enters the Ending phase and marks the mentee ended.
    Ending ending;
    ending.courseId = course.id;
    ending.endDate = plan.end;
    ending.reason = plan.reason;
    ending.outcome = plan.outcome;
    ending.finalStatus = m_rng.pick(finalStatusTexts(plan.reason));
    if (plan.kind == EndKind::Good && m_rng.chance(40))
        ending.followUpContact = plan.end.addMonths(6);
    if (const auto id = workflow.end(ending); !id)
        return id.status();
    if (currentMatch > 0) {
        if (const Status s = restamp(currentMatch, currentProposed, currentDecided, at(plan.end, 15), plan.end); !s)
            return s;
        m_open[mentor->id] -= 1;
    }
    mentee.status = MenteeStatus::Ended;
    ++m_summary.endings;
    return log(course.id, plan.end, LogAuthor::Coordinator,
               plan.kind == EndKind::Broken ? vocab::kEndingCaseworkerLog : vocab::kEndingConversationLog);
}

Status DemoCourses::writeMeetings(Id courseId, const Plan &plan)
{
    QList<MeetingPlan> meetings = plan.meetings;
    std::stable_sort(meetings.begin(), meetings.end(), [](const MeetingPlan &a, const MeetingPlan &b) { return a.date < b.date; });
    if (plan.nextPlanned.isValid())
        meetings.append({plan.nextPlanned, MeetingStatus::Planned, MeetingKind::Ordinary, 0});
    for (const MeetingPlan &planned : std::as_const(meetings)) {
        Meeting meeting;
        meeting.courseId = courseId;
        meeting.date = planned.date;
        meeting.start = QTime{m_rng.between(9, 15), m_rng.chance(50) ? 0 : 30};  // braces: left to right
        meeting.kind = planned.kind;
        meeting.form = planned.kind == MeetingKind::First || planned.kind == MeetingKind::Ending || m_rng.chance(75)
                           ? MeetingForm::InPerson
                           : (m_rng.chance(50) ? MeetingForm::Phone : MeetingForm::Video);
        meeting.place = meeting.form == MeetingForm::InPerson ? m_rng.pick(vocab::kPlaces) : QString();
        meeting.status = planned.status;
        if (meeting.isHeld()) {
            meeting.minutes = planned.minutes;
            meeting.note = m_rng.pick(vocab::kMeetingNotes);
            meeting.beforeNext = planned.kind == MeetingKind::Ending ? QString() : m_rng.pick(vocab::kBeforeNext);
        }
        if (const auto id = m_meetings.add(meeting); !id)
            return id.status();
        ++m_summary.meetings;
        if (meeting.isHeld() && m_rng.chance(35)) {
            LogbookEntry entry;
            entry.courseId = courseId;
            entry.date = meeting.date;
            entry.author = m_rng.chance(70) ? LogAuthor::Mentor : LogAuthor::Coordinator;
            entry.text = m_rng.pick(vocab::kLogbook);
            entry.tags = static_cast<quint8>(m_rng.between(0, 15));
            entry.sharedWithCaseworker = m_rng.chance(40);
            if (const auto id = m_logbook.add(entry); !id)
                return id.status();
            ++m_summary.logbookEntries;
        }
    }
    return {};
}

Status DemoCourses::writeReviews(Id courseId, const Plan &plan)
{
    QDate since = plan.start;
    for (const ReviewPlan &planned : plan.reviews) {
        if (planned.date > plan.end && !plan.open)
            break;
        StatusReview review;
        review.courseId = courseId;
        review.date = planned.date;
        review.reviewedBy = m_rng.pick(vocab::kCoordinators);
        review.menteeAssessment = m_rng.pick(vocab::kMenteeAssessments);
        review.mentorAssessment = m_rng.pick(vocab::kMentorAssessments);
        review.answers = m_rng.pick(vocab::kReviewAnswers);
        // The audit's point: were the granted hours delivered? [001]
        review.hoursDeliveredChecked = m_rng.chance(85);
        if (review.hoursDeliveredChecked) {
            int minutes = 0;
            for (const MeetingPlan &m : plan.meetings)
                if (m.status == MeetingStatus::Held && m.date >= since && m.date <= planned.date)
                    minutes += m.minutes;
            const double granted = grantedHours(plan.grants, since, planned.date);
            const double delivered = minutes / 60.0;
            review.hoursNote = u"Leveret %1 af %2 bevilgede timer siden %3 (%4 %)."_s.arg(
                danish(delivered, 1), danish(granted, 1), since.toString(u"d.M.yyyy"_s),
                danish(granted > 0 ? 100.0 * delivered / granted : 0.0, 0));
        } else {
            review.hoursNote = m_rng.pick(vocab::kHoursNotChecked);
        }
        review.decision = planned.decision;
        if (planned.decision == ReviewDecision::ReviseGoals)
            review.answers += u' ' + m_rng.pick(vocab::kReviseGoalsNotes);
        review.nextReview = planned.next;
        if (const auto id = m_reviews.add(review); !id)
            return id.status();
        ++m_summary.statusReviews;
        since = planned.date.addDays(1);
    }
    return {};
}

Status DemoCourses::fillLatestAgreement(Id courseId)
{
    // An open course's agreement as MentorDesk prints it, with the values it was filled with,
    // so the course page can tell when a new one is due. A course the law's parts are still
    // missing from keeps the short text.
    std::optional<Agreement> latest = m_agreements.latest(courseId);
    if (!latest)
        return {};
    const auto prepared = agreements::AgreementService(m_db).prepare(courseId, latest->language, latest->version);
    if (!prepared)
        return {};
    latest->templateName = prepared->templateName;
    latest->snapshotHtml = prepared->html;
    latest->fields = prepared->fields.toJson();
    return m_agreements.update(*latest);
}

Status DemoCourses::writeAgreement(const Course &course, const Mentee &mentee, const Mentor &mentor, const Plan &plan,
                                   const QDate &printedOn, const QDate &periodEnd, double hours)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString contact = mentor.phone.isEmpty() ? mentor.email : u"tlf. "_s + mentor.phone;
    if (!mentor.phone.isEmpty() && !mentor.email.isEmpty())
        contact += u", "_s + mentor.email;
    Agreement agreement;
    agreement.courseId = course.id;
    agreement.language = AgreementLanguage::Danish;
    agreement.templateName = u"Mentoraftale (demo)"_s;
    agreement.snapshotHtml =
        u"<h1>Mentoraftale</h1>"
        "<p><b>Mentee:</b> %1</p>"
        "<p><b>Mentor:</b> %2, %3</p>"
        "<p><b>Formål med mentorstøtten:</b> %4</p>"
        "<p><b>Mentorens opgaver:</b> %5</p>"
        "<p><b>Periode:</b> %6 til %7, %8 timer om ugen. <b>Møder:</b> %9</p>"
        "<p><b>Tavshedspligt:</b> Mentor har tavshedspligt om alt, hvad mentor får at vide om mentee.</p>"
        "<p><b>Klagevejledning:</b> Er du utilfreds, kan du kontakte mentorkoordinatoren eller klage til kommunen.</p>"_s
            .arg(esc(mentee.fullName()), esc(mentor.fullName()), esc(contact), esc(course.purpose), esc(course.mentorTasks),
                 printedOn < plan.start ? plan.start.toString(u"d.M.yyyy"_s) : printedOn.toString(u"d.M.yyyy"_s),
                 periodEnd.toString(u"d.M.yyyy"_s), danish(hours, hours == std::floor(hours) ? 0 : 1),
                 esc(course.meetingFrequency));
    agreement.printedAt = at(printedOn, m_rng.between(9, 15));
    const QDate signedOn = std::max(printedOn, plan.start);  // at the first meeting
    if (signedOn <= m_today) {
        agreement.signedByMentee = signedOn;
        agreement.signedByMentor = signedOn;
        if (const QDate coordinator = signedOn.addDays(m_rng.between(0, 5)); coordinator <= m_today)
            agreement.signedByCoordinator = coordinator;
    }
    if (const auto id = m_agreements.add(agreement); !id)
        return id.status();
    ++m_summary.agreements;
    return {};
}

} // namespace mentordesk::demo
