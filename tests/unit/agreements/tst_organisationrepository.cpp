#include "agreementfixture.h"

#include "storage/auditrepository.h"

using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

TEST_CASE("The organisation's details are saved with the data, logo included, audited", "[agreements][organisation]")
{
    TestDatabase db;
    CHECK(storage::OrganisationRepository(*db).read().name.isEmpty());

    Organisation o = testOrganisation();
    o.logoPng = QByteArray("\x89PNG\r\n\x1a\n-not-really-", 20);
    o.confidentialityEn = u"Mentors keep everything confidential."_s;
    saveOrganisation(*db, o);
    const Organisation back = storage::OrganisationRepository(*db).read();
    CHECK(back.name == o.name);
    CHECK(back.address == o.address);
    CHECK(back.coordinatorName == u"Hanne Østergaard"_s);
    CHECK(back.logoPng == o.logoPng);
    CHECK(back.confidentiality(AgreementLanguage::English) == o.confidentialityEn);
    CHECK(back.confidentiality(AgreementLanguage::Danish).isEmpty());
    const QList<AuditEvent> events = storage::AuditRepository(*db).forRecord(u"setting"_s, 0);
    REQUIRE(events.size() == 1);
    CHECK(events.first().action == AuditAction::Update);

    SECTION("cleared fields and logo are cleared")
    {
        Organisation cleared = back;
        cleared.address = u"  "_s;
        cleared.logoPng.clear();
        saveOrganisation(*db, cleared);
        const Organisation again = storage::OrganisationRepository(*db).read();
        CHECK(again.address.isEmpty());
        CHECK(again.logoPng.isEmpty());
        CHECK(again.name == o.name);
    }
}
