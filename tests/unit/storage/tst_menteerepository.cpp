#include "dbfixture.h"
#include "records.h"
#include "localzone.h"
#include "matchfixture.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Mentee fullMentee(Id schemeId)
{
    Mentee m;
    m.externalId = u"B000042"_s;
    m.firstName = u"Leyla"_s;
    m.lastName = u"Østergaard"_s;
    m.cpr = u"0102031234"_s;  // fails modulus 11, stored anyway
    m.email = u"leyla@example.dk"_s;
    m.phone = u"20 30 40 50"_s;
    m.address = u"Ågade 12, 6200 Aabenraa"_s;
    m.gender = Gender::Female;
    m.postcode = u"6200"_s;
    m.languages = {u"arabisk"_s, u"dansk"_s};
    m.danishLevel = DanishLevel::Intermediate;
    m.interests = {u"madlavning"_s};
    m.schemeId = schemeId;
    m.targetGroup = TargetGroup::RefugeeImmigrant;
    m.retOgPligt = true;
    m.needs = u"Hjælp til at forstå breve fra kommunen"_s;
    m.needTags = NeedPractical | NeedClarifying;
    m.goal = u"Komme i praktik"_s;
    m.preferredMentorGender = Gender::Female;
    m.mentorGenderRequired = true;
    m.preferredLanguage = u"arabisk"_s;
    m.preferencesNote = u"Gerne om eftermiddagen"_s;
    m.hoursPerWeekGranted = 2.5;
    m.consultedOnMentorChoice = true;
    m.referredBy = u"Sagsbehandler, jobcentret"_s;
    m.caseworker = u"Hanne Holm"_s;
    m.consentDate = QDate(2024, 3, 1);
    m.consentScope = u"Deling med jobcentret"_s;
    m.registeredOn = QDate(2024, 2, 20);
    m.status = MenteeStatus::Matched;
    m.notes = u"Har små børn."_s;
    return m;
}

void checkSame(const Mentee &a, const Mentee &b)
{
    CHECK(a.externalId == b.externalId);
    CHECK(a.firstName == b.firstName);
    CHECK(a.lastName == b.lastName);
    CHECK(a.cpr == b.cpr);
    CHECK(a.email == b.email);
    CHECK(a.phone == b.phone);
    CHECK(a.address == b.address);
    CHECK(a.gender == b.gender);
    CHECK(a.birthYear == b.birthYear);
    CHECK(a.postcode == b.postcode);
    CHECK(a.languages == b.languages);
    CHECK(a.danishLevel == b.danishLevel);
    CHECK(a.interests == b.interests);
    CHECK(a.schemeId == b.schemeId);
    CHECK(a.targetGroup == b.targetGroup);
    CHECK(a.retOgPligt == b.retOgPligt);
    CHECK(a.needs == b.needs);
    CHECK(a.needTags == b.needTags);
    CHECK(a.goal == b.goal);
    CHECK(a.preferredMentorGender == b.preferredMentorGender);
    CHECK(a.mentorGenderRequired == b.mentorGenderRequired);
    CHECK(a.preferredLanguage == b.preferredLanguage);
    CHECK(a.preferencesNote == b.preferencesNote);
    CHECK(a.hoursPerWeekGranted == b.hoursPerWeekGranted);
    CHECK(a.consultedOnMentorChoice == b.consultedOnMentorChoice);
    CHECK(a.referredBy == b.referredBy);
    CHECK(a.caseworker == b.caseworker);
    CHECK(a.consentDate == b.consentDate);
    CHECK(a.consentScope == b.consentScope);
    CHECK(a.registeredOn == b.registeredOn);
    CHECK(a.status == b.status);
    CHECK(a.notes == b.notes);
}
} // namespace

TEST_CASE("MenteeRepository round trip canonicalises the CPR number and takes the birth year from it", "[storage][mentee]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    MenteeRepository repo(*t);
    Mentee m = fullMentee(schemeId);
    const auto id = repo.add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(m.cpr == u"010203-1234"_s);
    CHECK(m.birthYear == std::optional<int>(1903));

    const auto found = repo.find(*id);
    REQUIRE(found.has_value());
    checkSame(*found, m);
    CHECK(found->cpr == u"010203-1234"_s);
    CHECK(found->birthYear == std::optional<int>(1903));
    CHECK(repo.withCpr(u"010203 1234"_s)->id == *id);
    CHECK_FALSE(repo.withCpr(u"010203-1235"_s).has_value());
    CHECK_FALSE(repo.withCpr(u"nonsense"_s).has_value());
}

