#include "agreementfixture.h"

#include "agreements/agreementservice.h"
#include "agreements/templatetext.h"
#include "agreements/shippedtexts.h"
#include "storage/agreementrepository.h"
#include "storage/agreementtemplaterepository.h"
#include "storage/auditrepository.h"
#include "storage/courserepository.h"
#include "storage/mentorrepository.h"

using namespace mentordesk;
using namespace mentordesk::agreements;
using namespace mentordesk::domain;
using namespace mentordesk::testing;


TEST_CASE("An agreement is filled from the course, mentor, mentee, grant and organisation", "[agreements][service]")
{
    TestDatabase db;
    CourseSetup setup;
    setup.menteeFirst = u"Ib <b>\"Bølle\""_s;
    setup.menteeLast = u"& Åse"_s;
    const CourseChain c = printableCourse(db, setup);

    const auto prepared = AgreementService(*db).prepare(c.courseId, AgreementLanguage::Danish);
    INFO(prepared.error().toStdString());
    REQUIRE(prepared.ok());
    CHECK(prepared->version == 1);
    CHECK(prepared->templateName == u"default-da"_s);
    const QString &html = prepared->html;
    CHECK(html.contains(u"Ib &lt;b&gt;&quot;Bølle&quot; &amp; Åse"_s));
    CHECK_FALSE(html.contains(u"<b>\"Bølle\""_s));
    CHECK(html.contains(u"Søren Ærø"_s));
    CHECK(html.contains(u"soeren.aeroe@example.dk"_s));
    CHECK(html.contains(u"Fastholdelse i praktik"_s));
    CHECK(html.contains(u"Ugentlige samtaler; følge med til første dag"_s));
    CHECK(html.contains(u"1. maj 2024 – 1. november 2024"_s));  // Danish dates in a Danish agreement
    CHECK(html.contains(u"Hanne Østergaard"_s));
    CHECK(html.contains(u"Jobcenter Ærøskøbing"_s));
    CHECK(html.contains(htmlText(defaultConfidentiality(AgreementLanguage::Danish))));
    CHECK(html.contains(htmlText(defaultComplaintGuidance(AgreementLanguage::Danish))));
    CHECK_FALSE(html.contains(u"{{"_s));
    CHECK(prepared->fields.value(u"grant.hours_per_week"_s) == u"2"_s);

    SECTION("in English, with English dates and the English texts")
    {
        const auto english = AgreementService(*db).prepare(c.courseId, AgreementLanguage::English);
        REQUIRE(english.ok());
        CHECK(english->templateName == u"default-en"_s);
        CHECK(english->html.contains(u"1 May 2024 – 1 November 2024"_s));
        CHECK(english->html.contains(htmlText(defaultComplaintGuidance(AgreementLanguage::English))));
    }
}

TEST_CASE("The organisation's own texts replace the shipped ones", "[agreements][service]")
{
    TestDatabase db;
    const CourseChain c = printableCourse(db);
    Organisation own = testOrganisation();
    own.complaintGuidanceDa = u"Klag til borgerrådgiveren i Ærø Kommune."_s;
    saveOrganisation(*db, own);
    const auto prepared = AgreementService(*db).prepare(c.courseId, AgreementLanguage::Danish);
    REQUIRE(prepared.ok());
    CHECK(prepared->html.contains(u"Klag til borgerrådgiveren i Ærø Kommune."_s));
    CHECK_FALSE(prepared->html.contains(htmlText(defaultComplaintGuidance(AgreementLanguage::Danish))));
}

