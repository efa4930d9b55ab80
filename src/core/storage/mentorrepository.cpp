#include "mentorrepository.h"

#include "domain/sortkey.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Mentor &m)
{
    return {
        {u"external_id"_s, sql::text(m.externalId.trimmed())},
        {u"first_name"_s, m.firstName.trimmed()},
        {u"last_name"_s, m.lastName.trimmed()},
        {u"sort_key"_s, personSortKey(m.firstName, m.lastName)},
        {u"mentor_type"_s, sql::code(m.mentorType)},
        {u"email"_s, sql::text(m.email.trimmed().toLower())},
        {u"phone"_s, sql::text(m.phone.trimmed())},
        {u"organisation"_s, sql::text(m.organisation.trimmed())},
        {u"gender"_s, sql::optionalCode(m.gender)},
        {u"birth_year"_s, sql::optional(m.birthYear)},
        {u"postcode"_s, sql::text(m.postcode.trimmed())},
        {u"languages"_s, sql::list(m.languages)},
        {u"interests"_s, sql::list(m.interests)},
        {u"qualifications"_s, sql::text(m.qualifications)},
        {u"capacity"_s, m.capacity},
        {u"hours_per_week"_s, sql::optional(m.hoursPerWeek)},
        {u"availability"_s, m.availability.bits()},
        {u"buyout_hours_per_week"_s, sql::optional(m.buyoutHoursPerWeek)},
        {u"fee"_s, sql::optional(m.fee)},
        {u"confidentiality_signed"_s, sql::date(m.confidentialitySigned)},
        {u"status"_s, sql::code(m.status)},
        {u"notes"_s, sql::text(m.notes)},
    };
}

Mentor read(const sql::Row &r)
{
    Mentor m;
    m.externalId = r.text(u"external_id"_s);
    m.firstName = r.text(u"first_name"_s);
    m.lastName = r.text(u"last_name"_s);
    m.mentorType = r.code(u"mentor_type"_s, MentorType::Other);
    m.email = r.text(u"email"_s);
    m.phone = r.text(u"phone"_s);
    m.organisation = r.text(u"organisation"_s);
    m.gender = r.optionalCode<Gender>(u"gender"_s);
    m.birthYear = r.optionalInt(u"birth_year"_s);
    m.postcode = r.text(u"postcode"_s);
    m.languages = r.list(u"languages"_s);
    m.interests = r.list(u"interests"_s);
    m.qualifications = r.text(u"qualifications"_s);
    m.capacity = r.integer(u"capacity"_s, 1);
    m.hoursPerWeek = r.optionalDouble(u"hours_per_week"_s);
    m.availability = Availability(static_cast<quint32>(r.integer(u"availability"_s)));
    m.buyoutHoursPerWeek = r.optionalDouble(u"buyout_hours_per_week"_s);
    m.fee = r.optionalDouble(u"fee"_s);
    m.confidentialitySigned = r.date(u"confidentiality_signed"_s);
    m.status = r.code(u"status"_s, MentorStatus::Active);
    m.notes = r.text(u"notes"_s);
    return m;
}

const QString kNotArchived = u"status <> 'archived'"_s;

const TableSpec<Mentor> kSpec{u"mentor"_s, &values, &read};

} // namespace

MentorRepository::MentorRepository(Database &db) : m_store(db, kSpec) {}

Result<Id> MentorRepository::add(Mentor &mentor)
{
    if (const Status v = invalid(mentor.validate(m_store.database().today())); !v)
        return v;
    return m_store.insert(mentor);
}

Result<int> MentorRepository::addMany(QList<Mentor> &mentors)
{
    return m_store.insertMany(mentors, &MentorRepository::prepareMany);
}

Result<PreparedBatch<Mentor>> MentorRepository::prepareMany(QList<Mentor> mentors, const WriteStamp &stamp)
{
    for (const Mentor &mentor : std::as_const(mentors))
        if (const Status v = invalid(mentor.validate(stamp.today)); !v)
            return v;
    return prepareBatch(kSpec, std::move(mentors), stamp);
}

Status MentorRepository::update(Mentor &mentor)
{
    if (const Status v = invalid(mentor.validate(m_store.database().today())); !v)
        return v;
    return m_store.update(mentor);
}

QList<Mentor> MentorRepository::page(int offset, int limit, bool includeArchived) const
{
    return m_store.where(includeArchived ? u"1"_s : kNotArchived, {}, u"sort_key, id"_s, limit, offset);
}

QHash<QString, Id> MentorRepository::emailsInUse() const
{
    return m_store.idsByValue(u"email"_s);
}

bool MentorRepository::forEach(bool includeArchived, const std::function<bool(const Mentor &)> &visit) const
{
    return m_store.forEach(includeArchived ? u"1"_s : kNotArchived, {}, u"id"_s, visit);
}

int MentorRepository::count(bool includeArchived) const
{
    return m_store.count(includeArchived ? u"1"_s : kNotArchived);
}

QList<Mentor> MentorRepository::active() const
{
    return m_store.where(u"status = 'active'"_s, {}, u"id"_s);
}

QList<Mentor> MentorRepository::withEmail(const QString &email) const
{
    return m_store.where(u"email = ?"_s, {email.trimmed().toLower()}, u"id"_s);
}

} // namespace mentordesk::storage
