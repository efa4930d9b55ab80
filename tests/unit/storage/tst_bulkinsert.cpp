#include "records.h"

#include "storage/bulkinsert.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/searchrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("MentorRepository addMany stores, stamps, indexes and audits every record with its id", "[storage][bulk]")
{
    TestDatabase t;
    MentorRepository repo(*t);
    Mentor existing = validMentor(u"Første"_s, u"Før"_s);
    REQUIRE(repo.add(existing).ok());  // the new ids start after it
    QList<Mentor> mentors;
    for (int i = 0; i < 450; ++i) {  // more than two multi-row statements
        Mentor m = validMentor(u"Søren"_s, u"Ærø%1"_s.arg(i));
        m.email = u"soeren%1@example.dk"_s.arg(i);
        mentors << m;
    }
    const Result<int> written = repo.addMany(mentors);
    REQUIRE(written.ok());
    CHECK(*written == 450);
    CHECK(mentors.first().id == 2);
    CHECK(mentors.last().id == 451);
    for (const Mentor &m : {mentors.at(0), mentors.at(199), mentors.at(200), mentors.at(449)}) {
        const auto stored = repo.find(m.id);
        REQUIRE(stored);
        CHECK(stored->lastName == m.lastName);
        CHECK(stored->email == m.email);
        CHECK(stored->meta.createdBy == u"coordinator1"_s);
    }
    CHECK(scalarOf(t.connection(), u"SELECT count(*) FROM audit_event WHERE action = 'create' AND entity = 'mentor'"_s).toInt() == 451);
    CHECK(scalarOf(t.connection(), u"SELECT max(entity_id) FROM audit_event WHERE entity = 'mentor'"_s).toInt() == 451);
    // The search index follows through the triggers.
    const auto hits = SearchRepository(*t).search(u"ærø449"_s);
    REQUIRE(hits.size() == 1);
    CHECK(hits.first().entityId == 451);
}

TEST_CASE("addMany writes nothing when one record is invalid or refused by the database", "[storage][bulk]")
{
    TestDatabase t;
    const Id scheme = addScheme(*t);
    const int auditBefore = t.rowCount(u"audit_event"_s);
    MenteeRepository repo(*t);
    QList<Mentee> invalid = {validMentee(scheme, u"Anna"_s, u"Berg"_s), validMentee(scheme, u"Bo"_s, u""_s)};
    const Result<int> refused = repo.addMany(invalid);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"Last name is required."_s));
    CHECK(t.rowCount(u"mentee"_s) == 0);

    // Two mentees with one CPR number pass validation but not the unique index.
    QList<Mentee> duplicates = {validMentee(scheme, u"Anna"_s, u"Berg"_s), validMentee(scheme, u"Bo"_s, u"Dahl"_s)};
    duplicates[0].cpr = u"010190-1234"_s;
    duplicates[1].cpr = u"010190-1234"_s;
    const Result<int> clash = repo.addMany(duplicates);
    CHECK_FALSE(clash.ok());
    CHECK(clash.error() == u"Another mentee already has this CPR number. Nothing was saved."_s);
    CHECK(t.rowCount(u"mentee"_s) == 0);
    CHECK(t.rowCount(u"audit_event"_s) == auditBefore);
}

TEST_CASE("BulkInsert binds NULL, whole numbers, decimals and text with Danish letters", "[storage][bulk]")
{
    TestDatabase t;
    REQUIRE(t.db->exec(u"CREATE TABLE probe (key TEXT, value)"_s));  // no affinity: values keep their type
    REQUIRE(t.db->beginWrite());
    BulkRows rows({u"key"_s, u"value"_s});
    for (const QVariantList &row : QList<QVariantList>{{u"a"_s, QVariant()}, {u"b"_s, 42}, {u"c"_s, 2.5},
                                                        {u"d"_s, u"Ærø Åbenrå"_s}, {u"e"_s, u""_s}, {u"f"_s, true}})
        rows.append(row);
    CHECK(rows.rowCount() == 6);
    BulkInsert insert(*t, u"probe"_s);
    const qint64 first = insert.insert(rows);
    CHECK(first == 1);
    REQUIRE(t.db->commitWrite());
    CHECK(rowsOf(t.connection(), u"SELECT key, typeof(value), quote(value) FROM probe ORDER BY key"_s)
          == QStringList{u"a|null|NULL"_s, u"b|integer|42"_s, u"c|real|2.5"_s, u"d|text|'Ærø Åbenrå'"_s, u"e|text|''"_s,
                         u"f|integer|1"_s});
}

TEST_CASE("prepareMany makes the rows without the database; addPrepared writes them like addMany", "[storage][bulk]")
{
    TestDatabase t;
    const Id scheme = addScheme(*t);
    QList<Mentee> mentees = {validMentee(scheme, u"Åse"_s, u"Ærø"_s), validMentee(scheme, u"Bo"_s, u"Dahl"_s)};
    mentees[0].cpr = u"0101901234"_s;
    const WriteStamp stamp{QDateTime(QDate(2024, 6, 14), QTime(8, 0), Qt::UTC), u"importer"_s, QDate(2024, 6, 14)};
    Result<PreparedBatch<Mentee>> batch = MenteeRepository::prepareMany(mentees, stamp);
    REQUIRE(batch.ok());
    CHECK(batch->rows.rowCount() == 2);
    CHECK(batch->entities.at(0).cpr == u"010190-1234"_s);  // normalised
    CHECK(batch->entities.at(0).birthYear == 1990);         // taken from the CPR number
    CHECK(t.rowCount(u"mentee"_s) == 0);

    MenteeRepository repo(*t);
    REQUIRE(repo.addPrepared(batch.value()).ok());
    CHECK(batch->entities.at(1).id == 2);
    const auto stored = repo.find(1);
    REQUIRE(stored);
    CHECK(stored->cpr == u"010190-1234"_s);
    CHECK(stored->meta.createdBy == u"importer"_s);
    CHECK(stored->meta.createdAt == stamp.at);
    CHECK(stored->registeredOn == stamp.today);

    QList<Mentee> invalid = {validMentee(scheme, u"Anna"_s, u""_s)};
    const auto refused = MenteeRepository::prepareMany(invalid, stamp);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"Last name is required."_s));
}
