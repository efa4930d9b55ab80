#include "bulkinsert.h"

#include "storagelog.h"

#include <QSqlDriver>
#include <sqlite3.h>

#include <algorithm>

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

void BulkRows::append(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    for (const QVariant &value : row) {
        if (value.isNull()) {
            m_values.append(std::monostate());
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::UChar:
            m_values.append(value.toLongLong());
            break;
        case QMetaType::Double:
            m_values.append(value.toDouble());
            break;
        default:
            // UTF-8, the database's own encoding: Qt converts several times faster than SQLite
            // translating UTF-16 character by character.
            m_values.append(value.toString().toUtf8());
        }
    }
}

BulkInsert::~BulkInsert()
{
    for (const auto &[rows, statement] : m_statements)
        sqlite3_finalize(statement);
}

int BulkInsert::rowsPerStatement(const QStringList &columns) const
{
    sqlite3 *handle = handleOf(m_db);
    const int parameters = handle ? sqlite3_limit(handle, SQLITE_LIMIT_VARIABLE_NUMBER, -1) : 999;
    return std::clamp(parameters / int(std::max<qsizetype>(1, columns.size())), 1, kMaxRowsPerStatement);
}

sqlite3_stmt *BulkInsert::statementFor(const QStringList &columns, int rowCount)
{
    if (const auto it = m_statements.find(rowCount); it != m_statements.end())
        return it->second;
    sqlite3 *handle = handleOf(m_db);
    if (!handle) {
        m_error = u"no SQLite handle"_s;
        return nullptr;
    }
    const QString oneRow = u'(' + QStringList(columns.size(), u"?"_s).join(u',') + u')';
    const QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, columns.join(u", "_s))
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

qint64 BulkInsert::insert(const BulkRows &rows)
{
    qint64 first = 0;
    const qsizetype columns = rows.columns().size();
    const int perStatement = rowsPerStatement(rows.columns());
    for (qsizetype start = 0; start < rows.rowCount(); start += perStatement) {
        const int count = int(std::min<qsizetype>(perStatement, rows.rowCount() - start));
        sqlite3_stmt *statement = statementFor(rows.columns(), count);
        if (!statement)
            return 0;
        const qsizetype end = (start + count) * columns;
        int index = 1;
        int rc = SQLITE_OK;
        for (qsizetype v = start * columns; v < end && rc == SQLITE_OK; ++v, ++index) {
            const BulkRows::Value &value = rows.m_values.at(v);
            if (const auto *integer = std::get_if<qint64>(&value))
                rc = sqlite3_bind_int64(statement, index, *integer);
            else if (const auto *real = std::get_if<double>(&value))
                rc = sqlite3_bind_double(statement, index, *real);
            else if (const auto *text = std::get_if<QByteArray>(&value))
                rc = sqlite3_bind_text(statement, index, text->constData(), int(text->size()), SQLITE_STATIC);
            else
                rc = sqlite3_bind_null(statement, index);
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(statement)));
        sqlite3_reset(statement);  // no clear_bindings: the next use binds every parameter again
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
