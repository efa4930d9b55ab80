#include "dbfixture.h"
#include "records.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("SchemeRepository round trip with every field set and unset", "[storage][scheme]")
{
    TestDatabase t;
    SchemeRepository repo(*t);
    Scheme s;
    s.name = u"Ret og pligt-mentor (§ 93)"_s;
    s.context = SchemeContext::Jobcentre;
    s.defaultLegalBasis = u"LAB § 93"_s;
    s.defaultGrantMonths = 6;
    s.minMeetingsPerWeek = 1;
    s.allowedMentorTypes = {MentorType::Professional, MentorType::Workplace};
    s.retentionYears = 5;
    const auto id = repo.add(s);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(s.id == *id);
    CHECK(s.meta.createdAt == fixedNow());
    CHECK(s.meta.createdBy == u"coordinator1"_s);

    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->id == *id);
    CHECK(found->name == s.name);
    CHECK(found->context == SchemeContext::Jobcentre);
    CHECK(found->defaultLegalBasis == u"LAB § 93"_s);
    CHECK(found->defaultGrantMonths == std::optional<int>(6));
    CHECK(found->minMeetingsPerWeek == std::optional<int>(1));
    CHECK(found->allowedMentorTypes == QList<MentorType>{MentorType::Professional, MentorType::Workplace});
    CHECK(found->retentionYears == std::optional<int>(5));
    CHECK_FALSE(found->archived);
    CHECK(found->meta.createdAt == fixedNow());
    CHECK(found->meta.createdBy == u"coordinator1"_s);
    CHECK(found->meta.updatedBy == u"coordinator1"_s);

    Scheme changed = *found;
    changed.name = u"Erhvervsskolens mentorordning"_s;
    changed.context = SchemeContext::VocationalSchool;
    changed.defaultLegalBasis.clear();
    changed.defaultGrantMonths.reset();
    changed.minMeetingsPerWeek.reset();
    changed.allowedMentorTypes.clear();
    changed.retentionYears.reset();
    changed.archived = true;
    t.db->setCurrentUser(u"coordinator2"_s);
    REQUIRE(repo.update(changed).ok());

    found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->name == u"Erhvervsskolens mentorordning"_s);
    CHECK(found->context == SchemeContext::VocationalSchool);
    CHECK(found->defaultLegalBasis.isEmpty());
    CHECK_FALSE(found->defaultGrantMonths.has_value());
    CHECK_FALSE(found->minMeetingsPerWeek.has_value());
    CHECK(found->allowedMentorTypes.isEmpty());
    CHECK_FALSE(found->retentionYears.has_value());
    CHECK(found->archived);
    CHECK(found->meta.createdBy == u"coordinator1"_s);
    CHECK(found->meta.updatedBy == u"coordinator2"_s);
    // Empty optional text is stored as NULL, not as ''.
    CHECK(scalarOf(t.connection(), u"SELECT typeof(default_legal_basis) FROM scheme WHERE id = ?"_s, {*id}).toString() == u"null"_s);
}

TEST_CASE("SchemeRepository refuses an invalid scheme and writes nothing", "[storage][scheme]")
{
    TestDatabase t;
    SchemeRepository repo(*t);
    Scheme s;
    s.name = u"Ikke opgivet"_s;
    const auto id = repo.add(s);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"is a placeholder"_s));
    CHECK(repo.count() == 0);
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}

TEST_CASE("SchemeRepository all lists active schemes by name before archived ones", "[storage][scheme]")
{
    TestDatabase t;
    SchemeRepository repo(*t);
    for (const QString &name : {u"Ordning B"_s, u"Ordning A"_s, u"Ordning C"_s}) {
        Scheme s = validScheme();
        s.name = name;
        s.archived = name == u"Ordning A"_s;
        REQUIRE(repo.add(s).ok());
    }
    QStringList names;
    for (const Scheme &s : repo.all())
        names << s.name;
    CHECK(names == QStringList{u"Ordning B"_s, u"Ordning C"_s, u"Ordning A"_s});
    CHECK(repo.count() == 3);
}

TEST_CASE("SchemeRepository update of a missing scheme fails", "[storage][scheme]")
{
    TestDatabase t;
    Scheme s = validScheme();
    s.id = 77;
    const Status updated = SchemeRepository(*t).update(s);
    CHECK_FALSE(updated.ok());
    CHECK(updated.error().contains(u"no longer exists"_s));
    CHECK(t.rowCount(u"audit_event"_s) == 0);
}
