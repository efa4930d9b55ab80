#include "dbfixture.h"
#include "records.h"

#include <QThread>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

TEST_CASE("Worker connection opens while the main connection holds the lock", "[storage][database][worker]")
{
    TestDatabase t;
    OpenResult worker = Database::openWorkerConnection(*t);
    INFO(worker.message.toStdString());
    REQUIRE(worker.ok());
    CHECK(worker.database->path() == t.db->path());
    CHECK(worker.database->currentUser() == u"coordinator1"_s);
    CHECK(worker.database->now() == fixedNow());
    CHECK(scalarOf(worker.database->connection(), u"PRAGMA foreign_keys"_s).toInt() == 1);
    CHECK(scalarOf(worker.database->connection(), u"PRAGMA busy_timeout"_s).toInt() == 5000);
    CHECK(scalarOf(worker.database->connection(), u"PRAGMA journal_mode"_s).toString() == u"wal"_s);
    CHECK(scalarOf(worker.database->connection(), u"PRAGMA synchronous"_s).toInt() == 2);

    // Closing the worker connection leaves the main one's lock in place.
    worker.database.reset();
    CHECK(QFile::exists(t.path + u".lock"_s));
    CHECK(Database::open(t.path, Database::Mode::OpenExisting).error == OpenError::Locked);
}

TEST_CASE("Worker connection in another thread writes what the main connection then reads", "[storage][database][worker]")
{
    TestDatabase t;
    bool opened = false;
    domain::Id schemeId = 0;
    bool rolledBack = false;
    // The connection is opened, used and closed in the worker thread, as Qt requires.
    std::unique_ptr<QThread> thread(QThread::create([&] {
        OpenResult worker = Database::openWorkerConnection(*t);
        opened = worker.ok();
        if (!opened)
            return;
        schemeId = addScheme(*worker.database);
        WriteTransaction tx(*worker.database);
        rolledBack = tx.begun() && worker.database->exec(u"DELETE FROM scheme"_s);
        // No commit: the transaction rolls back when tx goes.
    }));
    thread->start();
    REQUIRE(thread->wait(30000));
    REQUIRE(opened);
    CHECK(schemeId > 0);
    CHECK(rolledBack);
    CHECK(t.rowCount(u"scheme"_s) == 1);
    CHECK(scalarOf(t.connection(), u"SELECT id FROM scheme"_s).toLongLong() == schemeId);
}
