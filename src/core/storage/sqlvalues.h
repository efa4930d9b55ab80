#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTime>
#include <QVariant>
#include <optional>

#include "domain/enumcodec.h"

// Conversions between domain values and what SQLite stores: ISO text for dates, codes for
// enums, ", "-joined text for short lists, NULL for anything empty or absent.
namespace mentordesk::storage::sql {

QVariant text(const QString &value);  // "" → NULL, so "missing" has one representation
QVariant date(const QDate &value);
QVariant time(const QTime &value);
QVariant dateTime(const QDateTime &value);
QVariant list(const QStringList &values);

template <typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

template <typename E>
QVariant code(E value)
{
    return domain::toCode(value);
}

template <typename E>
QVariant optionalCode(const std::optional<E> &value)
{
    return value ? QVariant(domain::toCode(*value)) : QVariant();
}

// Column name → position for one query's result, built once per query: looking names up in
// a QSqlRecord per row and field was most of the cost of reading big tables.
// Readers ask for the columns in table order, so the lookup first tries the column after the
// last one found: one string comparison instead of hashing the name, for every value read.
class ColumnIndex {
public:
    explicit ColumnIndex(const QSqlRecord &record);
    int of(const QString &column) const;

private:
    QStringList m_names;
    mutable int m_next = 0;  // where the next lookup starts; a query is read by one thread
};

// Reads the current row of a query by column name.
class Row {
public:
    Row(const QSqlQuery &query, const ColumnIndex &columns) : m_query(query), m_columns(columns) {}

    qint64 id(const QString &column = QStringLiteral("id")) const;
    QString text(const QString &column) const;
    bool flag(const QString &column) const;
    int integer(const QString &column, int fallback = 0) const;
    std::optional<int> optionalInt(const QString &column) const;
    std::optional<double> optionalDouble(const QString &column) const;
    double real(const QString &column) const;
    QDate date(const QString &column) const;
    QTime time(const QString &column) const;
    QDateTime dateTime(const QString &column) const;
    QStringList list(const QString &column) const;

    // An unknown code (a newer build wrote it) falls back rather than failing the whole read.
    template <typename E>
    E code(const QString &column, E fallback) const
    {
        return domain::fromCode<E>(text(column)).value_or(fallback);
    }
    template <typename E>
    std::optional<E> optionalCode(const QString &column) const
    {
        return domain::fromCode<E>(text(column));
    }

private:
    QVariant value(const QString &column) const { return m_query.value(m_columns.of(column)); }

    const QSqlQuery &m_query;
    const ColumnIndex &m_columns;
};

} // namespace mentordesk::storage::sql
