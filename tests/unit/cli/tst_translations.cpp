// The Danish translation reaches the messages of the core, whichever header or source they are
// written in (a message moved into a header once fell out of the files Qt Linguist scans).
#include "qtcatch.h"

#include "i18n/translations.h"
#include "matching/pairscorer.h"
#include "storage/attentionqueries.h"
#include "storage/sqlerrors.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;

TEST_CASE("Danish reaches storage, matching and enum texts of the core", "[i18n]")
{
    i18n::Translations translations;
    translations.apply(i18n::Language::Danish);
    CHECK(storage::SqlErrors::busyMessage() == u"Databasen er optaget af en anden ændring. Intet er gemt. Prøv igen om et øjeblik."_s);
    CHECK(storage::SqlErrors::commitMessage() == u"Ændringen kunne ikke skrives til disken. Intet er gemt."_s);
    CHECK(matching::PairScorer::gateName(matching::Gate::NoFreePlace) == u"ingen ledig kapacitet"_s);
    CHECK(domain::label(matching::Criterion::Languages) == u"Fælles sprog"_s);
    translations.apply(i18n::Language::English);
    CHECK(storage::SqlErrors::busyMessage() == u"The database is busy with another change. Nothing was saved; try again in a moment."_s);
}

TEST_CASE("English says 1 day and 2 days, not day(s)", "[i18n]")
{
    i18n::Translations translations;
    translations.apply(i18n::Language::English);
    storage::AttentionItem item;
    item.rule = storage::AttentionRule::NoRecentMeeting;
    item.date = QDate(2026, 1, 5);
    item.number = 1;
    CHECK(item.text() == u"No meeting held for 1 day"_s);
    item.number = 20;
    CHECK(item.text() == u"No meeting held for 20 days"_s);
    translations.apply(i18n::Language::Danish);
    CHECK(item.text() == u"Intet møde holdt i 20 dage"_s);
}
