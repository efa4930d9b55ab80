#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace mentordesk::domain {

// One row of an enum's table: the value, its stable storage/CSV code (never changes once
// released) and its English label, marked for Qt Linguist with QT_TRANSLATE_NOOP("Enum", …).
template <typename E>
struct EnumEntry {
    E value;
    const char *code;
    const char *label;
};

// Specialised next to each enum with `static constexpr std::array entries`.
template <typename E>
struct EnumTraits;

template <typename E>
constexpr const auto &enumEntries()
{
    return EnumTraits<E>::entries;
}

template <typename E>
QString toCode(E value)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return QString::fromLatin1(e.code);
    return {};
}

template <typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto &e : enumEntries<E>())
        if (code.compare(QLatin1StringView(e.code), Qt::CaseInsensitive) == 0)
            return e.value;
    return std::nullopt;
}

// The label in the user's language (the installed translator decides).
template <typename E>
QString label(E value)
{
    for (const auto &e : enumEntries<E>())
        if (e.value == value)
            return QCoreApplication::translate("Enum", e.label);
    return {};
}

template <typename E>
QStringList allCodes()
{
    QStringList codes;
    for (const auto &e : enumEntries<E>())
        codes << QString::fromLatin1(e.code);
    return codes;
}

} // namespace mentordesk::domain
