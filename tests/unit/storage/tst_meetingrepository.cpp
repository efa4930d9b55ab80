#include "dbfixture.h"
#include "records.h"
#include "localzone.h"

#include "storage/meetingrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Meeting meeting(Id courseId, QDate date, MeetingStatus status, std::optional<int> minutes)
{
    Meeting m;
    m.courseId = courseId;
    m.date = date;
    m.status = status;
    m.minutes = minutes;
    return m;
}
} // namespace

TEST_CASE("MeetingRepository round trip", "[storage][meeting]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    MeetingRepository repo(*t);
    Meeting m = meeting(chain.courseId, QDate(2024, 6, 10), MeetingStatus::Held, 75);
    m.start = QTime(14, 30);
    m.place = u"Café på Ærøskøbing havn"_s;
    m.form = MeetingForm::InPerson;
    m.kind = MeetingKind::ThreeParty;
    m.note = u"Talte om praktikken"_s;
    m.beforeNext = u"Ringe til praktikstedet"_s;
    const auto id = repo.add(m);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->date == QDate(2024, 6, 10));
    CHECK(found->start == QTime(14, 30));
    CHECK(found->minutes == std::optional<int>(75));
    CHECK(found->place == m.place);
    CHECK(found->form == MeetingForm::InPerson);
    CHECK(found->kind == std::optional<MeetingKind>(MeetingKind::ThreeParty));
    CHECK(found->status == MeetingStatus::Held);
    CHECK(found->note == m.note);
    CHECK(found->beforeNext == m.beforeNext);

    Meeting changed = *found;
    changed.status = MeetingStatus::CancelledByMentee;
    changed.minutes.reset();
    changed.start = QTime();
    changed.kind.reset();
    changed.form = MeetingForm::Phone;
    changed.place.clear();
    REQUIRE(repo.update(changed).ok());
    found = repo.find(*id);
    CHECK(found->status == MeetingStatus::CancelledByMentee);
    CHECK_FALSE(found->minutes.has_value());
    CHECK_FALSE(found->start.isValid());
    CHECK_FALSE(found->kind.has_value());
    CHECK(found->form == MeetingForm::Phone);
    CHECK(found->place.isEmpty());
}

TEST_CASE("MeetingRepository counts held meetings and their minutes", "[storage][meeting]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    const Id otherCourse = addCourse(*t, chain.menteeId, chain.schemeId);
    MeetingRepository repo(*t);
    const QDate today = fixedToday();
    QList<Meeting> meetings = {
        meeting(chain.courseId, today.addDays(-14), MeetingStatus::Held, 60),
        meeting(chain.courseId, today.addDays(-7), MeetingStatus::Held, 45),
        meeting(chain.courseId, today, MeetingStatus::Held, 1),
        meeting(chain.courseId, today.addDays(-3), MeetingStatus::NoShow, std::nullopt),
        meeting(chain.courseId, today.addDays(-1), MeetingStatus::CancelledByMentor, 30),
        meeting(chain.courseId, today.addDays(7), MeetingStatus::Planned, 60),
        meeting(otherCourse, today.addDays(-2), MeetingStatus::Held, 600),
    };
    for (Meeting &m : meetings)
        REQUIRE(repo.add(m).ok());
    CHECK(repo.countHeld(chain.courseId) == 3);
    CHECK(repo.heldMinutes(chain.courseId) == 106);
    CHECK(repo.countHeld(otherCourse) == 1);
    CHECK(repo.heldMinutes(otherCourse) == 600);
    CHECK(repo.heldMinutes(otherCourse + 1) == 0);
    CHECK(repo.forCourse(chain.courseId).size() == 6);
    CHECK(repo.forCourse(chain.courseId).first().date == today.addDays(7));  // newest first
}

TEST_CASE("MeetingRepository refuses a held meeting in the future or without minutes", "[storage][meeting]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    MeetingRepository repo(*t);
    Meeting future = meeting(chain.courseId, fixedToday().addDays(1), MeetingStatus::Held, 60);
    CHECK(repo.add(future).error().contains(u"cannot be dated in the future"_s));
    Meeting noMinutes = meeting(chain.courseId, fixedToday(), MeetingStatus::Held, std::nullopt);
    CHECK(repo.add(noMinutes).error().contains(u"how many minutes"_s));
    Meeting tooLong = meeting(chain.courseId, fixedToday(), MeetingStatus::Held, 601);
    CHECK(repo.add(tooLong).error().contains(u"between 1 and 600 minutes"_s));
    CHECK(t.rowCount(u"meeting"_s) == 0);
}

TEST_CASE("MeetingRepository today is the local calendar day just after midnight", "[storage][meeting]")
{
    const LocalTimeZone copenhagen("Europe/Copenhagen");
    TestDatabase t;
    t.db->setClock(&justAfterDanishMidnight);
    const QDate localToday(2024, 6, 15);
    REQUIRE(justAfterDanishMidnight().toLocalTime().date() == localToday);
    const Chain chain = addCourseChain(*t);
    MeetingRepository repo(*t);

    // Held tonight, dated today as the coordinator's calendar shows it.
    Meeting tonight = meeting(chain.courseId, localToday, MeetingStatus::Held, 30);
    const auto added = repo.add(tonight);
    INFO(added.error().toStdString());
    CHECK(added.ok());
    Meeting tomorrow = meeting(chain.courseId, localToday.addDays(1), MeetingStatus::Held, 30);
    CHECK(repo.add(tomorrow).error().contains(u"cannot be dated in the future"_s));
}
