#include "schemerepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Scheme &s)
{
    QStringList types;
    for (MentorType t : s.allowedMentorTypes)
        types << toCode(t);
    return {
        {u"name"_s, s.name.trimmed()},
        {u"context"_s, sql::code(s.context)},
        {u"default_legal_basis"_s, sql::text(s.defaultLegalBasis)},
        {u"default_grant_months"_s, sql::optional(s.defaultGrantMonths)},
        {u"min_meetings_per_week"_s, sql::optional(s.minMeetingsPerWeek)},
        {u"allowed_mentor_types"_s, sql::list(types)},
        {u"retention_years"_s, sql::optional(s.retentionYears)},
        {u"same_region_only"_s, s.sameRegionOnly ? 1 : 0},
        {u"archived"_s, s.archived ? 1 : 0},
    };
}

Scheme read(const sql::Row &r)
{
    Scheme s;
    s.name = r.text(u"name"_s);
    s.context = r.code(u"context"_s, SchemeContext::Other);
    s.defaultLegalBasis = r.text(u"default_legal_basis"_s);
    s.defaultGrantMonths = r.optionalInt(u"default_grant_months"_s);
    s.minMeetingsPerWeek = r.optionalInt(u"min_meetings_per_week"_s);
    for (const QString &code : r.list(u"allowed_mentor_types"_s))
        if (const auto t = fromCode<MentorType>(code))
            s.allowedMentorTypes << *t;
    s.retentionYears = r.optionalInt(u"retention_years"_s);
    s.sameRegionOnly = r.flag(u"same_region_only"_s);
    s.archived = r.flag(u"archived"_s);
    return s;
}

} // namespace

SchemeRepository::SchemeRepository(Database &db) : m_store(db, {u"scheme"_s, &values, &read}) {}

Result<Id> SchemeRepository::add(Scheme &scheme)
{
    if (const Status v = invalid(scheme.validate()); !v)
        return v;
    return m_store.insert(scheme);
}

Status SchemeRepository::update(Scheme &scheme)
{
    if (const Status v = invalid(scheme.validate()); !v)
        return v;
    return m_store.update(scheme);
}

QList<Scheme> SchemeRepository::all() const
{
    return m_store.where(u"1"_s, {}, u"archived, name, id"_s);
}

} // namespace mentordesk::storage
