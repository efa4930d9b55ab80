#include "dbfixture.h"
#include "records.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Id approvedMatch(Database &db, const Chain &chain)
{
    MatchRepository repo(db);
    Match m = *repo.find(addMatch(db, chain.menteeId, chain.mentorId));
    m.courseId = chain.courseId;
    m.state = MatchState::Approved;
    m.decidedAt = fixedNow();
    REQUIRE(repo.update(m).ok());
    return m.id;
}

void addGrant(Database &db, Id courseId)
{
    Grant g;
    g.courseId = courseId;
    g.from = QDate(2024, 5, 1);
    g.to = QDate(2024, 10, 31);
    g.hoursPerWeek = 3;
    REQUIRE(GrantRepository(db).add(g).ok());
}
} // namespace

TEST_CASE("CourseRepository round trip with every field", "[storage][course]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t, SchemeContext::Jobcentre);
    const Id menteeId = addMentee(*t, schemeId);
    CourseRepository repo(*t);
    Course c;
    c.menteeId = menteeId;
    c.schemeId = schemeId;
    c.legalBasis = u"LAB § 31b"_s;
    c.purpose = u"Fastholdelse i praktik"_s;
    c.mentorTasks = u"Ugentlige samtaler; følge med til første dag"_s;
    c.mentorQualifications = u"Socialrådgiver"_s;
    c.focusAreas = {u"Uddannelse"_s, u"Helbred"_s};
    c.function = CourseFunction::Shared;
    c.startDate = QDate(2024, 5, 1);
    c.plannedEndDate = QDate(2024, 10, 31);
    c.meetingFrequency = u"Hver uge"_s;
    c.contactAgreement = u"SMS dagen før"_s;
    c.cancellationRules = u"Senest kl. 9 samme dag"_s;
    c.phase = Phase::GoalsAndDirection;
    c.nextReviewDate = QDate(2024, 8, 1);
    const auto id = repo.add(c);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());

    const auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->menteeId == menteeId);
    CHECK(found->schemeId == schemeId);
    CHECK(found->currentMatchId == 0);
    CHECK(found->legalBasis == c.legalBasis);
    CHECK(found->purpose == c.purpose);
    CHECK(found->mentorTasks == c.mentorTasks);
    CHECK(found->mentorQualifications == c.mentorQualifications);
    CHECK(found->focusAreas == c.focusAreas);
    CHECK(found->function == CourseFunction::Shared);
    CHECK(found->startDate == c.startDate);
    CHECK(found->plannedEndDate == c.plannedEndDate);
    CHECK(found->meetingFrequency == c.meetingFrequency);
    CHECK(found->contactAgreement == c.contactAgreement);
    CHECK(found->cancellationRules == c.cancellationRules);
    CHECK(found->phase == Phase::GoalsAndDirection);
    CHECK(found->nextReviewDate == c.nextReviewDate);
    CHECK(found->status == CourseStatus::Planned);
    CHECK(found->pauseReason.isEmpty());
    CHECK(repo.forMentee(menteeId).size() == 1);
    CHECK(repo.count() == 1);

    Course changed = *found;
    changed.focusAreas.clear();
    changed.plannedEndDate = QDate();
    changed.nextReviewDate = QDate();
    changed.meetingFrequency.clear();
    changed.phase = Phase::LongHaul;
    REQUIRE(repo.update(changed).ok());
    const auto after = repo.find(*id);
    CHECK(after->focusAreas.isEmpty());
    CHECK_FALSE(after->plannedEndDate.isValid());
    CHECK_FALSE(after->nextReviewDate.isValid());
    CHECK(after->meetingFrequency.isEmpty());
    CHECK(after->phase == Phase::LongHaul);
}

TEST_CASE("CourseRepository a new course starts as planned", "[storage][course]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    Course c = plannedCourse(addMentee(*t, schemeId), schemeId);
    c.status = CourseStatus::Active;
    const auto id = CourseRepository(*t).add(c);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"A new course must start with the status planned."_s));
    CHECK(t.rowCount(u"course"_s) == 0);
}

TEST_CASE("CourseRepository activation is refused naming every missing part", "[storage][course]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t, SchemeContext::Jobcentre);
    CourseRepository repo(*t);
    Course c = *repo.find(chain.courseId);
    c.status = CourseStatus::Active;
    const Status refused = repo.update(c);
    CHECK_FALSE(refused.ok());
    const QString message = refused.error();
    CHECK(message.contains(u"no approved match"_s));
    CHECK(message.contains(u"purpose of the mentor support is missing"_s));
    CHECK(message.contains(u"tasks are missing"_s));
    CHECK(message.contains(u"qualifications are missing"_s));
    CHECK(message.contains(u"legal basis is missing"_s));
    CHECK(message.contains(u"No hours have been granted"_s));
    CHECK(message.split(u'\n').size() == 6);
    CHECK(fieldsOf(repo.activationProblems(c))
          == QStringList{u"current_match"_s, u"purpose"_s, u"mentor_tasks"_s, u"mentor_qualifications"_s, u"legal_basis"_s,
                         u"grant"_s});
    CHECK(repo.find(chain.courseId)->status == CourseStatus::Planned);
}

