#pragma once

// Catch2 v2 with readable Qt values in failure messages. Every test source includes this
// instead of <catch2/catch.hpp> directly.

#define CATCH_CONFIG_ENABLE_OPTIONAL_STRINGMAKER
#include <catch2/catch.hpp>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVariant>

#include "domain/validation.h"

namespace Catch {

template <>
struct StringMaker<QString> {
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template <>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        std::string out = "{";
        for (qsizetype i = 0; i < value.size(); ++i)
            out += (i ? ", \"" : "\"") + value.at(i).toStdString() + '"';
        return out + '}';
    }
};

template <>
struct StringMaker<QDate> {
    static std::string convert(const QDate &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};

template <>
struct StringMaker<QTime> {
    static std::string convert(const QTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODate).toStdString() : std::string("(invalid time)");
    }
};

template <>
struct StringMaker<QDateTime> {
    static std::string convert(const QDateTime &value)
    {
        return value.isValid() ? value.toString(Qt::ISODateWithMs).toStdString() : std::string("(invalid date-time)");
    }
};

template <>
struct StringMaker<QVariant> {
    static std::string convert(const QVariant &value)
    {
        return value.isNull() ? std::string("NULL") : value.toString().toStdString();
    }
};

template <>
struct StringMaker<mentordesk::domain::FieldError> {
    static std::string convert(const mentordesk::domain::FieldError &value)
    {
        return value.field.toStdString() + ": " + value.message.toStdString();
    }
};

} // namespace Catch

namespace mentordesk::testing {

// The field codes of `errors`, in order, for exact comparisons.
inline QStringList fieldsOf(const domain::Errors &errors)
{
    QStringList fields;
    for (const auto &e : errors)
        fields << e.field;
    return fields;
}

// The message of the first error about `field`, or an empty string.
inline QString messageFor(const domain::Errors &errors, QStringView field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

} // namespace mentordesk::testing
