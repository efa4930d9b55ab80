#include "sqlerrors.h"

#include "storagelog.h"

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

QString SqlErrors::userMessage(const QSqlError &error, const char *what)
{
    const QString text = error.databaseText();
    qCWarning(lcStorage) << what << "failed:" << text << "code" << error.nativeErrorCode();
    if (text.contains(u"UNIQUE constraint failed: mentee.cpr"_s))
        return tr("Another mentee already has this CPR number. Nothing was saved.");
    if (text.contains(u"UNIQUE constraint failed"_s))
        return tr("A record with the same key already exists. Nothing was saved.");
    if (text.contains(u"FOREIGN KEY constraint failed"_s))
        return tr("The record refers to a record that does not exist. Nothing was saved.");
    if (text.contains(u"CHECK constraint failed"_s) || text.contains(u"NOT NULL constraint failed"_s))
        return tr("A value is missing or outside the allowed range. Nothing was saved.");
    if (text.contains(u"disk is full"_s) || text.contains(u"disk I/O error"_s))
        return tr("The disk is full or cannot be written. Nothing was saved; free some space and try again.");
    if (text.contains(u"locked"_s) || text.contains(u"busy"_s))
        return tr("The database is busy with another change. Nothing was saved; try again in a moment.");
    return tr("The change could not be saved. Nothing was changed.");
}

} // namespace mentordesk::storage
