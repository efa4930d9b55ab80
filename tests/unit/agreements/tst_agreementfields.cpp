#include "qtcatch.h"

#include "agreements/agreementfields.h"

using namespace Qt::StringLiterals;
using mentordesk::agreements::AgreementFields;

TEST_CASE("Agreement fields survive JSON, æøå and markup included", "[agreements][fields]")
{
    AgreementFields fields;
    fields.set(u"mentee.name"_s, u"Åse \"Ø\" <Ærø>"_s);
    fields.set(u"goals"_s, u"<ul><li>Tage bussen</li></ul>"_s);
    const AgreementFields back = AgreementFields::fromJson(fields.toJson());
    CHECK(back == fields);
    CHECK(back.value(u"mentee.name"_s) == u"Åse \"Ø\" <Ærø>"_s);
}

TEST_CASE("Broken or empty JSON gives no fields", "[agreements][fields]")
{
    CHECK(AgreementFields::fromJson(QString()).values().isEmpty());
    CHECK(AgreementFields::fromJson(u"{not json"_s).values().isEmpty());
    CHECK(AgreementFields::fromJson(u"[1, 2]"_s).values().isEmpty());
}

TEST_CASE("Only course data counts as a change, named in catalogue order", "[agreements][fields]")
{
    AgreementFields printed;
    printed.set(u"mentor.name"_s, u"Søren Ærø"_s);
    printed.set(u"course.purpose"_s, u"Fastholdelse"_s);
    printed.set(u"agreement.date"_s, u"1. maj 2024"_s);
    printed.set(u"agreement.version"_s, u"1"_s);
    printed.set(u"organisation.name"_s, u"Jobcenter Ærø"_s);
    printed.set(u"course.tasks"_s, QString());

    AgreementFields now = printed;
    now.set(u"agreement.date"_s, u"2. maj 2024"_s);
    now.set(u"agreement.version"_s, u"2"_s);
    now.set(u"organisation.name"_s, u"Jobcenter Ærø Kommune"_s);
    CHECK(now.changedSince(printed).isEmpty());

    now.set(u"mentor.name"_s, u"Birthe Mølgaard"_s);
    now.set(u"course.purpose"_s, u"Job"_s);
    now.set(u"course.tasks"_s, u"Samtaler"_s);  // empty when printed
    now.set(u"course.next_review"_s, u"1. juli 2024"_s);  // its template did not print it
    CHECK(now.changedSince(printed) == QStringList{u"course.purpose"_s, u"course.tasks"_s, u"mentor.name"_s});
    CHECK(now.only({u"mentor.name"_s, u"mentee.cpr"_s}).values() == QMap<QString, QString>{{u"mentor.name"_s, u"Birthe Mølgaard"_s}});
}
