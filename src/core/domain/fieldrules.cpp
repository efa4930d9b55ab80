#include "fieldrules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

namespace {
// Placeholder values found in the national mentor register [003], compared case-insensitively.
constexpr std::array kFillers = {"ikke opgivet", "call center", "callcenter", "ukendt", "unknown",
                                 "n/a", "none", "ingen", "xxx", "-", "?"};
} // namespace

bool FieldRules::isFiller(const QString &value)
{
    const QString v = value.simplified().toLower();
    for (const char *filler : kFillers)
        if (v == QLatin1StringView(filler))
            return true;
    // A number made of one repeated digit ("00000000", "11111111") is no real phone number.
    // Checked by hand rather than by a regular expression: imports call this for every row.
    QChar digit;
    int repeats = 0;
    for (const QChar c : v) {
        if (c == u' ')
            continue;
        if (repeats == 0 && c.isDigit())
            digit = c;
        else if (c != digit)
            return false;
        ++repeats;
    }
    return repeats >= 6;
}

void FieldRules::requireRealText(Errors &errors, const QString &field, const QString &value, const QString &fieldLabel)
{
    if (value.trimmed().isEmpty())
        errors.append({field, tr("%1 is required.").arg(fieldLabel)});
    else
        rejectFiller(errors, field, value, fieldLabel);
}

void FieldRules::rejectFiller(Errors &errors, const QString &field, const QString &value, const QString &fieldLabel)
{
    if (!value.trimmed().isEmpty() && isFiller(value))
        errors.append({field, tr("%1 \"%2\" is a placeholder, not real data. Leave it empty or enter the real value.")
                                  .arg(fieldLabel, value.trimmed())});
}

void FieldRules::checkEmail(Errors &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    if (!email.match(value.trimmed()).hasMatch())
        errors.append({field, tr("\"%1\" is not an e-mail address (expected name@example.dk).").arg(value.trimmed())});
}

void FieldRules::checkPhone(Errors &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    if (isFiller(value)) {
        errors.append({field, tr("Phone number \"%1\" is a placeholder, not a real number.").arg(value.trimmed())});
        return;
    }
    // An optional leading '+', then 8 to 20 of digits, spaces, brackets and dashes, of which at
    // least 8 digits. By hand: imports call this for every row.
    const QString trimmed = value.trimmed();
    const qsizetype start = trimmed.startsWith(u'+') ? 1 : 0;
    const qsizetype length = trimmed.size() - start;
    int digits = 0;
    bool allowed = length >= 8 && length <= 20;
    for (qsizetype i = start; allowed && i < trimmed.size(); ++i) {
        const char16_t c = trimmed.at(i).unicode();
        if (c >= u'0' && c <= u'9')
            ++digits;
        else
            allowed = c == u' ' || c == u'(' || c == u')' || c == u'-';
    }
    if (!allowed || digits < 8)
        errors.append({field, tr("\"%1\" is not a phone number (expected 8 digits, e.g. 12 34 56 78).").arg(value.trimmed())});
}

void FieldRules::checkPostcode(Errors &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        return;
    static const QRegularExpression postcode(u"^[0-9]{4}$"_s);
    if (!postcode.match(value.trimmed()).hasMatch())
        errors.append({field, tr("\"%1\" is not a Danish postcode (expected four digits, e.g. 8000).").arg(value.trimmed())});
}

void FieldRules::checkBirthYear(Errors &errors, const QString &field, std::optional<int> year, const QDate &today)
{
    if (!year)
        return;
    if (*year < 1900 || *year > today.year())
        errors.append({field, tr("Birth year %1 is not between 1900 and %2.").arg(*year).arg(today.year())});
}

void FieldRules::checkDateOrder(Errors &errors, const QString &field, const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid() && to < from)
        errors.append({field, tr("The end date %1 is before the start date %2.")
                                  .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))});
}

} // namespace mentordesk::domain
