#include "cpr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mentordesk::domain {

namespace {
// The century rule of the CPR office: the seventh digit and the two-digit year decide it.
int fullYear(int yy, int seventh)
{
    if (seventh <= 3)
        return 1900 + yy;
    if (seventh == 4 || seventh == 9)
        return yy <= 36 ? 2000 + yy : 1900 + yy;
    return yy <= 57 ? 2000 + yy : 1800 + yy; // 5–8
}
} // namespace

std::optional<QString> Cpr::normalise(const QString &input, QString *error)
{
    static const QRegularExpression shape(u"^(\\d{2})(\\d{2})(\\d{2})[- ]?(\\d{4})$"_s);
    const auto m = shape.match(input.trimmed());
    if (!m.hasMatch()) {
        if (error)
            *error = tr("CPR number \"%1\" does not have the form DDMMYY-SSSS.").arg(input.trimmed());
        return std::nullopt;
    }
    const QString canonical = m.captured(1) + m.captured(2) + m.captured(3) + u'-' + m.captured(4);
    if (!birthDate(canonical).isValid()) {
        if (error)
            *error = tr("CPR number \"%1\" does not start with a valid date (DDMMYY).").arg(input.trimmed());
        return std::nullopt;
    }
    return canonical;
}

QDate Cpr::birthDate(const QString &normalised)
{
    if (normalised.size() != 11)
        return {};
    const int day = normalised.mid(0, 2).toInt();
    const int month = normalised.mid(2, 2).toInt();
    const int yy = normalised.mid(4, 2).toInt();
    const int seventh = normalised.mid(7, 1).toInt();
    return QDate(fullYear(yy, seventh), month, day);
}

} // namespace mentordesk::domain
