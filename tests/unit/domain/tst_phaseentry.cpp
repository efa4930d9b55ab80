#include "qtcatch.h"

#include "domain/phaseentry.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
PhaseEntry entry(Phase phase, const QString &note = {})
{
    PhaseEntry p;
    p.courseId = 1;
    p.phase = phase;
    p.enteredOn = QDate(2024, 6, 1);
    p.note = note;
    return p;
}
} // namespace

TEST_CASE("PhaseEntry needs a course and a date", "[domain][phase]")
{
    const PhaseEntry p;
    const Errors errors = p.validate(std::nullopt);
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"entered_on"_s});
    CHECK(messageFor(errors, u"entered_on") == u"Enter the date the phase began."_s);
}

TEST_CASE("PhaseEntry forward or same phase needs no note", "[domain][phase]")
{
    CHECK(entry(Phase::Ending).validate(std::nullopt).isEmpty());
    CHECK(entry(Phase::GoalsAndDirection).validate(Phase::Clarification).isEmpty());
    CHECK(entry(Phase::RoundingOff).validate(Phase::Clarification).isEmpty());
    CHECK(entry(Phase::LongHaul).validate(Phase::LongHaul).isEmpty());
}

TEST_CASE("PhaseEntry going back a phase needs a note", "[domain][phase]")
{
    Errors errors = entry(Phase::GoalsAndDirection).validate(Phase::LongHaul);
    REQUIRE(fieldsOf(errors) == QStringList{u"note"_s});
    CHECK(errors.first().message == u"Going back to an earlier phase needs a note explaining why."_s);
    CHECK(fieldsOf(entry(Phase::Clarification, u"  "_s).validate(Phase::Ending)) == QStringList{u"note"_s});
    CHECK(entry(Phase::GoalsAndDirection, u"Nyt mål efter tilbagefald"_s).validate(Phase::LongHaul).isEmpty());
}
