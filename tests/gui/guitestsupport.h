#pragma once

// What the widget tests share: finding a widget by object name, a scratch database, and where
// screenshots go.

#include "demo/demodata.h"
#include "storage/database.h"

#include <QDebug>
#include <QString>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

namespace mentordesk::guitest {

// The child widget a test looks up by object name; warns when there is none.
template <typename W>
W *child(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<W *>(name);
    if (!w)
        qWarning() << "no widget" << name;
    return w;
}

// A new database file in `dir`; null (the reason logged) when it cannot be made.
inline std::unique_ptr<storage::Database> createDatabase(const QTemporaryDir &dir)
{
    auto opened = storage::Database::open(dir.filePath(QStringLiteral("t.sqlite")), storage::Database::Mode::CreateIfMissing);
    if (!opened.ok())
        qWarning() << opened.message;
    return std::move(opened.database);
}

// A fresh database for each test function: open() in init(), close() in cleanup(). Used like
// a pointer to the database.
class ScratchDatabase {
public:
    bool open()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = createDatabase(*m_dir);
        return m_db != nullptr;
    }
    void close()
    {
        m_db.reset();
        m_dir.reset();
    }
    storage::Database &operator*() const { return *m_db; }
    storage::Database *operator->() const { return m_db.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<storage::Database> m_db;
};

// The folder MENTORDESK_SCREENSHOTS names, so docs/screenshots can be refreshed; else `scratch`.
inline QString screenshotFolder(const QTemporaryDir &scratch)
{
    const QString folder = qEnvironmentVariable("MENTORDESK_SCREENSHOTS");
    return folder.isEmpty() ? scratch.path() : folder;
}

// The same demo data every time, for pictures that change only when the forms do.
inline bool addDemoData(storage::Database &db, int mentors, int mentees)
{
    demo::DemoOptions options;
    options.mentors = mentors;
    options.mentees = mentees;
    options.seed = 2026;
    return demo::DemoDataGenerator(db).generate(options).ok();
}

} // namespace mentordesk::guitest
