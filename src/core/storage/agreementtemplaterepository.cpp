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

std::optional<AgreementTemplate> AgreementTemplateRepository::find(Id schemeId, AgreementLanguage language) const
{
    const QList<AgreementTemplate> found =
        m_store.where(u"scheme_id = ? AND language = ?"_s, {schemeId, toCode(language)}, u"id"_s, 1);
    return found.isEmpty() ? std::nullopt : std::optional<AgreementTemplate>(found.first());
}

Result<AgreementTemplate> AgreementTemplateRepository::save(Id schemeId, AgreementLanguage language, const QString &html)
{
    WriteTransaction tx(m_store.database());
    if (!tx.begun())
        return Result<AgreementTemplate>::failure(SqlErrors::busyMessage());
    std::optional<AgreementTemplate> stored = find(schemeId, language);
    AgreementTemplate t = stored.value_or(AgreementTemplate{0, schemeId, language, {}, 0, {}});
    t.html = html;
    ++t.version;
    const Status written = stored ? m_store.update(t) : m_store.insert(t).status();
    if (!written)
        return written;
    if (!tx.commit())
        return Result<AgreementTemplate>::failure(SqlErrors::commitMessage());
    return t;
}

Status AgreementTemplateRepository::remove(Id schemeId, AgreementLanguage language)
{
    const std::optional<AgreementTemplate> stored = find(schemeId, language);
    if (!stored)
        return {};
    Database &db = m_store.database();
    WriteTransaction tx(db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    QSqlQuery q(db.connection());
    q.prepare(u"DELETE FROM agreement_template WHERE id = ?"_s);
    q.addBindValue(stored->id);
    if (!q.exec())
        return Status::failure(SqlErrors::userMessage(q.lastError(), "remove template"));
    if (const Status audited = AuditRepository(db).record(AuditAction::Erase, u"agreement_template"_s, stored->id); !audited)
        return audited;
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return {};
}

} // namespace mentordesk::storage
