#include "bulkinsert.h"

#include "storagelog.h"

#include <QSqlDriver>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

namespace {

sqlite3 *handleOf(Database &db)
{
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

BulkInsert::BulkInsert(Database &db, QString table, QStringList columns)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns))
{
}

BulkInsert::~BulkInsert()
{
    for (const auto &[rows, statement] : m_statements)
        sqlite3_finalize(statement);
}

sqlite3_stmt *BulkInsert::statementFor(int rowCount)
{
    if (const auto it = m_statements.find(rowCount); it != m_statements.end())
        return it->second;
    sqlite3 *handle = handleOf(m_db);
    if (!handle) {
        m_error = u"no SQLite handle"_s;
        return nullptr;
    }
    const QString oneRow = u'(' + QStringList(m_columns.size(), u"?"_s).join(u',') + u')';
    const QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns.join(u", "_s))
                        + QStringList(rowCount, oneRow).join(u',');
    sqlite3_stmt *statement = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(handle));
        qCWarning(lcStorage) << "bulk insert into" << m_table << "could not be prepared:" << m_error;
        return nullptr;
    }
    m_statements.emplace(rowCount, statement);
    return statement;
}

bool BulkInsert::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index) == SQLITE_OK;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, index, value.toLongLong()) == SQLITE_OK;
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble()) == SQLITE_OK;
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT) == SQLITE_OK;
    }
    }
}

qint64 BulkInsert::insert(const QList<QVariantList> &rows)
{
    qint64 first = 0;
    for (qsizetype start = 0; start < rows.size(); start += kRowsPerStatement) {
        const int count = int(std::min<qsizetype>(kRowsPerStatement, rows.size() - start));
        sqlite3_stmt *statement = statementFor(count);
        if (!statement)
            return 0;
        int index = 1;
        for (int r = 0; r < count; ++r) {
            const QVariantList &row = rows.at(start + r);
            for (const QVariant &value : row)
                if (!bind(statement, index++, value)) {
                    m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
                    sqlite3_reset(statement);
                    return 0;
                }
        }
        const int rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (rc != SQLITE_DONE) {
            qCWarning(lcStorage) << "bulk insert into" << m_table << "failed:" << m_error;
            return 0;
        }
        const qint64 last = sqlite3_last_insert_rowid(sqlite3_db_handle(statement));
        if (start == 0)
            first = last - count + 1;
    }
    return first;
}

} // namespace mentordesk::storage
