#pragma once

#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace mentordesk::domain {

// Checks shared by several entities. Each appends a translated FieldError when the value fails.
class FieldRules {
    Q_DECLARE_TR_FUNCTIONS(FieldRules)
public:
    // Required text that is not a placeholder such as "Ikke opgivet" or "Call Center", which
    // the national register is full of (DOMAIN.md §4).
    static void requireRealText(Errors &errors, const QString &field, const QString &value, const QString &fieldLabel);
    // Optional text that, when given, must not be a placeholder.
    static void rejectFiller(Errors &errors, const QString &field, const QString &value, const QString &fieldLabel);
    static void checkEmail(Errors &errors, const QString &field, const QString &value);
    // Danish or international phone numbers; "00000000" and other fillers are refused.
    static void checkPhone(Errors &errors, const QString &field, const QString &value);
    // Danish four-digit postcode.
    static void checkPostcode(Errors &errors, const QString &field, const QString &value);
    static void checkBirthYear(Errors &errors, const QString &field, std::optional<int> year, const QDate &today);
    static void checkDateOrder(Errors &errors, const QString &field, const QDate &from, const QDate &to);

    static bool isFiller(const QString &value);
};

} // namespace mentordesk::domain