TEST_CASE("MenteeRepository birth year follows a changed CPR number", "[storage][mentee]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    MenteeRepository repo(*t);
    Mentee m = validMentee(schemeId);
    m.birthYear = 1980;  // a CPR number overrides a typed birth year
    m.cpr = u"150307 4321"_s;
    REQUIRE(repo.add(m).ok());
    CHECK(repo.find(m.id)->birthYear == std::optional<int>(2007));
    CHECK(repo.find(m.id)->cpr == u"150307-4321"_s);

    Mentee changed = *repo.find(m.id);
    changed.cpr = u"2512055678"_s;  // seventh digit 5, year 05: 2005
    REQUIRE(repo.update(changed).ok());
    CHECK(repo.find(m.id)->cpr == u"251205-5678"_s);
    CHECK(repo.find(m.id)->birthYear == std::optional<int>(2005));
}

TEST_CASE("MenteeRepository update changes fields and clears optional ones", "[storage][mentee]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    const Id otherScheme = addScheme(*t, SchemeContext::Jobcentre);
    MenteeRepository repo(*t);
    Mentee m = fullMentee(schemeId);
    REQUIRE(repo.add(m).ok());

    Mentee changed = *repo.find(m.id);
    changed.cpr.clear();
    changed.email.clear();
    changed.gender.reset();
    changed.danishLevel.reset();
    changed.languages.clear();
    changed.schemeId = otherScheme;
    changed.targetGroup = TargetGroup::JobReady;
    changed.retOgPligt = false;
    changed.needTags = NeedAcademic;
    changed.preferredMentorGender.reset();
    changed.mentorGenderRequired = false;
    changed.hoursPerWeekGranted.reset();
    changed.consentDate = QDate();
    changed.status = MenteeStatus::InCourse;
    const Status updated = repo.update(changed);
    INFO(updated.error().toStdString());
    REQUIRE(updated.ok());

    const auto found = repo.find(m.id);
    REQUIRE(found.has_value());
    checkSame(*found, changed);
    CHECK(found->cpr.isEmpty());
    CHECK(scalarOf(t.connection(), u"SELECT typeof(cpr) FROM mentee WHERE id = ?"_s, {m.id}).toString() == u"null"_s);
    CHECK_FALSE(found->danishLevel.has_value());
    CHECK_FALSE(found->hoursPerWeekGranted.has_value());
    CHECK(repo.countWithStatus(MenteeStatus::InCourse) == 1);
    CHECK(repo.countWithStatus(MenteeStatus::Matched) == 0);
}

TEST_CASE("MenteeRepository sets the registration date to today when missing", "[storage][mentee]")
{
    TestDatabase t;
    Mentee m = validMentee(addScheme(*t));
    REQUIRE(MenteeRepository(*t).add(m).ok());
    CHECK(m.registeredOn == fixedToday());
    CHECK(MenteeRepository(*t).find(m.id)->registeredOn == fixedToday());
}

TEST_CASE("MenteeRepository refuses a second mentee with the same CPR number", "[storage][mentee]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    MenteeRepository repo(*t);
    Mentee first = validMentee(schemeId);
    first.cpr = u"010203-1234"_s;
    REQUIRE(repo.add(first).ok());
    const int auditBefore = t.rowCount(u"audit_event"_s);

    Mentee second = validMentee(schemeId, u"Omar"_s, u"Ali"_s);
    second.cpr = u"0102031234"_s;  // the same number in another shape
    const auto id = repo.add(second);
    CHECK_FALSE(id.ok());
    CHECK(id.error() == u"Another mentee already has this CPR number. Nothing was saved."_s);
    CHECK(id.error().contains(u"CPR"_s));
    CHECK(repo.count() == 1);
    CHECK(t.rowCount(u"audit_event"_s) == auditBefore);

    // Changing another mentee to the taken number is refused too.
    second.cpr.clear();
    REQUIRE(repo.add(second).ok());
    second.cpr = u"010203 1234"_s;
    const Status updated = repo.update(second);
    CHECK_FALSE(updated.ok());
    CHECK(updated.error().contains(u"CPR number"_s));
    CHECK(repo.find(second.id)->cpr.isEmpty());
}

