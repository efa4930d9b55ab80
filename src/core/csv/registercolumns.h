#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace mentordesk::csv {

// The people registers' CSV columns (a contract: names, aliases and order never change;
// scheme and organisation are accepted beyond the documented columns, so exports round-trip).
// Header names are matched case-insensitively, in English or Danish, with spaces read as _.
enum class Register { Mentors, Mentees };

enum class Column {
    ExternalId, FirstName, LastName, Cpr, Email, Phone, Gender, BirthYear, Postcode, Languages,
    MentorType, Capacity, HoursPerWeek, TargetGroup, Goal, PreferredMentorGender, HoursPerWeekGranted,
    Scheme, Interests, Notes, Organisation,
};

class RegisterColumns {
    Q_DECLARE_TR_FUNCTIONS(RegisterColumns)
public:
    // The columns of a register in export order; their canonical (English) header names.
    static QList<Column> columns(Register reg);
    static QString headerName(Column column);
    // The column a header cell names in this register, or nothing.
    static std::optional<Column> fromHeader(Register reg, const QString &header);
    // The domain field code a column fills ("first_name"), to place validation errors.
    static QString fieldCode(Column column);
};

} // namespace mentordesk::csv
