#include "menteerepository.h"

#include "domain/cpr.h"
#include "domain/sortkey.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const Mentee &m)
{
    return {
        {u"external_id"_s, sql::text(m.externalId.trimmed())},
        {u"first_name"_s, m.firstName.trimmed()},
        {u"last_name"_s, m.lastName.trimmed()},
        {u"sort_key"_s, personSortKey(m.firstName, m.lastName)},
        {u"cpr"_s, sql::text(m.cpr)},
        {u"email"_s, sql::text(m.email.trimmed().toLower())},
        {u"phone"_s, sql::text(m.phone.trimmed())},
        {u"address"_s, sql::text(m.address.trimmed())},
        {u"gender"_s, sql::optionalCode(m.gender)},
        {u"birth_year"_s, sql::optional(m.birthYear)},
        {u"postcode"_s, sql::text(m.postcode.trimmed())},
        {u"languages"_s, sql::list(m.languages)},
        {u"danish_level"_s, sql::optionalCode(m.danishLevel)},
        {u"interests"_s, sql::list(m.interests)},
        {u"scheme_id"_s, m.schemeId},
        {u"target_group"_s, sql::code(m.targetGroup)},
        {u"ret_og_pligt"_s, m.retOgPligt ? 1 : 0},
        {u"needs"_s, sql::text(m.needs)},
        {u"need_tags"_s, m.needTags},
        {u"goal"_s, sql::text(m.goal)},
        {u"preferred_mentor_gender"_s, sql::optionalCode(m.preferredMentorGender)},
        {u"mentor_gender_required"_s, m.mentorGenderRequired ? 1 : 0},
        {u"preferred_mentor_age_from"_s, sql::optional(m.preferredMentorAgeFrom)},
        {u"preferred_mentor_age_to"_s, sql::optional(m.preferredMentorAgeTo)},
        {u"availability"_s, m.availability.bits()},
        {u"preferred_language"_s, sql::text(m.preferredLanguage.trimmed())},
        {u"preferences_note"_s, sql::text(m.preferencesNote)},
        {u"hours_per_week_granted"_s, sql::optional(m.hoursPerWeekGranted)},
        {u"consulted_on_mentor_choice"_s, m.consultedOnMentorChoice ? 1 : 0},
        {u"referred_by"_s, sql::text(m.referredBy)},
        {u"caseworker"_s, sql::text(m.caseworker)},
        {u"consent_date"_s, sql::date(m.consentDate)},
        {u"consent_scope"_s, sql::text(m.consentScope)},
        {u"registered_on"_s, sql::date(m.registeredOn)},
        {u"status"_s, sql::code(m.status)},
        {u"notes"_s, sql::text(m.notes)},
    };
}

Mentee read(const sql::Row &r)
{
    Mentee m;
    m.externalId = r.text(u"external_id"_s);
    m.firstName = r.text(u"first_name"_s);
    m.lastName = r.text(u"last_name"_s);
    m.cpr = r.text(u"cpr"_s);
    m.email = r.text(u"email"_s);
    m.phone = r.text(u"phone"_s);
    m.address = r.text(u"address"_s);
    m.gender = r.optionalCode<Gender>(u"gender"_s);
    m.birthYear = r.optionalInt(u"birth_year"_s);
    m.postcode = r.text(u"postcode"_s);
    m.languages = r.list(u"languages"_s);
    m.danishLevel = r.optionalCode<DanishLevel>(u"danish_level"_s);
    m.interests = r.list(u"interests"_s);
    m.schemeId = r.id(u"scheme_id"_s);
    m.targetGroup = r.code(u"target_group"_s, TargetGroup::Other);
    m.retOgPligt = r.flag(u"ret_og_pligt"_s);
    m.needs = r.text(u"needs"_s);
    m.needTags = static_cast<quint8>(r.integer(u"need_tags"_s));
    m.goal = r.text(u"goal"_s);
    m.preferredMentorGender = r.optionalCode<Gender>(u"preferred_mentor_gender"_s);
    m.mentorGenderRequired = r.flag(u"mentor_gender_required"_s);
    m.preferredMentorAgeFrom = r.optionalInt(u"preferred_mentor_age_from"_s);
    m.preferredMentorAgeTo = r.optionalInt(u"preferred_mentor_age_to"_s);
    m.availability = Availability(static_cast<quint32>(r.integer(u"availability"_s)));
    m.preferredLanguage = r.text(u"preferred_language"_s);
    m.preferencesNote = r.text(u"preferences_note"_s);
    m.hoursPerWeekGranted = r.optionalDouble(u"hours_per_week_granted"_s);
    m.consultedOnMentorChoice = r.flag(u"consulted_on_mentor_choice"_s);
    m.referredBy = r.text(u"referred_by"_s);
    m.caseworker = r.text(u"caseworker"_s);
    m.consentDate = r.date(u"consent_date"_s);
    m.consentScope = r.text(u"consent_scope"_s);
    m.registeredOn = r.date(u"registered_on"_s);
    m.status = r.code(u"status"_s, MenteeStatus::Waiting);
    m.notes = r.text(u"notes"_s);
    return m;
}

