#include "dbfixture.h"
#include "records.h"

#include "storage/logbookrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("LogbookRepository round trip", "[storage][logbook]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    LogbookRepository repo(*t);
    LogbookEntry e;
    e.courseId = chain.courseId;
    e.date = QDate(2024, 6, 13);
    e.author = LogAuthor::Mentee;
    e.text = u"  Fik job som køkkenmedhjælper  "_s;
    e.tags = LogSmallWin | LogTurningPoint;
    e.sharedWithCaseworker = true;
    const auto id = repo.add(e);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->date == QDate(2024, 6, 13));
    CHECK(found->author == LogAuthor::Mentee);
    CHECK(found->text == u"Fik job som køkkenmedhjælper"_s);
    CHECK(found->tags == (LogSmallWin | LogTurningPoint));
    CHECK(found->sharedWithCaseworker);

    LogbookEntry changed = *found;
    changed.author = LogAuthor::Coordinator;
    changed.text = u"Aftalt møde med virksomheden"_s;
    changed.tags = 0;
    changed.sharedWithCaseworker = false;
    REQUIRE(repo.update(changed).ok());
    found = repo.find(*id);
    CHECK(found->author == LogAuthor::Coordinator);
    CHECK(found->text == u"Aftalt møde med virksomheden"_s);
    CHECK(found->tags == 0);
    CHECK_FALSE(found->sharedWithCaseworker);
}

TEST_CASE("LogbookRepository refuses entries dated in the future or without text", "[storage][logbook]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    LogbookRepository repo(*t);
    LogbookEntry e;
    e.courseId = chain.courseId;
    e.date = fixedToday().addDays(1);
    e.text = u"Noget"_s;
    CHECK(repo.add(e).error() == u"A logbook entry cannot be dated in the future."_s);
    e.date = fixedToday();
    e.text = u" "_s;
    CHECK(repo.add(e).error().contains(u"keywords are enough"_s));
    CHECK(repo.forCourse(chain.courseId).isEmpty());
}

TEST_CASE("LogbookRepository lists the newest entries first", "[storage][logbook]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    LogbookRepository repo(*t);
    for (int days : {10, 2, 5}) {
        LogbookEntry e;
        e.courseId = chain.courseId;
        e.date = fixedToday().addDays(-days);
        e.text = u"Dag %1"_s.arg(days);
        REQUIRE(repo.add(e).ok());
    }
    QStringList texts;
    for (const LogbookEntry &e : repo.forCourse(chain.courseId))
        texts << e.text;
    CHECK(texts == QStringList{u"Dag 2"_s, u"Dag 5"_s, u"Dag 10"_s});
}
