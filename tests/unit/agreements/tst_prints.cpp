#include "agreementfixture.h"

#include "agreements/caseloadsheet.h"
#include "agreements/coursesummary.h"
#include "agreements/documentprinter.h"
#include "storage/goalrepository.h"
#include "storage/logbookrepository.h"

#include <QLocale>

using namespace mentordesk;
using namespace mentordesk::agreements;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {

CourseChain courseWithRecords(TestDatabase &db)
{
    CourseSetup setup;
    setup.menteeFirst = u"Åse <Ø>"_s;
    const CourseChain c = activeCourse(*db, setup);
    Goal goal;
    goal.courseId = c.courseId;
    goal.text = u"Tage bussen alene & til tiden"_s;
    REQUIRE(storage::GoalRepository(*db).add(goal).ok());
    addHeldOk(*db, c.courseId, QDate(2024, 5, 6), 60);
    addHeldOk(*db, c.courseId, QDate(2024, 5, 13), 90);
    LogbookEntry entry;
    entry.courseId = c.courseId;
    entry.date = QDate(2024, 5, 13);
    entry.author = LogAuthor::Mentor;
    entry.text = u"Mødte op til tiden"_s;
    REQUIRE(storage::LogbookRepository(*db).add(entry).ok());
    return c;
}

} // namespace

TEST_CASE("A course summary lists goals, phases, meetings with running hours and the logbook", "[agreements][prints]")
{
    TestDatabase db;
    const CourseChain c = courseWithRecords(db);
    const auto html = CourseSummary::html(*db, c.courseId);
    REQUIRE(html.has_value());
    CHECK(html->contains(u"Course summary: Åse &lt;Ø&gt; Hussein"_s));
    CHECK(html->contains(u"Tage bussen alene &amp; til tiden"_s));
    CHECK(html->contains(u"Mødte op til tiden"_s));
    CHECK(html->contains(u"Fastholdelse i praktik"_s));
    // Oldest meeting first, so the running total grows: 1.0 then 2.5 hours.
    const qsizetype first = html->indexOf(u"<td valign=\"top\">1.0</td>"_s);
    const qsizetype second = html->indexOf(u"<td valign=\"top\">2.5</td>"_s);
    CHECK(first > 0);
    CHECK(second > first);
    CHECK_FALSE(CourseSummary::html(*db, 999).has_value());

    const QString pdf = db.dir.filePath(u"summary.pdf"_s);
    REQUIRE(DocumentPrinter::writePdf(*html, pdf, u"x"_s, [](int p, int n) { return u"Page %1 of %2"_s.arg(p).arg(n); }).ok());
    CHECK(pdfText(pdf).contains(u"Tage bussen alene & til tiden"_s));
}

TEST_CASE("A long course summary runs over pages with every table row on one page", "[agreements][prints]")
{
    TestDatabase db;
    const CourseChain c = courseWithRecords(db);
    for (int i = 1; i <= 90; ++i) {
        LogbookEntry entry;
        entry.courseId = c.courseId;
        entry.date = QDate(2024, 5, 1).addDays(i / 3);
        entry.author = LogAuthor::Mentor;
        entry.text = u"Notat nummer %1 om en lang dag med mange gøremål, skrevet så det fylder to linjer i tabellen på siden."_s.arg(i);
        REQUIRE(storage::LogbookRepository(*db).add(entry).ok());
    }
    const auto html = CourseSummary::html(*db, c.courseId);
    REQUIRE(html.has_value());
    const QString pdf = db.dir.filePath(u"long-summary.pdf"_s);
    const auto pages = DocumentPrinter::writePdf(*html, pdf, u"x"_s, [](int p, int n) { return u"Page %1 of %2"_s.arg(p).arg(n); });
    REQUIRE(pages.ok());
    CHECK(*pages >= 3);
    const QString text = pdfText(pdf);
    for (int i = 1; i <= 90; ++i) {
        INFO(i);
        CHECK(text.count(u"Notat nummer %1 om"_s.arg(i)) == 1);
    }
}

TEST_CASE("A mentor's caseload sheet lists the open courses with hours and the last meeting", "[agreements][prints]")
{
    TestDatabase db;
    const CourseChain c = courseWithRecords(db);
    const auto html = CaseloadSheet::html(*db, c.mentorId);
    REQUIRE(html.has_value());
    CHECK(html->contains(u"Caseload sheet: Søren Ærø"_s));
    CHECK(html->contains(u"Åse &lt;Ø&gt; Hussein"_s));
    CHECK(html->contains(u"Open courses: 1 of a capacity of 2"_s));
    CHECK(html->contains(u"<td valign=\"top\">%1</td>"_s.arg(QLocale().toString(QDate(2024, 5, 13), QLocale::ShortFormat))));
    CHECK_FALSE(CaseloadSheet::html(*db, 999).has_value());

    SECTION("an ended course leaves the sheet")
    {
        Course course = courseOf(*db, c.courseId);
        course.status = CourseStatus::Ended;
        REQUIRE(storage::CourseRepository(*db).update(course).ok());
        const auto after = CaseloadSheet::html(*db, c.mentorId);
        REQUIRE(after.has_value());
        CHECK(after->contains(u"Open courses: 0 of a capacity of 2"_s));
        CHECK_FALSE(after->contains(u"Åse"_s));
    }
}
