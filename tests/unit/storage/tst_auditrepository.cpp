#include "dbfixture.h"
#include "records.h"

#include "storage/auditrepository.h"
#include "storage/logbookrepository.h"

#include <QSqlRecord>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
// Every cell of the audit table as text.
QStringList auditCells(const TestDatabase &t)
{
    QStringList cells;
    for (const QString &row : rowsOf(t.connection(), u"SELECT * FROM audit_event"_s))
        cells << row.split(u'|');
    return cells;
}
} // namespace

TEST_CASE("AuditRepository each add and update writes one row", "[storage][audit]")
{
    TestDatabase t;
    AuditRepository audit(*t);
    REQUIRE(audit.count() == 0);

    Mentor mentor = validMentor(u"Søren"_s, u"Ærø"_s);
    mentor.phone = u"12 34 56 78"_s;
    REQUIRE(MentorRepository(*t).add(mentor).ok());
    CHECK(audit.count() == 1);
    auto events = audit.forRecord(u"mentor"_s, mentor.id);
    REQUIRE(events.size() == 1);
    CHECK(events.at(0).action == AuditAction::Create);
    CHECK(events.at(0).entity == u"mentor"_s);
    CHECK(events.at(0).entityId == mentor.id);
    CHECK(events.at(0).user == u"coordinator1"_s);
    CHECK(events.at(0).at == fixedNow());

    t.db->setCurrentUser(u"coordinator2"_s);
    mentor.capacity = 4;
    REQUIRE(MentorRepository(*t).update(mentor).ok());
    CHECK(audit.count() == 2);
    events = audit.forRecord(u"mentor"_s, mentor.id);
    REQUIRE(events.size() == 2);
    CHECK(events.at(1).action == AuditAction::Update);
    CHECK(events.at(1).entityId == mentor.id);
    CHECK(events.at(1).user == u"coordinator2"_s);

    // Other records of the same id in other tables are kept apart.
    const Id schemeId = addScheme(*t);
    CHECK(audit.count() == 3);
    const auto schemeEvents = audit.forRecord(u"scheme"_s, schemeId);
    REQUIRE(schemeEvents.size() == 1);
    CHECK(schemeEvents.first().action == AuditAction::Create);
    CHECK(audit.forRecord(u"mentor"_s, mentor.id).size() == 2);
}

TEST_CASE("AuditRepository rows name the entity of every repository", "[storage][audit]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    LogbookEntry e;
    e.courseId = chain.courseId;
    e.date = fixedToday();
    e.text = u"Mødte op"_s;
    REQUIRE(LogbookRepository(*t).add(e).ok());
    Grant g;
    g.courseId = chain.courseId;
    g.from = QDate(2024, 5, 1);
    g.to = QDate(2024, 6, 30);
    g.hoursPerWeek = 2;
    REQUIRE(GrantRepository(*t).add(g).ok());

    CHECK(rowsOf(t.connection(), u"SELECT action, entity, entity_id FROM audit_event ORDER BY id"_s)
          == QStringList{u"create|scheme|%1"_s.arg(chain.schemeId), u"create|mentor|%1"_s.arg(chain.mentorId),
                         u"create|mentee|%1"_s.arg(chain.menteeId), u"create|course|%1"_s.arg(chain.courseId),
                         u"create|logbook_entry|%1"_s.arg(e.id), u"create|course_grant|%1"_s.arg(g.id)});
}

TEST_CASE("AuditRepository never stores personal data", "[storage][audit]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    Mentee m = validMentee(schemeId, u"Leyla"_s, u"Østergaard"_s);
    m.cpr = u"010203-1234"_s;
    m.email = u"leyla@example.dk"_s;
    m.phone = u"20 30 40 50"_s;
    REQUIRE(MenteeRepository(*t).add(m).ok());
    m.lastName = u"Ågård"_s;
    REQUIRE(MenteeRepository(*t).update(m).ok());
    Mentor mentor = validMentor(u"Søren"_s, u"Ærø"_s);
    REQUIRE(MentorRepository(*t).add(mentor).ok());

    const QStringList cells = auditCells(t);
    REQUIRE(cells.size() == 4 * 6);  // four events, six columns
    for (const QString &personal : {u"Leyla"_s, u"Østergaard"_s, u"Ågård"_s, u"010203"_s, u"leyla@"_s, u"20 30 40 50"_s,
                                    u"Søren"_s, u"Ærø"_s, u"soeren"_s}) {
        for (const QString &cell : cells) {
            INFO("audit cell " << cell.toStdString() << " contains " << personal.toStdString());
            CHECK_FALSE(cell.contains(personal, Qt::CaseInsensitive));
        }
    }
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"SELECT * FROM audit_event LIMIT 1"_s));
    QStringList columns;
    for (int i = 0; i < q.record().count(); ++i)
        columns << q.record().fieldName(i);
    CHECK(columns == QStringList{u"id"_s, u"at"_s, u"user_name"_s, u"action"_s, u"entity"_s, u"entity_id"_s});
}

TEST_CASE("AuditRepository a refused write leaves no audit row", "[storage][audit]")
{
    TestDatabase t;
    Mentor invalid = validMentor();
    invalid.firstName = u"Ikke opgivet"_s;
    CHECK_FALSE(MentorRepository(*t).add(invalid).ok());
    Mentor missing = validMentor();
    missing.id = 12345;
    CHECK_FALSE(MentorRepository(*t).update(missing).ok());
    CHECK(AuditRepository(*t).count() == 0);
}