const QString kNotArchived = u"status <> 'archived'"_s;

const TableSpec<Mentee> kSpec{u"mentee"_s, &values, &read};

} // namespace

MenteeRepository::MenteeRepository(Database &db) : m_store(db, kSpec) {}

Status MenteeRepository::prepare(Mentee &mentee, const QDate &today)
{
    if (const Status v = invalid(mentee.validate(today)); !v)
        return v;
    if (!mentee.cpr.trimmed().isEmpty()) {
        mentee.cpr = *Cpr::normalise(mentee.cpr);
        mentee.birthYear = Cpr::birthDate(mentee.cpr).year();
    } else {
        mentee.cpr.clear();
    }
    if (!mentee.registeredOn.isValid())
        mentee.registeredOn = today;
    return {};
}

Result<Id> MenteeRepository::add(Mentee &mentee)
{
    if (const Status p = prepare(mentee, m_store.database().today()); !p)
        return p;
    return m_store.insert(mentee);
}

Result<int> MenteeRepository::addMany(QList<Mentee> &mentees)
{
    return m_store.insertMany(mentees, &MenteeRepository::prepareMany);
}

Result<PreparedBatch<Mentee>> MenteeRepository::prepareMany(QList<Mentee> mentees, const WriteStamp &stamp)
{
    for (Mentee &mentee : mentees)
        if (const Status p = prepare(mentee, stamp.today); !p)
            return p;
    return prepareBatch(kSpec, std::move(mentees), stamp);
}

Status MenteeRepository::update(Mentee &mentee)
{
    if (const Status p = prepare(mentee, m_store.database().today()); !p)
        return p;
    return m_store.update(mentee);
}

QList<Mentee> MenteeRepository::page(int offset, int limit, bool includeArchived) const
{
    return m_store.where(includeArchived ? u"1"_s : kNotArchived, {}, u"sort_key, id"_s, limit, offset);
}

QList<Mentee> MenteeRepository::openForMatching(std::optional<Id> schemeId) const
{
    const QString open = u"status = 'waiting' AND NOT EXISTS (SELECT 1 FROM match WHERE match.mentee_id = mentee.id AND state = 'approved')"_s;
    if (schemeId)
        return m_store.where(open + u" AND scheme_id = ?"_s, {*schemeId}, u"id"_s);
    return m_store.where(open, {}, u"id"_s);
}

QHash<QString, Id> MenteeRepository::cprsInUse() const
{
    return m_store.idsByValue(u"cpr"_s);
}

bool MenteeRepository::forEach(bool includeArchived, const std::function<bool(const Mentee &)> &visit) const
{
    return m_store.forEach(includeArchived ? u"1"_s : kNotArchived, {}, u"id"_s, visit);
}

int MenteeRepository::count(bool includeArchived) const
{
    return m_store.count(includeArchived ? u"1"_s : kNotArchived);
}

int MenteeRepository::countWithStatus(MenteeStatus status) const
{
    return m_store.count(u"status = ?"_s, {toCode(status)});
}

std::optional<Mentee> MenteeRepository::withCpr(const QString &cpr) const
{
    const auto canonical = Cpr::normalise(cpr);
    if (!canonical)
        return std::nullopt;
    const QList<Mentee> found = m_store.where(u"cpr = ?"_s, {*canonical}, u"id"_s);
    return found.isEmpty() ? std::nullopt : std::optional<Mentee>(found.first());
}

QList<Mentee> MenteeRepository::withEmail(const QString &email) const
{
    return m_store.where(u"email = ?"_s, {email.trimmed().toLower()}, u"id"_s);
}

} // namespace mentordesk::storage
