#include "registercolumns.h"

using namespace Qt::StringLiterals;

namespace mentordesk::csv {

namespace {

struct ColumnInfo {
    Column column;
    const char *name;     // canonical header, also the domain field code
    QStringList aliases;  // other accepted header names (Danish), lower case
};

const QList<ColumnInfo> &allColumns()
{
    static const QList<ColumnInfo> columns = {
        {Column::ExternalId, "external_id", {u"eksternt_id"_s, u"ekstern_id"_s}},
        {Column::FirstName, "first_name", {u"fornavn"_s}},
        {Column::LastName, "last_name", {u"efternavn"_s}},
        {Column::Cpr, "cpr", {u"cpr_nummer"_s, u"cpr-nummer"_s, u"cpr-nr"_s}},
        {Column::Email, "email", {u"e-mail"_s, u"e_mail"_s, u"mail"_s}},
        {Column::Phone, "phone", {u"telefon"_s, u"tlf"_s, u"mobil"_s}},
        {Column::Gender, "gender", {u"køn"_s}},
        {Column::BirthYear, "birth_year", {u"fødselsår"_s}},
        {Column::Postcode, "postcode", {u"postnummer"_s, u"postnr"_s}},
        {Column::Languages, "languages", {u"sprog"_s}},
        {Column::MentorType, "mentor_type", {u"mentortype"_s}},
        {Column::Capacity, "capacity", {u"kapacitet"_s}},
        {Column::HoursPerWeek, "hours_per_week", {u"timer_pr_uge"_s}},
        {Column::TargetGroup, "target_group", {u"målgruppe"_s}},
        {Column::Goal, "goal", {u"mål"_s}},
        {Column::PreferredMentorGender, "preferred_mentor_gender", {u"ønsket_mentorkøn"_s}},
        {Column::HoursPerWeekGranted, "hours_per_week_granted", {u"bevilgede_timer_pr_uge"_s}},
        {Column::Scheme, "scheme", {u"ordning"_s}},
        {Column::Interests, "interests", {u"interesser"_s}},
        {Column::Notes, "notes", {u"noter"_s, u"bemærkninger"_s}},
        {Column::Organisation, "organisation", {u"organization"_s, u"organisation"_s, u"arbejdsplads"_s, u"leverandør"_s}},
    };
    return columns;
}

const ColumnInfo &info(Column column)
{
    return allColumns().at(static_cast<int>(column));
}

} // namespace

QList<Column> RegisterColumns::columns(Register reg)
{
    if (reg == Register::Mentors)
        return {Column::ExternalId, Column::FirstName, Column::LastName, Column::Email, Column::Phone, Column::Gender,
                Column::BirthYear, Column::Postcode, Column::Languages, Column::MentorType, Column::Capacity,
                Column::HoursPerWeek, Column::Interests, Column::Notes, Column::Organisation};
    return {Column::ExternalId, Column::FirstName, Column::LastName, Column::Cpr, Column::Email, Column::Phone,
            Column::Gender, Column::BirthYear, Column::Postcode, Column::Languages, Column::TargetGroup, Column::Goal,
            Column::PreferredMentorGender, Column::HoursPerWeekGranted, Column::Interests, Column::Notes, Column::Scheme};
}

QString RegisterColumns::headerName(Column column)
{
    return QString::fromLatin1(info(column).name);
}

QString RegisterColumns::fieldCode(Column column)
{
    return headerName(column);
}

std::optional<Column> RegisterColumns::fromHeader(Register reg, const QString &header)
{
    QString key = header.trimmed().toLower();
    key.replace(u' ', u'_');
    for (Column column : columns(reg)) {
        const ColumnInfo &c = info(column);
        if (key == QLatin1StringView(c.name) || c.aliases.contains(key))
            return column;
    }
    return std::nullopt;
}

} // namespace mentordesk::csv
