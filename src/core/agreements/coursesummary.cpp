#include "coursesummary.h"

#include "agreementcontent.h"
#include "htmltable.h"

#include "domain/enumcodec.h"
#include "storage/hoursqueries.h"
#include "storage/logbookrepository.h"
#include "storage/meetingrepository.h"
#include "storage/phaserepository.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::agreements {

std::optional<QString> CourseSummary::html(storage::Database &db, Id courseId)
{
    const std::optional<CourseRecords> records = loadCourseRecords(db, courseId);
    if (!records)
        return std::nullopt;
    const Course &c = records->course;
    const QDate today = db.today();
    QString body;

    HtmlTable facts({tr("Course"), tr("Details")});
    facts.addRow({tr("Mentee"), records->mentee.fullName()});
    facts.addRow({tr("Mentor"), records->mentor ? records->mentor->fullName() : tr("none (mentor change)")});
    facts.addRow({tr("Scheme"), records->scheme.name});
    facts.addRow({tr("Status and phase"), tr("%1, phase %2").arg(label(c.status), label(c.phase))});
    facts.addRow({tr("Period"), printedDate(c.startDate) + u" – "_s + printedDate(c.plannedEndDate)});
    facts.addRow({tr("Purpose"), c.purpose});
    facts.addRow({tr("Mentor's tasks"), c.mentorTasks});
    const storage::HoursFigures total = storage::HoursQueries(db).total(courseId, today);
    facts.addRow({tr("Hours so far"), tr("%1 delivered of %2 granted (%3 %)").arg(printedHours(total.delivered), printedHours(total.granted)).arg(total.percent())});
    body += facts.html();

    body += section(tr("Goals"));
    HtmlTable goals({tr("Goal"), tr("Kind"), tr("Due"), tr("Status"), tr("Progress")});
    for (const Goal &g : records->goals)
        goals.addRow({g.parentGoalId ? u"– "_s + g.text : g.text, label(g.kind), printedDate(g.due), label(g.status), g.progressNotes});
    body += goals.isEmpty() ? u"<p>–</p>"_s : goals.html();

    body += section(tr("Phases"));
    HtmlTable phases({tr("Phase"), tr("Entered on"), tr("Note")});
    for (const PhaseEntry &p : storage::PhaseRepository(db).forCourse(courseId))
        phases.addRow({label(p.phase), printedDate(p.enteredOn), p.note});
    body += phases.isEmpty() ? u"<p>–</p>"_s : phases.html();

    body += section(tr("Meetings"));
    HtmlTable meetings({tr("Date"), tr("Form"), tr("Status"), tr("Minutes"), tr("Hours held, running total")});
    double held = 0;
    QList<Meeting> oldestFirst = storage::MeetingRepository(db).forCourse(courseId);
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    for (const Meeting &m : oldestFirst) {
        if (m.isHeld())
            held += m.minutes.value_or(0) / 60.0;
        meetings.addRow({printedDate(m.date), label(m.form), label(m.status), m.minutes ? QString::number(*m.minutes) : QString(),
                         m.isHeld() ? printedHours(held) : QString()});
    }
    body += meetings.isEmpty() ? u"<p>–</p>"_s : meetings.html();

    body += section(tr("Logbook"));
    HtmlTable logbook({tr("Date"), tr("Author"), tr("Entry"), tr("Shared with the caseworker")});
    for (const LogbookEntry &e : storage::LogbookRepository(db).forCourse(courseId))
        logbook.addRow({printedDate(e.date), label(e.author), e.text, e.sharedWithCaseworker ? tr("yes") : tr("no")});
    body += logbook.isEmpty() ? u"<p>–</p>"_s : logbook.html();

    return printedPage(tr("Course summary: %1").arg(records->mentee.fullName()),
                       tr("Course %1, printed %2").arg(courseId).arg(printedDate(today)), body);
}

} // namespace mentordesk::agreements