TEST_CASE("CourseRepository activation is allowed with approved match grant and texts", "[storage][course]")
{
    TestDatabase t;
    Chain chain = addCourseChain(*t);
    CourseRepository repo(*t);
    Course c = *repo.find(chain.courseId);
    c.purpose = u"Fastholdelse i praktik"_s;
    c.mentorTasks = u"Ugentlige samtaler"_s;
    c.mentorQualifications = u"Pædagog"_s;

    // A proposed (not yet approved) match does not count.
    c.currentMatchId = addMatch(*t, chain.menteeId, chain.mentorId);
    REQUIRE(repo.update(c).ok());
    addGrant(*t, chain.courseId);
    c.status = CourseStatus::Active;
    Status refused = repo.update(c);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"The course has no approved match with a mentor."_s);

    c.currentMatchId = approvedMatch(*t, chain);
    const Status activated = repo.update(c);
    INFO(activated.error().toStdString());
    REQUIRE(activated.ok());
    CHECK(repo.find(chain.courseId)->status == CourseStatus::Active);
    CHECK(repo.countWithStatus(CourseStatus::Active) == 1);
    CHECK(repo.activationProblems(c).isEmpty());
}

TEST_CASE("CourseRepository activation refuses an approved match of another mentee", "[storage][course]")
{
    TestDatabase t;
    Chain chain = addCourseChain(*t);
    Chain other = addCourseChain(*t);
    CourseRepository repo(*t);
    Course c = *repo.find(chain.courseId);
    c.purpose = u"Fastholdelse i praktik"_s;
    c.mentorTasks = u"Ugentlige samtaler"_s;
    c.mentorQualifications = u"Pædagog"_s;
    addGrant(*t, chain.courseId);
    c.currentMatchId = approvedMatch(*t, other);
    c.status = CourseStatus::Active;
    const Status refused = repo.update(c);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"The course has no approved match with a mentor."_s);
    CHECK(repo.find(chain.courseId)->status == CourseStatus::Planned);
}

TEST_CASE("CourseRepository activation needs a grant", "[storage][course]")
{
    TestDatabase t;
    Chain chain = addCourseChain(*t);
    CourseRepository repo(*t);
    Course c = *repo.find(chain.courseId);
    c.purpose = u"Formål"_s;
    c.mentorTasks = u"Opgaver"_s;
    c.mentorQualifications = u"Kvalifikationer"_s;
    c.currentMatchId = approvedMatch(*t, chain);
    c.status = CourseStatus::Active;
    const Status refused = repo.update(c);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"No hours have been granted."_s);
    addGrant(*t, chain.courseId);
    CHECK(repo.update(c).ok());
}

TEST_CASE("CourseRepository follows the course state machine", "[storage][course]")
{
    TestDatabase t;
    Chain chain = addCourseChain(*t);
    CourseRepository repo(*t);
    Course c = *repo.find(chain.courseId);

    c.status = CourseStatus::Ended;
    Status refused = repo.update(c);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == u"A course cannot go from Planned to Ended."_s);

    c.status = CourseStatus::Cancelled;
    REQUIRE(repo.update(c).ok());
    c.status = CourseStatus::Planned;
    refused = repo.update(c);
    CHECK(refused.error() == u"A course cannot go from Cancelled to Planned."_s);
    CHECK(repo.find(c.id)->status == CourseStatus::Cancelled);
}

TEST_CASE("CourseRepository pause needs a reason and can resume", "[storage][course]")
{
    TestDatabase t;
    Chain chain = addCourseChain(*t);
    CourseRepository repo(*t);
    Course c = *repo.find(chain.courseId);
    c.purpose = u"Formål"_s;
    c.mentorTasks = u"Opgaver"_s;
    c.mentorQualifications = u"Kvalifikationer"_s;
    c.currentMatchId = approvedMatch(*t, chain);
    addGrant(*t, chain.courseId);
    c.status = CourseStatus::Active;
    REQUIRE(repo.update(c).ok());

    c.status = CourseStatus::Paused;
    const Status refused = repo.update(c);
    CHECK(refused.error() == u"Give a reason for the pause."_s);
    c.pauseReason = u"Indlagt"_s;
    REQUIRE(repo.update(c).ok());
    CHECK(repo.find(c.id)->pauseReason == u"Indlagt"_s);
    c.status = CourseStatus::Active;
    CHECK(repo.update(c).ok());
    CHECK(repo.find(c.id)->status == CourseStatus::Active);
}

