#pragma once

#include "domain/agreementtemplate.h"
#include "entitystore.h"

namespace mentordesk::storage {

// The schemes' own agreement templates. A scheme without a row for a language, or with an
// emptied one, prints with the shipped default of that language. Checking a template's parts is the agreements library's job;
// this only stores what it was given.
class AgreementTemplateRepository {
public:
    explicit AgreementTemplateRepository(Database &db);

    std::optional<domain::AgreementTemplate> find(domain::Id schemeId, domain::AgreementLanguage language) const;
    // Stores the text as the scheme's template, one version above the one it replaces.
    Result<domain::AgreementTemplate> save(domain::Id schemeId, domain::AgreementLanguage language, const QString &html);
    // Drops the scheme's own template, so the shipped default applies again.
    Status remove(domain::Id schemeId, domain::AgreementLanguage language);

private:
    // The row, also when its template was removed (empty text).
    std::optional<domain::AgreementTemplate> stored(domain::Id schemeId, domain::AgreementLanguage language) const;

    EntityStore<domain::AgreementTemplate> m_store;
};

} // namespace mentordesk::storage
