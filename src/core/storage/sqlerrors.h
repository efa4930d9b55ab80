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
};

} // namespace mentordesk::storage
