#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace mentordesk::csv {

// Reads one CSV cell into a domain value, accepting what people type in Danish and English
// spreadsheets ("Kvinde", "female"; "2,5" and "2.5"). On failure `error` gets a translated
// sentence naming the value and what was expected.
class CellValues {
    Q_DECLARE_TR_FUNCTIONS(CellValues)
public:
    static std::optional<domain::Gender> gender(const QString &cell, QString *error);
    static std::optional<domain::MentorType> mentorType(const QString &cell, QString *error);
    static std::optional<domain::TargetGroup> targetGroup(const QString &cell, QString *error);
    static std::optional<int> integer(const QString &cell, QString *error);
    static std::optional<double> decimal(const QString &cell, QString *error);
    static QStringList list(const QString &cell);

    // Writing: the decimal as the dialect's spreadsheet expects it (Danish: comma).
    static QString decimalText(double value, QChar decimalPoint);
};

} // namespace mentordesk::csv