TEST_CASE("An agreement the course cannot fill yet is refused, naming every missing part", "[agreements][service]")
{
    TestDatabase db;
    CourseSetup setup;
    setup.activate = false;
    setup.hoursPerWeek = 0;
    setup.agreement = false;
    const CourseChain c = activeCourse(*db, setup);
    Course course = courseOf(*db, c.courseId);
    course.purpose.clear();
    REQUIRE(storage::CourseRepository(*db).update(course).ok());

    const auto refused = AgreementService(*db).prepare(c.courseId, AgreementLanguage::Danish);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error()
          == u"The agreement for course %1 cannot be printed: it lacks the purpose of the support, the hours per week (a grant), "
             "whom to contact if it is not working (the coordinator in Agreement settings)."_s.arg(c.courseId));
    CHECK(db.rowCount(u"agreement"_s) == 0);

    SECTION("a mentor without phone or e-mail")
    {
        saveOrganisation(*db);
        course.purpose = u"Fastholdelse"_s;
        REQUIRE(storage::CourseRepository(*db).update(course).ok());
        addGrantOk(*db, c.courseId, setup.start, setup.plannedEnd, 2);
        // The mentor form insists on one of them; a file from another tool may still lack both.
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(u"UPDATE mentor SET email = NULL, phone = NULL WHERE id = %1"_s.arg(c.mentorId)));
        const auto noContact = AgreementService(*db).prepare(c.courseId, AgreementLanguage::Danish);
        REQUIRE_FALSE(noContact.ok());
        CHECK(noContact.error().endsWith(u"it lacks the mentor's phone or e-mail."_s));
    }
    SECTION("a course that does not exist")
    {
        const auto missing = AgreementService(*db).prepare(999, AgreementLanguage::Danish);
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.error() == u"Course 999 does not exist."_s);
    }
}

TEST_CASE("Recording a print saves the snapshot as the next version, audited", "[agreements][service]")
{
    TestDatabase db;
    const CourseChain c = printableCourse(db);
    AgreementService service(*db);

    const auto first = service.prepare(c.courseId, AgreementLanguage::Danish);
    REQUIRE(first.ok());
    const auto saved = service.record(*first);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    CHECK(saved->version == 1);
    const auto stored = storage::AgreementRepository(*db).find(saved->id);
    REQUIRE(stored.has_value());
    CHECK(stored->snapshotHtml == first->html);
    CHECK(stored->templateName == u"default-da"_s);
    CHECK(stored->printedBy == u"coordinator1"_s);
    CHECK(AgreementFields::fromJson(stored->fields) == first->fields);
    CHECK(printsOf(*db, u"agreement"_s, saved->id) == 1);

    const auto second = service.prepare(c.courseId, AgreementLanguage::English);
    REQUIRE(second.ok());
    CHECK(second->version == 2);
    CHECK(second->html.contains(u"version 2"_s));
    REQUIRE(service.record(*second).ok());
    CHECK(storage::AgreementRepository(*db).forCourse(c.courseId).size() == 2);

    SECTION("a prepared version saved meanwhile by someone else is refused")
    {
        const auto stale = service.prepare(c.courseId, AgreementLanguage::Danish);
        REQUIRE(stale.ok());
        REQUIRE(service.record(*stale).ok());
        const auto again = service.record(*stale);  // still says version 3
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().contains(u"was saved meanwhile"_s));
        CHECK(storage::AgreementRepository(*db).forCourse(c.courseId).size() == 3);
    }
}

TEST_CASE("A course shows a new agreement is due when an included field changed", "[agreements][service]")
{
    TestDatabase db;
    const CourseChain c = printableCourse(db);
    AgreementService service(*db);

    AgreementState state = service.state(c.courseId);
    CHECK_FALSE(state.latest.has_value());
    CHECK_FALSE(state.current());
    CHECK(*service.coursesDue() == QList<Id>{c.courseId});

    const auto prepared = service.prepare(c.courseId, AgreementLanguage::Danish);
    REQUIRE(prepared.ok());
    REQUIRE(service.record(*prepared).ok());
    state = service.state(c.courseId);
    CHECK(state.current());
    CHECK(state.changed.isEmpty());
    CHECK(service.coursesDue()->isEmpty());

    SECTION("the organisation's address changes nothing")
    {
        Organisation moved = testOrganisation();
        moved.address = u"Havnen 2, 5970 Ærøskøbing"_s;
        saveOrganisation(*db, moved);
        CHECK(service.state(c.courseId).current());
    }
    SECTION("new tasks and a new mentor's phone are named")
    {
        Course course = courseOf(*db, c.courseId);
        course.mentorTasks = u"Samtaler hver anden uge"_s;
        REQUIRE(storage::CourseRepository(*db).update(course).ok());
        Mentor mentor = *storage::MentorRepository(*db).find(c.mentorId);
        mentor.phone = u"20 30 40 50"_s;
        REQUIRE(storage::MentorRepository(*db).update(mentor).ok());
        state = service.state(c.courseId);
        CHECK_FALSE(state.current());
        // The standard template prints phone and e-mail together, as mentor.contact.
        CHECK(state.changed == QStringList{u"course.tasks"_s, u"mentor.contact"_s});
        CHECK(*service.coursesDue() == QList<Id>{c.courseId});
    }
    SECTION("a field its template does not print changes nothing")
    {
        Course course = courseOf(*db, c.courseId);
        course.nextReviewDate = QDate(2024, 9, 1);
        REQUIRE(storage::CourseRepository(*db).update(course).ok());
        CHECK(service.state(c.courseId).current());
    }
    SECTION("an agreement printed before the values were kept cannot be compared")
    {
        addAgreementOk(*db, c.courseId);
        state = service.state(c.courseId);
        CHECK(state.untracked);
        CHECK_FALSE(state.current());
    }
    SECTION("ended courses are never due")
    {
        Course course = courseOf(*db, c.courseId);
        course.mentorTasks = u"Samtaler hver anden uge"_s;
        REQUIRE(storage::CourseRepository(*db).update(course).ok());
        course.status = CourseStatus::Ended;
        REQUIRE(storage::CourseRepository(*db).update(course).ok());
        CHECK(service.coursesDue()->isEmpty());
    }
}

