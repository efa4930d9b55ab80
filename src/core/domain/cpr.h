#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace mentordesk::domain {

// A Danish CPR number, DDMMYY-SSSS. Only the shape and the date are checked: since 2007 numbers
// are issued that fail the old modulus-11 check, so it must never be demanded (DOMAIN.md §2).
class Cpr {
    Q_DECLARE_TR_FUNCTIONS(Cpr)
public:
    // Accepts "DDMMYY-SSSS", "DDMMYYSSSS" or with a space; returns the canonical dashed form,
    // or nothing and a translated reason in `error`.
    static std::optional<QString> normalise(const QString &input, QString *error = nullptr);
    // The date of birth, with the century taken from the seventh digit.
    static QDate birthDate(const QString &normalised);
};

} // namespace mentordesk::domain
