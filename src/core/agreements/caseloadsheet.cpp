#include "caseloadsheet.h"

#include "agreementcontent.h"
#include "htmltable.h"

#include "domain/enumcodec.h"
#include "storage/hoursqueries.h"
#include "storage/matchrepository.h"
#include "storage/meetingrepository.h"
#include "storage/mentorrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::agreements {

namespace {

QDate lastHeldMeeting(storage::Database &db, Id courseId)
{
    // forCourse lists the newest first.
    for (const Meeting &m : storage::MeetingRepository(db).forCourse(courseId))
        if (m.isHeld())
            return m.date;
    return {};
}

} // namespace

std::optional<QString> CaseloadSheet::html(storage::Database &db, Id mentorId)
{
    const std::optional<Mentor> mentor = storage::MentorRepository(db).find(mentorId);
    if (!mentor)
        return std::nullopt;
    const QDate today = db.today();
    const storage::HoursQueries hoursQueries(db);

    HtmlTable courses({tr("Course"), tr("Mentee"), tr("Status"), tr("Period"), tr("Hours delivered of granted"),
                       tr("Last 4 weeks"), tr("Last meeting"), tr("Next review")});
    int open = 0;
    double delivered = 0, granted = 0;
    for (const Match &match : storage::MatchRepository(db).forMentor(mentorId)) {
        if (match.state != MatchState::Approved || match.courseId == 0)
            continue;
        const std::optional<CourseRecords> records = loadCourseRecords(db, match.courseId);
        if (!records || !Course::isOpen(records->course.status))
            continue;
        const Course &c = records->course;
        const storage::HoursFigures total = hoursQueries.total(c.id, today);
        const storage::HoursFigures recent = hoursQueries.recent(c.id, today, 4);
        ++open;
        delivered += total.delivered;
        granted += total.granted;
        courses.addRow({QString::number(c.id), records->mentee.fullName(), label(c.status),
                        printedDate(c.startDate) + u" – "_s + printedDate(c.plannedEndDate),
                        tr("%1 of %2").arg(printedHours(total.delivered), printedHours(total.granted)),
                        tr("%1 of %2").arg(printedHours(recent.delivered), printedHours(recent.granted)),
                        printedDate(lastHeldMeeting(db, c.id)), printedDate(c.nextReviewDate)});
    }

    HtmlTable facts({tr("Mentor"), tr("Details")});
    facts.addRow({tr("Type"), label(mentor->mentorType)});
    facts.addRow({tr("Email and phone"), joinedContact(mentor->phone, mentor->email)});
    if (!mentor->organisation.isEmpty())
        facts.addRow({tr("Organisation"), mentor->organisation});
    facts.addRow({tr("Caseload"), tr("Open courses: %1 of a capacity of %2").arg(open).arg(mentor->capacity)});
    if (mentor->hoursPerWeek)
        facts.addRow({tr("Hours per week offered"), printedHours(*mentor->hoursPerWeek)});
    facts.addRow({tr("Hours across open courses"), tr("%1 delivered of %2 granted").arg(printedHours(delivered), printedHours(granted))});
    facts.addRow({tr("Confidentiality declaration signed"), printedDate(mentor->confidentialitySigned)});

    QString body = facts.html() + section(tr("Open courses"));
    body += courses.isEmpty() ? u"<p>–</p>"_s : courses.html();
    return printedPage(tr("Caseload sheet: %1").arg(mentor->fullName()),
                       tr("Mentor %1, printed %2").arg(mentorId).arg(printedDate(today)), body);
}

} // namespace mentordesk::agreements
