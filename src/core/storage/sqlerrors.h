#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace mentordesk::storage {

// Turns a driver error into a sentence for the user (no SQL, no values) and logs the driver's
// text. `what` names the operation in the log ("insert mentor").
class SqlErrors {
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    static QString userMessage(const QSqlError &error, const char *what);
    // Another connection holds the write lock past the busy timeout.
    static QString busyMessage()
    {
        return QCoreApplication::translate("EntityStore", "The database is busy with another change. Nothing was saved; try again in a moment.");
    }
    // COMMIT failed (e.g. the disk is full); the transaction was rolled back.
    static QString commitMessage()
    {
        return QCoreApplication::translate("EntityStore", "The change could not be written to disk. Nothing was saved.");
    }
};

} // namespace mentordesk::storage
