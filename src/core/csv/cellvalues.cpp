#include "cellvalues.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::csv {

namespace {

QString key(const QString &cell)
{
    return cell.trimmed().toLower();
}

// A code, the English label or the Danish label of any enum value, case-insensitively.
template <typename E>
std::optional<E> byCodeOrLabel(const QString &cell, const QHash<QString, E> &extra)
{
    const QString k = key(cell);
    if (const auto byCode = fromCode<E>(k))
        return byCode;
    if (const auto it = extra.constFind(k); it != extra.cend())
        return *it;
    for (const auto &entry : enumEntries<E>())
        if (k == QString::fromUtf8(entry.label).toLower() || k == QCoreApplication::translate("Enum", entry.label).toLower())
            return entry.value;
    return std::nullopt;
}

} // namespace

std::optional<Gender> CellValues::gender(const QString &cell, QString *error)
{
    static const QHash<QString, Gender> danish = {
        {u"kvinde"_s, Gender::Female}, {u"k"_s, Gender::Female}, {u"f"_s, Gender::Female},
        {u"mand"_s, Gender::Male},     {u"m"_s, Gender::Male},   {u"andet"_s, Gender::Other},
    };
    if (const auto g = byCodeOrLabel(cell, danish))
        return g;
    *error = tr("\"%1\" is not a gender (use female, male, other or kvinde, mand, andet).").arg(cell.trimmed());
    return std::nullopt;
}

std::optional<MentorType> CellValues::mentorType(const QString &cell, QString *error)
{
    static const QHash<QString, MentorType> danish = {
        {u"professionel"_s, MentorType::Professional}, {u"fuldtidsmentor"_s, MentorType::Professional},
        {u"frivillig"_s, MentorType::Volunteer},        {u"lærer"_s, MentorType::Teacher},
        {u"lærermentor"_s, MentorType::Teacher},        {u"elev"_s, MentorType::Student},
        {u"elevmentor"_s, MentorType::Student},         {u"virksomhed"_s, MentorType::Workplace},
        {u"virksomhedsmentor"_s, MentorType::Workplace}, {u"ekstern"_s, MentorType::External},
        {u"andet"_s, MentorType::Other},
    };
    if (const auto t = byCodeOrLabel(cell, danish))
        return t;
    *error = tr("\"%1\" is not a mentor type (use professional, volunteer, teacher, student, workplace, external or other).")
                 .arg(cell.trimmed());
    return std::nullopt;
}

std::optional<TargetGroup> CellValues::targetGroup(const QString &cell, QString *error)
{
    if (const auto t = byCodeOrLabel<TargetGroup>(cell, {}))
        return t;
    *error = tr("\"%1\" is not a target group (use a code such as %2).").arg(cell.trimmed(), allCodes<TargetGroup>().join(u", "_s));
    return std::nullopt;
}

std::optional<int> CellValues::integer(const QString &cell, QString *error)
{
    bool ok = false;
    const int value = cell.trimmed().toInt(&ok);
    if (ok)
        return value;
    *error = tr("\"%1\" is not a whole number.").arg(cell.trimmed());
    return std::nullopt;
}

std::optional<double> CellValues::decimal(const QString &cell, QString *error)
{
    QString text = cell.trimmed();
    text.replace(u',', u'.');  // Danish spreadsheets write 2,5
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok && qIsFinite(value))
        return value;
    *error = tr("\"%1\" is not a number (e.g. 2,5).").arg(cell.trimmed());
    return std::nullopt;
}

QStringList CellValues::list(const QString &cell)
{
    QStringList out;
    const auto parts = cell.split(u',', Qt::SkipEmptyParts);
    for (const QString &p : parts)
        if (const QString t = p.trimmed(); !t.isEmpty())
            out << t;
    return out;
}

QString CellValues::decimalText(double value, QChar decimalPoint)
{
    QString text = QString::number(value, 'g', 10);
    if (decimalPoint != u'.')
        text.replace(u'.', decimalPoint);
    return text;
}

} // namespace mentordesk::csv
