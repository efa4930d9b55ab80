#include "qtcatch.h"

#include "domain/sortkey.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

TEST_CASE("danishSortKey puts Ae Oe Aa after Z in Danish order", "[domain][sortkey]")
{
    const QString zebra = danishSortKey(u"Zebra"_s);
    const QString aeroe = danishSortKey(u"Ærø"_s);
    const QString oester = danishSortKey(u"Østergaard"_s);
    const QString aaberg = danishSortKey(u"Åberg"_s);
    CHECK(zebra < aeroe);
    CHECK(aeroe < oester);
    CHECK(oester < aaberg);
    CHECK(danishSortKey(u"Berg"_s) < zebra);
}

TEST_CASE("danishSortKey sorts a list of names in Danish order", "[domain][sortkey]")
{
    QStringList names = {u"Åberg"_s, u"Østergaard"_s, u"Zebra"_s, u"Ærø"_s, u"Aabenraa"_s, u"Berg"_s, u"ærlig"_s, u"Andersen"_s};
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return danishSortKey(a) < danishSortKey(b); });
    CHECK(names == QStringList{u"Andersen"_s, u"Berg"_s, u"Zebra"_s, u"ærlig"_s, u"Ærø"_s, u"Østergaard"_s, u"Aabenraa"_s, u"Åberg"_s});
}

TEST_CASE("danishSortKey treats aa as the letter aa-ring", "[domain][sortkey]")
{
    CHECK(danishSortKey(u"Aabenraa"_s) == danishSortKey(u"Åbenrå"_s));
    CHECK(danishSortKey(u"Aabenraa"_s) > danishSortKey(u"Østergaard"_s));
    CHECK(danishSortKey(u"Aalborg"_s) > danishSortKey(u"Zealand"_s));
}

TEST_CASE("danishSortKey ignores case and extra spaces", "[domain][sortkey]")
{
    CHECK(danishSortKey(u"SØREN ÆRØ"_s) == danishSortKey(u"søren ærø"_s));
    CHECK(danishSortKey(u"  Søren   Ærø "_s) == danishSortKey(u"søren ærø"_s));
    CHECK(danishSortKey(u"Berg"_s) == danishSortKey(u"berg"_s));
}

TEST_CASE("danishSortKey folds other accents", "[domain][sortkey]")
{
    CHECK(danishSortKey(u"André"_s) == danishSortKey(u"andre"_s));
    CHECK(danishSortKey(u"Hélène"_s) == danishSortKey(u"helene"_s));
    // German umlauts sort with their Danish counterparts, ü with y.
    CHECK(danishSortKey(u"Bäk"_s) == danishSortKey(u"Bæk"_s));
    CHECK(danishSortKey(u"Schröder"_s) == danishSortKey(u"Schrøder"_s));
    CHECK(danishSortKey(u"Müller"_s) == danishSortKey(u"Myller"_s));
    // é is an e, not a letter after z.
    CHECK(danishSortKey(u"Émile"_s) < danishSortKey(u"Frederik"_s));
}

TEST_CASE("personSortKey orders by last name then first name", "[domain][sortkey]")
{
    CHECK(personSortKey(u"Zoe"_s, u"Berg"_s) < personSortKey(u"Anne"_s, u"Ærø"_s));
    CHECK(personSortKey(u"Anne"_s, u"Berg"_s) < personSortKey(u"Zoe"_s, u"Berg"_s));
    // A short last name before a longer one that starts the same way.
    CHECK(personSortKey(u"Zoe"_s, u"Berg"_s) < personSortKey(u"Anne"_s, u"Bergmann"_s));
    CHECK(personSortKey(u"Åse"_s, u"Holm"_s) > personSortKey(u"Ørnulf"_s, u"Holm"_s));
}
