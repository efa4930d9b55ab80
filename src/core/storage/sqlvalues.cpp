#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace mentordesk::storage::sql {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant time(const QTime &value)
{
    return value.isValid() ? QVariant(value.toString(u"HH:mm"_s)) : QVariant();
}

QVariant dateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant list(const QStringList &values)
{
    QStringList cleaned;
    for (const QString &v : values)
        if (const QString t = v.trimmed(); !t.isEmpty())
            cleaned << t;
    return cleaned.isEmpty() ? QVariant() : QVariant(cleaned.join(u", "_s));
}

ColumnIndex::ColumnIndex(const QSqlRecord &record)
{
    for (int i = 0; i < record.count(); ++i)
        m_names << record.fieldName(i);
}

int ColumnIndex::of(const QString &column) const
{
    const int count = int(m_names.size());
    for (int step = 0; step < count; ++step) {
        const int i = (m_next + step) % count;
        if (m_names.at(i) == column) {
            m_next = (i + 1) % count;
            return i;
        }
    }
    return -1;
}

qint64 Row::id(const QString &column) const
{
    return value(column).toLongLong();
}

QString Row::text(const QString &column) const
{
    return value(column).toString();
}

bool Row::flag(const QString &column) const
{
    return value(column).toInt() != 0;
}

int Row::integer(const QString &column, int fallback) const
{
    const QVariant v = value(column);
    return v.isNull() ? fallback : v.toInt();
}

std::optional<int> Row::optionalInt(const QString &column) const
{
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

std::optional<double> Row::optionalDouble(const QString &column) const
{
    const QVariant v = value(column);
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

double Row::real(const QString &column) const
{
    return value(column).toDouble();
}

QDate Row::date(const QString &column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QTime Row::time(const QString &column) const
{
    return QTime::fromString(text(column), u"HH:mm"_s);
}

QDateTime Row::dateTime(const QString &column) const
{
    QDateTime dt = QDateTime::fromString(text(column), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : dt;
}

QStringList Row::list(const QString &column) const
{
    QStringList out;
    const auto parts = text(column).split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (const QString t = p.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

} // namespace mentordesk::storage::sql
