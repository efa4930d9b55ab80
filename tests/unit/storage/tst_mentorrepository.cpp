#include "dbfixture.h"
#include "records.h"

#include "domain/sortkey.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Mentor fullMentor()
{
    Mentor m;
    m.externalId = u"M00017"_s;
    m.firstName = u"Søren"_s;
    m.lastName = u"Ærø"_s;
    m.mentorType = MentorType::Workplace;
    m.email = u"soeren.aeroe@example.dk"_s;
    m.phone = u"+45 12 34 56 78"_s;
    m.organisation = u"Vestas A/S"_s;
    m.gender = Gender::Male;
    m.birthYear = 1971;
    m.postcode = u"6200"_s;
    m.languages = {u"dansk"_s, u"tysk"_s};
    m.interests = {u"fiskeri"_s, u"håndværk"_s};
    m.qualifications = u"Tømrermester med egne lærlinge gennem tyve år."_s;
    m.capacity = 3;
    m.hoursPerWeek = 4.5;
    m.availability.set(0, 0, true);
    m.availability.set(3, 2, true);
    m.buyoutHoursPerWeek = 2.5;
    m.fee = 450.0;
    m.confidentialitySigned = QDate(2023, 9, 1);
    m.status = MentorStatus::Paused;
    m.notes = u"Kan ikke i skoleferien."_s;
    return m;
}

void checkSame(const Mentor &a, const Mentor &b)
{
    CHECK(a.externalId == b.externalId);
    CHECK(a.firstName == b.firstName);
    CHECK(a.lastName == b.lastName);
    CHECK(a.mentorType == b.mentorType);
    CHECK(a.email == b.email);
    CHECK(a.phone == b.phone);
    CHECK(a.organisation == b.organisation);
    CHECK(a.gender == b.gender);
    CHECK(a.birthYear == b.birthYear);
    CHECK(a.postcode == b.postcode);
    CHECK(a.languages == b.languages);
    CHECK(a.interests == b.interests);
    CHECK(a.qualifications == b.qualifications);
    CHECK(a.capacity == b.capacity);
    CHECK(a.hoursPerWeek == b.hoursPerWeek);
    CHECK(a.availability == b.availability);
    CHECK(a.buyoutHoursPerWeek == b.buyoutHoursPerWeek);
    CHECK(a.fee == b.fee);
    CHECK(a.confidentialitySigned == b.confidentialitySigned);
    CHECK(a.status == b.status);
    CHECK(a.notes == b.notes);
}
} // namespace

TEST_CASE("MentorRepository round trip with every field", "[storage][mentor]")
{
    TestDatabase t;
    MentorRepository repo(*t);
    Mentor m = fullMentor();
    const auto id = repo.add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(m.id == *id);

    const auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->id == *id);
    checkSame(*found, m);
    CHECK(found->meta.createdAt == fixedNow());
    CHECK(found->meta.createdBy == u"coordinator1"_s);
    CHECK(scalarOf(t.connection(), u"SELECT sort_key FROM mentor WHERE id = ?"_s, {*id}).toString()
          == personSortKey(u"Søren"_s, u"Ærø"_s));
}

TEST_CASE("MentorRepository update changes fields and clears optional ones", "[storage][mentor]")
{
    TestDatabase t;
    MentorRepository repo(*t);
    Mentor m = fullMentor();
    REQUIRE(repo.add(m).ok());

    Mentor changed = *repo.find(m.id);
    changed.mentorType = MentorType::Volunteer;
    changed.lastName = u"Østergaard"_s;
    changed.organisation.clear();
    changed.gender.reset();
    changed.birthYear.reset();
    changed.postcode.clear();
    changed.languages.clear();
    changed.interests = {u"løb"_s};
    changed.capacity = 1;
    changed.hoursPerWeek.reset();
    changed.availability = Availability();
    changed.buyoutHoursPerWeek.reset();
    changed.fee.reset();
    changed.confidentialitySigned = QDate();
    changed.status = MentorStatus::Active;
    changed.notes.clear();
    const Status updated = repo.update(changed);
    INFO(updated.error().toStdString());
    REQUIRE(updated.ok());

    const auto found = repo.find(m.id);
    REQUIRE(found.has_value());
    checkSame(*found, changed);
    CHECK_FALSE(found->gender.has_value());
    CHECK_FALSE(found->hoursPerWeek.has_value());
    CHECK(found->languages.isEmpty());
    CHECK(found->organisation.isEmpty());
    CHECK(scalarOf(t.connection(), u"SELECT typeof(organisation) || typeof(gender) || typeof(fee) FROM mentor WHERE id = ?"_s,
                   {m.id}).toString() == u"nullnullnull"_s);
}