TEST_CASE("CourseRepository refuses an end before the start", "[storage][course]")
{
    TestDatabase t;
    const Id schemeId = addScheme(*t);
    Course c = plannedCourse(addMentee(*t, schemeId), schemeId);
    c.plannedEndDate = c.startDate.addDays(-1);
    const auto id = CourseRepository(*t).add(c);
    CHECK_FALSE(id.ok());
    CHECK(id.error().contains(u"is before the start date"_s));
}

namespace {
// A planned course with an approved match and a grant, and every text filled in: activation
// waits only for what a test clears.
Course readyCourse(Database &db, Chain &chain)
{
    chain = addCourseChain(db);
    CourseRepository repo(db);
    Course c = *repo.find(chain.courseId);
    c.purpose = u"Fastholdelse i praktik"_s;
    c.mentorTasks = u"Ugentlige samtaler"_s;
    c.mentorQualifications = u"Pædagog"_s;
    c.currentMatchId = approvedMatch(db, chain);
    addGrant(db, chain.courseId);
    REQUIRE(repo.update(c).ok());
    return c;
}
} // namespace

TEST_CASE("CourseRepository activation names the one missing text, blank counting as missing", "[storage][course]")
{
    TestDatabase t;
    Chain chain;
    Course c = readyCourse(*t, chain);
    using Text = QString Course::*;
    const auto [field, code, message] = GENERATE(table<Text, QString, QString>({
        {&Course::purpose, u"purpose"_s, u"The purpose of the mentor support is missing."_s},
        {&Course::mentorTasks, u"mentor_tasks"_s, u"The mentor's tasks are missing."_s},
        {&Course::mentorQualifications, u"mentor_qualifications"_s, u"The mentor's qualifications are missing."_s},
    }));
    const QString blank = GENERATE(QString(), u"  "_s, u"\n\t "_s);
    INFO(code.toStdString() << " set to '" << blank.toStdString() << "'");
    CourseRepository repo(*t);
    const QString filled = c.*field;
    c.*field = blank;
    REQUIRE(repo.update(c).ok());  // a planned course may lack it
    c.status = CourseStatus::Active;
    const Status refused = repo.update(c);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error() == message);
    CHECK(fieldsOf(repo.activationProblems(c)) == QStringList{code});
    CHECK(repo.find(c.id)->status == CourseStatus::Planned);

    c.*field = filled;
    const Status activated = repo.update(c);
    INFO(activated.error().toStdString());
    CHECK(activated.ok());
    CHECK(repo.find(c.id)->status == CourseStatus::Active);
}

TEST_CASE("CourseRepository activation names every missing text, and only those", "[storage][course]")
{
    TestDatabase t;
    Chain chain;
    Course c = readyCourse(*t, chain);
    c.purpose.clear();
    c.mentorQualifications = u" "_s;
    c.status = CourseStatus::Active;
    const Status refused = CourseRepository(*t).update(c);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error().split(u'\n')
          == QStringList{u"The purpose of the mentor support is missing."_s, u"The mentor's qualifications are missing."_s});
    CHECK(CourseRepository(*t).find(c.id)->status == CourseStatus::Planned);
}

TEST_CASE("CourseRepository activation needs a planned end", "[storage][course]")
{
    TestDatabase t;
    Chain chain;
    Course c = readyCourse(*t, chain);
    c.plannedEndDate = QDate();
    c.status = CourseStatus::Active;
    const Status refused = CourseRepository(*t).update(c);
    CHECK(refused.error() == u"The course period (start and planned end) is missing."_s);
    CHECK(fieldsOf(CourseRepository(*t).activationProblems(c)) == QStringList{u"planned_end_date"_s});
}

TEST_CASE("CourseRepository saving an active course again does not repeat the activation checks", "[storage][course]")
{
    TestDatabase t;
    Chain chain;
    Course c = readyCourse(*t, chain);
    CourseRepository repo(*t);
    c.status = CourseStatus::Active;
    REQUIRE(repo.update(c).ok());
    // Saving the form of an active course again does not repeat the activation checks: a gap
    // that opens later is the needs-attention list's business (MissingPurpose).
    c.meetingFrequency = u"Hver uge"_s;
    c.purpose.clear();
    CHECK(repo.update(c).ok());
    CHECK(repo.find(c.id)->meetingFrequency == u"Hver uge"_s);
    CHECK(repo.find(c.id)->status == CourseStatus::Active);
}