TEST_CASE("A scheme's own template is checked, versioned and printed with", "[agreements][service]")
{
    TestDatabase db;
    const CourseChain c = printableCourse(db);
    AgreementService service(*db);
    const QString own = defaultTemplate(AgreementLanguage::Danish).replace(u"Mentoraftale</h1>"_s, u"Aftale om mentor</h1>"_s);

    SECTION("a template without the complaint guidance is refused and nothing saved")
    {
        QString lacking = own;
        lacking.remove(u"{{complaint_guidance}}"_s);
        const storage::Status refused = service.saveTemplate(c.schemeId, AgreementLanguage::Danish, lacking);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error() == u"The template was not saved. The template lacks the complaint guidance ({{complaint_guidance}})."_s);
        CHECK(db.rowCount(u"agreement_template"_s) == 0);
        CHECK(service.effectiveTemplate(c.schemeId, AgreementLanguage::Danish).version == 0);
    }
    SECTION("a saved template is used, and each save counts a version")
    {
        REQUIRE(service.saveTemplate(c.schemeId, AgreementLanguage::Danish, own).ok());
        REQUIRE(service.saveTemplate(c.schemeId, AgreementLanguage::Danish, own + u"<p>Tillæg</p>"_s).ok());
        const EffectiveTemplate used = service.effectiveTemplate(c.schemeId, AgreementLanguage::Danish);
        CHECK(used.version == 2);
        CHECK(used.name() == u"scheme-%1-da-v2"_s.arg(c.schemeId));
        const auto prepared = service.prepare(c.courseId, AgreementLanguage::Danish);
        REQUIRE(prepared.ok());
        CHECK(prepared->html.contains(u"Aftale om mentor</h1>"_s));
        CHECK(prepared->html.contains(u"<p>Tillæg</p>"_s));
        CHECK(prepared->templateName == used.name());
        // The English agreement still uses the shipped one.
        CHECK(service.effectiveTemplate(c.schemeId, AgreementLanguage::English).version == 0);

        REQUIRE(service.restoreDefaultTemplate(c.schemeId, AgreementLanguage::Danish).ok());
        CHECK(service.effectiveTemplate(c.schemeId, AgreementLanguage::Danish).html == defaultTemplate(AgreementLanguage::Danish));
    }
}

TEST_CASE("The template preview fills a made-up course, never a real one", "[agreements][service]")
{
    TestDatabase db;
    printableCourse(db);
    const QString preview = AgreementService(*db).preview(defaultTemplate(AgreementLanguage::Danish), AgreementLanguage::Danish,
                                                          storage::OrganisationRepository(*db).read());
    CHECK(preview.contains(u"Søren Ærøskøbing Åberg"_s));
    CHECK(preview.contains(u"Hanne Østergaard"_s));
    CHECK_FALSE(preview.contains(u"Fatima"_s));
    CHECK_FALSE(preview.contains(u"{{"_s));
}