TEST_CASE("MentorRepository trims names and lower-cases the e-mail", "[storage][mentor]")
{
    TestDatabase t;
    MentorRepository repo(*t);
    Mentor m = validMentor(u"  Åse "_s, u" Holm  "_s);
    m.email = u"  Aase.Holm@Example.DK "_s;
    REQUIRE(repo.add(m).ok());
    const auto found = repo.find(m.id);
    REQUIRE(found.has_value());
    CHECK(found->firstName == u"Åse"_s);
    CHECK(found->lastName == u"Holm"_s);
    CHECK(found->email == u"aase.holm@example.dk"_s);
    CHECK(repo.withEmail(u"AASE.HOLM@example.dk "_s).size() == 1);
    CHECK(repo.withEmail(u"other@example.dk"_s).isEmpty());
}

TEST_CASE("MentorRepository refuses an invalid mentor and writes nothing", "[storage][mentor]")
{
    TestDatabase t;
    MentorRepository repo(*t);
    Mentor m = validMentor();
    m.capacity = 0;
    m.phone = u"00000000"_s;
    const auto id = repo.add(m);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"Capacity must be at least 1"_s));
    CHECK(id.error().contains(u"placeholder"_s));
    CHECK(m.id == 0);
    CHECK(t.rowCount(u"mentor"_s) == 0);

    m = validMentor();
    REQUIRE(repo.add(m).ok());
    m.capacity = 51;
    CHECK_FALSE(repo.update(m).ok());
    CHECK(repo.find(m.id)->capacity == 2);
}

TEST_CASE("MentorRepository pages in Danish name order without archived mentors", "[storage][mentor]")
{
    TestDatabase t;
    MentorRepository repo(*t);
    for (const QString &last : {u"Åberg"_s, u"Østergaard"_s, u"Zebra"_s, u"Ærø"_s, u"Aabenraa"_s, u"Andersen"_s}) {
        Mentor m = validMentor(u"Kim"_s, last);
        m.status = last == u"Andersen"_s ? MentorStatus::Archived : MentorStatus::Active;
        REQUIRE(repo.add(m).ok());
    }
    auto lastNames = [](const QList<Mentor> &mentors) {
        QStringList names;
        for (const Mentor &m : mentors)
            names << m.lastName;
        return names;
    };
    CHECK(lastNames(repo.page(0, 100)) == QStringList{u"Zebra"_s, u"Ærø"_s, u"Østergaard"_s, u"Aabenraa"_s, u"Åberg"_s});
    CHECK(lastNames(repo.page(1, 2)) == QStringList{u"Ærø"_s, u"Østergaard"_s});
    CHECK(lastNames(repo.page(0, 100, true)).first() == u"Andersen"_s);
    CHECK(repo.count() == 5);
    CHECK(repo.count(true) == 6);
}

TEST_CASE("MentorRepository active lists the mentors who may take mentees, in id order", "[storage][mentor]")
{
    TestDatabase t;
    QList<Id> expected;
    for (const MentorStatus status : {MentorStatus::Active, MentorStatus::Paused, MentorStatus::Active, MentorStatus::Archived,
                                      MentorStatus::Active}) {
        Mentor m = validMentor(u"Kim"_s, u"Zebra"_s);  // the same name: id order, not name order
        m.status = status;
        const Id id = addMentor(*t, m);
        if (status == MentorStatus::Active)
            expected << id;
    }
    QList<Id> ids;
    for (const Mentor &m : MentorRepository(*t).active()) {
        CHECK(m.status == MentorStatus::Active);
        ids << m.id;
    }
    CHECK(ids == expected);
    CHECK(ids.size() == 3);
}
