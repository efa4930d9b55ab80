#include "qtcatch.h"

#include "agreements/placeholders.h"
#include "agreements/shippedtexts.h"
#include "agreements/templatetext.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::agreements;
using mentordesk::domain::AgreementLanguage;

namespace {

// Every required part, once: the smallest template that may be saved.
QString minimalTemplate()
{
    return u"<p>{{course.purpose}} {{mentor.name}} {{mentor.contact}} {{course.tasks}} {{course.period}}"
           " {{grant.hours_per_week}} {{course.meeting_frequency}} {{course.cancellation_rules}} {{coordinator.name}}"
           " {{confidentiality}} {{complaint_guidance}} {{signatures}}</p>"_s;
}

} // namespace

TEST_CASE("Placeholders are found in order of first use, spaces inside the braces allowed", "[agreements][template]")
{
    CHECK(placeholdersIn(u"<p>{{mentee.name}} and {{ mentor.name }}, again {{mentee.name}}; {{not closed</p>"_s)
          == QStringList{u"mentee.name"_s, u"mentor.name"_s});
    CHECK(placeholdersIn(u"no placeholders { here }"_s).isEmpty());
}

TEST_CASE("Filling escapes <, & and quotes in values and keeps line breaks", "[agreements][template]")
{
    AgreementFields fields;
    fields.set(u"mentee.name"_s, u"Ib <b>\"Bølle\" & 'Søn'</b>"_s);
    fields.set(u"course.tasks"_s, u"Samtaler\nFølge med"_s);
    const QString filled = fillTemplate(u"<p title=\"{{mentee.name}}\">{{mentee.name}}</p><p>{{course.tasks}}</p>"_s, fields);
    CHECK(filled
          == u"<p title=\"Ib &lt;b&gt;&quot;Bølle&quot; &amp; &#39;Søn&#39;&lt;/b&gt;\">Ib &lt;b&gt;&quot;Bølle&quot; &amp; &#39;Søn&#39;&lt;/b&gt;</p>"
             "<p>Samtaler<br>Følge med</p>"_s);
}

TEST_CASE("Filling puts HTML values in as they are", "[agreements][template]")
{
    AgreementFields fields;
    fields.set(u"goals"_s, u"<ul><li>Tage bussen</li></ul>"_s);
    CHECK(fillTemplate(u"<div>{{goals}}</div>"_s, fields) == u"<div><ul><li>Tage bussen</li></ul></div>"_s);
}

TEST_CASE("Missing values print as a dash, quiet ones as nothing", "[agreements][template]")
{
    AgreementFields fields;
    fields.set(u"course.purpose"_s, u"   "_s);
    // mentor.organisation and mentee.caseworker stay quiet: many courses have none.
    CHECK(fillTemplate(u"[{{course.purpose}}][{{course.tasks}}][{{mentor.organisation}}][{{mentee.caseworker}}]"_s, fields)
          == u"[–][–][][]"_s);
}

TEST_CASE("Unknown placeholders are left visible when filling", "[agreements][template]")
{
    AgreementFields fields;
    fields.set(u"mentee.name"_s, u"Leyla"_s);
    CHECK(fillTemplate(u"{{mentee.name}} {{mentee.shoe_size}}"_s, fields) == u"Leyla {{mentee.shoe_size}}"_s);
}

TEST_CASE("A template with every required part may be saved", "[agreements][template]")
{
    CHECK(templateProblems(minimalTemplate()).isEmpty());
    // Alternatives: first and last name for the name, start and end for the period.
    QString alternative = minimalTemplate();
    alternative.replace(u"{{mentor.name}}"_s, u"{{mentor.first_name}} {{mentor.last_name}}"_s);
    alternative.replace(u"{{course.period}}"_s, u"{{course.start_date}}–{{course.end_date}}"_s);
    alternative.replace(u"{{mentor.contact}}"_s, u"{{mentor.phone}}"_s);
    CHECK(templateProblems(alternative).isEmpty());
}

TEST_CASE("A template missing a required part is refused, naming the part", "[agreements][template]")
{
    QString html = minimalTemplate();
    html.remove(u"{{complaint_guidance}}"_s);
    html.remove(u"{{signatures}}"_s);
    const QStringList problems = templateProblems(html);
    CHECK(problems
          == QStringList{u"The template lacks the complaint guidance ({{complaint_guidance}})."_s,
                         u"The template lacks the signature lines ({{signatures}})."_s});

    SECTION("half of an alternative is not enough")
    {
        QString half = minimalTemplate();
        half.replace(u"{{mentor.name}}"_s, u"{{mentor.first_name}}"_s);
        CHECK(templateProblems(half) == QStringList{u"The template lacks the mentor's name ({{mentor.name}})."_s});
    }
    SECTION("a placeholder in an HTML comment does not count")
    {
        QString hidden = minimalTemplate();
        hidden.replace(u"{{complaint_guidance}}"_s, u"<!-- {{complaint_guidance}}\n -->"_s);
        CHECK(templateProblems(hidden) == QStringList{u"The template lacks the complaint guidance ({{complaint_guidance}})."_s});
    }
    SECTION("meeting frequency needs the cancellation rules with it")
    {
        QString html2 = minimalTemplate();
        html2.remove(u"{{course.cancellation_rules}}"_s);
        REQUIRE(templateProblems(html2).size() == 1);
        CHECK(templateProblems(html2).first().contains(u"how often they meet and how to cancel"_s));
    }
}

TEST_CASE("A template with an unknown placeholder or no text is refused", "[agreements][template]")
{
    CHECK(templateProblems(minimalTemplate() + u"{{mentee.shoe_size}}"_s)
          == QStringList{u"{{mentee.shoe_size}} is not a placeholder MentorDesk knows."_s});
    CHECK(templateProblems(u"  \n "_s) == QStringList{u"The template is empty."_s});
}

TEST_CASE("The shipped templates contain every required part and only known placeholders", "[agreements][template]")
{
    for (const AgreementLanguage language : {AgreementLanguage::Danish, AgreementLanguage::English}) {
        const QString html = defaultTemplate(language);
        INFO(int(language));
        REQUIRE(html.size() > 1000);
        CHECK(templateProblems(html).isEmpty());
        CHECK_FALSE(defaultComplaintGuidance(language).isEmpty());
        CHECK_FALSE(defaultConfidentiality(language).isEmpty());
    }
    CHECK(defaultTemplate(AgreementLanguage::Danish).contains(u"Klagevejledning"_s));
    CHECK(defaultTemplate(AgreementLanguage::English).contains(u"Complaint guidance"_s));
}

TEST_CASE("Every placeholder has a name, a description and a unique entry", "[agreements][template]")
{
    QStringList names;
    for (const Placeholder &p : placeholders()) {
        CHECK_FALSE(description(p).isEmpty());
        CHECK(findPlaceholder(QString::fromLatin1(p.name)) == &p);
        names << QString::fromLatin1(p.name);
    }
    CHECK(names.size() == QSet<QString>(names.cbegin(), names.cend()).size());
    for (const RequiredPart &part : requiredParts())
        for (const QStringList &alternative : part.alternatives)
            for (const QString &name : alternative)
                CHECK(findPlaceholder(name) != nullptr);
}
