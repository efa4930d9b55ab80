#include "agreementfixture.h"

#include "storage/agreementtemplaterepository.h"
#include "storage/auditrepository.h"

using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

TEST_CASE("A scheme's template is stored per language, one version per save", "[agreements][templates]")
{
    TestDatabase db;
    const Id scheme = addScheme(*db);
    storage::AgreementTemplateRepository templates(*db);
    CHECK_FALSE(templates.find(scheme, AgreementLanguage::Danish).has_value());

    const auto first = templates.save(scheme, AgreementLanguage::Danish, u"<p>Første</p>"_s);
    REQUIRE(first.ok());
    CHECK(first->version == 1);
    const auto second = templates.save(scheme, AgreementLanguage::Danish, u"<p>Anden</p>"_s);
    REQUIRE(second.ok());
    CHECK(second->version == 2);
    CHECK(second->id == first->id);
    REQUIRE(templates.save(scheme, AgreementLanguage::English, u"<p>English</p>"_s).ok());

    const auto danish = templates.find(scheme, AgreementLanguage::Danish);
    REQUIRE(danish.has_value());
    CHECK(danish->html == u"<p>Anden</p>"_s);
    CHECK(danish->version == 2);
    CHECK(templates.find(scheme, AgreementLanguage::English)->version == 1);

    REQUIRE(templates.remove(scheme, AgreementLanguage::Danish).ok());
    CHECK_FALSE(templates.find(scheme, AgreementLanguage::Danish).has_value());
    CHECK(templates.find(scheme, AgreementLanguage::English).has_value());
    int updates = 0;
    for (const AuditEvent &e : storage::AuditRepository(*db).forRecord(u"agreement_template"_s, first->id))
        updates += e.action == AuditAction::Update ? 1 : 0;
    CHECK(updates == 2);  // the second save and the removal

    // Saved again after the removal, it counts on: version 3, never a second "version 1".
    const auto third = templates.save(scheme, AgreementLanguage::Danish, u"<p>Tredje</p>"_s);
    REQUIRE(third.ok());
    CHECK(third->version == 3);
}

TEST_CASE("A template for a scheme that does not exist is refused", "[agreements][templates]")
{
    TestDatabase db;
    const auto saved = storage::AgreementTemplateRepository(*db).save(404, AgreementLanguage::Danish, u"<p>x</p>"_s);
    CHECK_FALSE(saved.ok());
    CHECK(db.rowCount(u"agreement_template"_s) == 0);
}
