#include "agreementtemplaterepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

QVariantMap values(const AgreementTemplate &t)
{
    return {
        {u"scheme_id"_s, t.schemeId},
        {u"language"_s, sql::code(t.language)},
        {u"html"_s, t.html},
        {u"version"_s, t.version},
    };
}

AgreementTemplate read(const sql::Row &r)
{
    AgreementTemplate t;
    t.schemeId = r.id(u"scheme_id"_s);
    t.language = r.code(u"language"_s, AgreementLanguage::Danish);
    t.html = r.text(u"html"_s);
    t.version = r.integer(u"version"_s, 1);
    return t;
}

} // namespace

AgreementTemplateRepository::AgreementTemplateRepository(Database &db)
    : m_store(db, {u"agreement_template"_s, &values, &read})
{
}

std::optional<AgreementTemplate> AgreementTemplateRepository::stored(Id schemeId, AgreementLanguage language) const
{
    const QList<AgreementTemplate> found =
        m_store.where(u"scheme_id = ? AND language = ?"_s, {schemeId, toCode(language)}, u"id"_s, 1);
    return found.isEmpty() ? std::nullopt : std::optional<AgreementTemplate>(found.first());
}

std::optional<AgreementTemplate> AgreementTemplateRepository::find(Id schemeId, AgreementLanguage language) const
{
    std::optional<AgreementTemplate> t = stored(schemeId, language);
    return t && !t->html.isEmpty() ? t : std::nullopt;
}

Result<AgreementTemplate> AgreementTemplateRepository::save(Id schemeId, AgreementLanguage language, const QString &html)
{
    WriteTransaction tx(m_store.database());
    if (!tx.begun())
        return Result<AgreementTemplate>::failure(SqlErrors::busyMessage());
    const std::optional<AgreementTemplate> before = stored(schemeId, language);
    AgreementTemplate t = before.value_or(AgreementTemplate{0, schemeId, language, {}, 0, {}});
    t.html = html;
    ++t.version;
    const Status written = before ? m_store.update(t) : m_store.insert(t).status();
    if (!written)
        return written;
    if (!tx.commit())
        return Result<AgreementTemplate>::failure(SqlErrors::commitMessage());
    return t;
}

Status AgreementTemplateRepository::remove(Id schemeId, AgreementLanguage language)
{
    std::optional<AgreementTemplate> t = find(schemeId, language);
    if (!t)
        return {};
    // The row stays, its text NULL, so the next save counts on from its version: a template
    // name such as "scheme-3-da-v2" then always means one text.
    t->html.clear();
    return m_store.update(*t);
}

} // namespace mentordesk::storage
