#pragma once

#include <QDate>
#include <QDateTime>
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

// Reads one row by column name.
class Row {
public:
    explicit Row(QSqlRecord record) : m_record(std::move(record)) {}

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
    QSqlRecord m_record;
};

} // namespace mentordesk::storage::sql
