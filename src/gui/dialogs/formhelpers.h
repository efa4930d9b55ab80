#pragma once

#include "domain/enumcodec.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QStringList>
#include <optional>

// Small conversions between form widgets and the domain's optional values, shared by the
// record dialogs. An optional number or date is "not stated" at the widget's minimum, which
// then shows the special value text.
namespace mentordesk::gui::form {

template <typename E>
void fillCombo(QComboBox *combo, const QString &emptyText = {}, bool withEmpty = false)
{
    combo->clear();
    if (withEmpty)
        combo->addItem(emptyText, QString());
    for (const auto &e : domain::enumEntries<E>())
        combo->addItem(domain::label(e.value), domain::toCode(e.value));
}

template <typename E>
void setComboValue(QComboBox *combo, std::optional<E> value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value ? domain::toCode(*value) : QString())));
}

template <typename E>
std::optional<E> comboValue(const QComboBox *combo)
{
    return domain::fromCode<E>(combo->currentData().toString());
}

inline QStringList splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (const QString item = part.trimmed(); !item.isEmpty())
            items << item;
    return items;
}

inline QString joinList(const QStringList &items)
{
    return items.join(QStringLiteral(", "));
}

inline void setUpOptionalYear(QSpinBox *spin, const QDate &today, const QString &notStated)
{
    spin->setRange(1899, today.year());
    spin->setSpecialValueText(notStated);
}

// An age in years the domain accepts (15–99), or "not stated" one below.
inline void setUpOptionalAge(QSpinBox *spin, const QString &notStated)
{
    spin->setRange(14, 99);
    spin->setSpecialValueText(notStated);
}

inline void setOptionalInt(QSpinBox *spin, std::optional<int> value)
{
    spin->setValue(value.value_or(spin->minimum()));
}

inline std::optional<int> optionalInt(const QSpinBox *spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<int>(spin->value());
}

inline void setUpOptionalHours(QDoubleSpinBox *spin, double max, const QString &notStated)
{
    spin->setRange(0, max);
    spin->setDecimals(1);
    spin->setSingleStep(0.5);
    spin->setSpecialValueText(notStated);
}

inline void setOptionalDouble(QDoubleSpinBox *spin, std::optional<double> value)
{
    spin->setValue(value.value_or(spin->minimum()));
}

inline std::optional<double> optionalDouble(const QDoubleSpinBox *spin)
{
    return spin->value() == spin->minimum() ? std::nullopt : std::optional<double>(spin->value());
}

inline void setUpOptionalDate(QDateEdit *edit, const QString &notStated)
{
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(notStated);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
}

inline void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : edit->minimumDate());
}

inline QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace mentordesk::gui::form
