#include "qtcatch.h"

#include "domain/nextmeeting.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace {
const QDate kToday(2024, 6, 14);

Meeting held(Id id, QDate date, QTime start, int minutes, const QString &place, MeetingForm form)
{
    Meeting m;
    m.id = id;
    m.courseId = 7;
    m.date = date;
    m.start = start;
    m.minutes = minutes;
    m.place = place;
    m.form = form;
    m.status = MeetingStatus::Held;
    m.kind = MeetingKind::Ordinary;
    m.note = u"Round off:\nfine"_s;
    m.beforeNext = u"call the school"_s;
    return m;
}
} // namespace

TEST_CASE("nextMeeting without meetings is planned for today", "[domain][nextmeeting]")
{
    const Meeting m = nextMeeting({}, 7, kToday);
    CHECK(m.id == 0);
    CHECK(m.courseId == 7);
    CHECK(m.date == kToday);
    CHECK(m.status == MeetingStatus::Planned);
    CHECK_FALSE(m.minutes.has_value());
}

TEST_CASE("nextMeeting copies the last meeting a week later", "[domain][nextmeeting]")
{
    const Meeting m = nextMeeting({held(3, QDate(2024, 6, 10), QTime(14, 0), 45, u"Library"_s, MeetingForm::Video)}, 7, kToday);
    CHECK(m.date == QDate(2024, 6, 17));
    CHECK(m.start == QTime(14, 0));
    CHECK(m.minutes == 45);
    CHECK(m.place == u"Library"_s);
    CHECK(m.form == MeetingForm::Video);
    CHECK(m.status == MeetingStatus::Planned);
    // What happened at the last meeting is not copied.
    CHECK(m.note.isEmpty());
    CHECK(m.beforeNext.isEmpty());
    CHECK_FALSE(m.kind.has_value());
    CHECK(m.id == 0);
}

TEST_CASE("nextMeeting keeps the gap between the last two meetings", "[domain][nextmeeting]")
{
    // In any order; the newest decides what is copied.
    const QList<Meeting> meetings{
        held(1, QDate(2024, 5, 13), QTime(9, 0), 60, u"Café"_s, MeetingForm::InPerson),
        held(5, QDate(2024, 6, 10), QTime(10, 30), 90, u"Jobcentre"_s, MeetingForm::Phone),
        held(2, QDate(2024, 5, 27), QTime(9, 0), 60, u"Café"_s, MeetingForm::InPerson),
    };
    const Meeting m = nextMeeting(meetings, 7, kToday);
    CHECK(m.date == QDate(2024, 6, 24));
    CHECK(m.start == QTime(10, 30));
    CHECK(m.minutes == 90);
    CHECK(m.place == u"Jobcentre"_s);
    CHECK(m.form == MeetingForm::Phone);
}

TEST_CASE("nextMeeting after two meetings on one day waits a week", "[domain][nextmeeting]")
{
    const QList<Meeting> meetings{
        held(1, QDate(2024, 6, 10), QTime(9, 0), 30, {}, MeetingForm::Phone),
        held(2, QDate(2024, 6, 10), QTime(15, 0), 60, u"Home"_s, MeetingForm::InPerson),
    };
    const Meeting m = nextMeeting(meetings, 7, kToday);
    CHECK(m.date == QDate(2024, 6, 17));
    CHECK(m.start == QTime(15, 0));
    CHECK(m.place == u"Home"_s);
}