TEST_CASE("MenteeRepository refuses invalid mentees", "[storage][mentee]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    MenteeRepository repo(*t);
    Mentee m = validMentee(schemeId);
    m.cpr = u"310203-1234"_s;
    auto id = repo.add(m);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"valid date"_s));

    m = validMentee(0);
    m.schemeId = 0;
    id = MenteeRepository(*t).add(m);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"Choose the scheme"_s));

    // A scheme id that does not exist is stopped by the foreign key.
    m = validMentee(schemeId + 100);
    id = repo.add(m);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"does not exist"_s));
    CHECK(repo.count(true) == 0);
}

TEST_CASE("MenteeRepository pages in Danish name order", "[storage][mentee]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    MenteeRepository repo(*t);
    for (const QString &last : {u"Ågård"_s, u"Bæk"_s, u"Ærø"_s, u"Dahl"_s}) {
        Mentee m = validMentee(schemeId, u"Ida"_s, last);
        m.status = last == u"Dahl"_s ? MenteeStatus::Archived : MenteeStatus::Waiting;
        REQUIRE(repo.add(m).ok());
    }
    QStringList names;
    for (const Mentee &m : repo.page(0, 10))
        names << m.lastName;
    CHECK(names == QStringList{u"Bæk"_s, u"Ærø"_s, u"Ågård"_s});
    CHECK(repo.count() == 3);
    CHECK(repo.count(true) == 4);
}

TEST_CASE("MenteeRepository registers on the local calendar day just after midnight", "[storage][mentee]")
{
    const LocalTimeZone copenhagen("Europe/Copenhagen");
    TestDatabase t;
    t.db->setClock(&justAfterDanishMidnight);
    Mentee m = validMentee(addScheme(*t));
    m.consentDate = QDate(2024, 6, 15);  // signed tonight
    const auto id = MenteeRepository(*t).add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(MenteeRepository(*t).find(m.id)->registeredOn == QDate(2024, 6, 15));
}

TEST_CASE("MenteeRepository openForMatching lists waiting mentees without an approved match, by scheme", "[storage][mentee]")
{
    TestDatabase t;
    const Id aarhus = addGrantScheme(*t, u"Jobcentre Aarhus"_s);
    const Id aalborg = addGrantScheme(*t, u"Jobcentre Aalborg"_s);
    const Id mentor = addNamedMentor(*t, u"Søren"_s, 5);
    const Id waiting = addNamedMentee(*t, aarhus, u"Amal"_s);
    const Id otherScheme = addNamedMentee(*t, aalborg, u"Bashir"_s);
    const Id matched = addNamedMentee(*t, aarhus, u"Cemile"_s);
    approveOk(*t, proposeOk(*t, matched, mentor));
    const Id proposed = addNamedMentee(*t, aarhus, u"Dana"_s);
    proposeOk(*t, proposed, mentor);
    addNamedMentee(*t, aarhus, u"Emir"_s, MenteeStatus::Archived);
    addNamedMentee(*t, aarhus, u"Farah"_s, MenteeStatus::InCourse);
    // Waiting by status, but with an approved match: not open.
    const Id inconsistent = addNamedMentee(*t, aarhus, u"Gül"_s);
    approveOk(*t, proposeOk(*t, inconsistent, mentor));
    Mentee back = *MenteeRepository(*t).find(inconsistent);
    back.status = MenteeStatus::Waiting;
    REQUIRE(MenteeRepository(*t).update(back).ok());
    // Matched once, the match ended: open again.
    const Id reopened = addNamedMentee(*t, aalborg, u"Hiba"_s);
    const Id ended = proposeOk(*t, reopened, mentor);
    approveOk(*t, ended);
    endOk(*t, ended);

    auto idsOf = [](const QList<Mentee> &mentees) {
        QList<Id> ids;
        for (const Mentee &m : mentees)
            ids << m.id;
        return ids;
    };
    MenteeRepository repo(*t);
    CHECK(idsOf(repo.openForMatching()) == QList<Id>{waiting, otherScheme, proposed, reopened});
    CHECK(idsOf(repo.openForMatching(aarhus)) == QList<Id>{waiting, proposed});
    CHECK(idsOf(repo.openForMatching(aalborg)) == QList<Id>{otherScheme, reopened});
    CHECK(repo.openForMatching(aalborg + 100).isEmpty());
}
