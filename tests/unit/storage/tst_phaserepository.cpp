#include "dbfixture.h"
#include "records.h"

#include "storage/phaserepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
PhaseEntry entry(Id courseId, Phase phase, QDate on, const QString &note = {})
{
    PhaseEntry p;
    p.courseId = courseId;
    p.phase = phase;
    p.enteredOn = on;
    p.note = note;
    return p;
}
Phase coursePhase(Database &db, Id courseId)
{
    return CourseRepository(db).find(courseId)->phase;
}
} // namespace

TEST_CASE("PhaseRepository round trip", "[storage][phase]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    PhaseRepository repo(*t);
    PhaseEntry p = entry(chain.courseId, Phase::Clarification, QDate(2024, 5, 1), u"Første samtale"_s);
    const auto id = repo.add(p);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->phase == Phase::Clarification);
    CHECK(found->enteredOn == QDate(2024, 5, 1));
    CHECK(found->note == u"Første samtale"_s);

    PhaseEntry changed = *found;
    changed.note.clear();
    changed.enteredOn = QDate(2024, 5, 2);
    REQUIRE(repo.update(changed).ok());
    found = repo.find(*id);
    CHECK(found->note.isEmpty());
    CHECK(found->enteredOn == QDate(2024, 5, 2));
}

TEST_CASE("PhaseRepository adding an entry moves the course to its phase", "[storage][phase]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    PhaseRepository repo(*t);
    REQUIRE(coursePhase(*t, chain.courseId) == Phase::Clarification);

    PhaseEntry goals = entry(chain.courseId, Phase::GoalsAndDirection, QDate(2024, 5, 20));
    REQUIRE(repo.add(goals).ok());
    CHECK(coursePhase(*t, chain.courseId) == Phase::GoalsAndDirection);

    PhaseEntry longHaul = entry(chain.courseId, Phase::LongHaul, QDate(2024, 6, 10));
    REQUIRE(repo.add(longHaul).ok());
    CHECK(coursePhase(*t, chain.courseId) == Phase::LongHaul);

    // A late entry for an earlier date does not replace the current phase.
    PhaseEntry late = entry(chain.courseId, Phase::Clarification, QDate(2024, 5, 1));
    REQUIRE(repo.add(late).ok());
    CHECK(coursePhase(*t, chain.courseId) == Phase::LongHaul);
    CHECK(repo.forCourse(chain.courseId).size() == 3);

    // The course change is audited with the entry.
    const auto events = AuditRepository(*t).forRecord(u"course"_s, chain.courseId);
    int updates = 0;
    for (const auto &e : events)
        updates += e.action == AuditAction::Update ? 1 : 0;
    CHECK(updates == 3);
}

TEST_CASE("PhaseRepository going back a phase needs a note", "[storage][phase]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    PhaseRepository repo(*t);
    PhaseEntry forward = entry(chain.courseId, Phase::LongHaul, QDate(2024, 6, 1));
    REQUIRE(repo.add(forward).ok());

    PhaseEntry back = entry(chain.courseId, Phase::GoalsAndDirection, QDate(2024, 6, 10));
    const auto refused = repo.add(back);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"Going back to an earlier phase needs a note explaining why."_s);
    CHECK(coursePhase(*t, chain.courseId) == Phase::LongHaul);
    CHECK(repo.forCourse(chain.courseId).size() == 1);

    back.note = u"Nyt mål efter afbrudt praktik"_s;
    REQUIRE(repo.add(back).ok());
    CHECK(coursePhase(*t, chain.courseId) == Phase::GoalsAndDirection);
}

TEST_CASE("PhaseRepository going back on the same day needs a note", "[storage][phase]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    PhaseRepository repo(*t);
    const QDate day(2024, 6, 1);
    PhaseEntry forward = entry(chain.courseId, Phase::RoundingOff, day);
    REQUIRE(repo.add(forward).ok());
    CHECK(coursePhase(*t, chain.courseId) == Phase::RoundingOff);

    // Entered later the same day: the course was in Rounding off just before.
    PhaseEntry back = entry(chain.courseId, Phase::Clarification, day);
    const auto refused = repo.add(back);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().contains(u"needs a note"_s));
    CHECK(coursePhase(*t, chain.courseId) == Phase::RoundingOff);

    back.note = u"Start forfra"_s;
    REQUIRE(repo.add(back).ok());
    CHECK(coursePhase(*t, chain.courseId) == Phase::Clarification);
}
