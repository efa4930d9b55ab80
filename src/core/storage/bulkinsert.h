#pragma once

#include "database.h"

#include <QStringList>
#include <QVariantList>
#include <map>

struct sqlite3_stmt;

namespace mentordesk::storage {

// Inserts many rows into one table with multi-row INSERT statements, bound through SQLite's
// own API on the connection QtSql opened. Two costs of row-by-row inserts are avoided:
// QSqlResult::bindValue (a string key per value) and, worse, the FTS5 index flushing its
// pending terms at the end of every statement (a savepoint release per row).
// Used inside the caller's write transaction; SQL text is ours, every value is bound.
class BulkInsert {
public:
    static constexpr int kRowsPerStatement = 200;

    BulkInsert(Database &db, QString table, QStringList columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    // Inserts `rows` (each with one value per column, in column order). Returns the row id of
    // the first: the others follow it one by one (INTEGER PRIMARY KEY without AUTOINCREMENT,
    // under our write lock). 0 on failure, with the driver's text in error().
    qint64 insert(const QList<QVariantList> &rows);
    QString error() const { return m_error; }

private:
    sqlite3_stmt *statementFor(int rowCount);
    bool bind(sqlite3_stmt *statement, int index, const QVariant &value);

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    std::map<int, sqlite3_stmt *> m_statements;  // by number of rows
    QString m_error;
};

} // namespace mentordesk::storage
