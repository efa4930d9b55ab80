#include "postcodearea.h"

#include <array>
#include <cstdlib>

namespace mentordesk::matching {

namespace {

// The regions of postcode ranges, from PostNord's numbering plan: Zealand and the islands
// 0–4, Funen 5, Jutland 6–9, with the ranges where a municipality lies in another region
// than its neighbours (e.g. Greve 2670–2690 in Zealand, Ringkøbing-Skjern 6900–6990 in
// Central Denmark, Thy 7700–7770 and Mors 79xx in North Denmark). Sorted by first postcode;
// each range runs to the next one's start.
struct RangeStart {
    int from;
    Region region;
};
constexpr std::array kRanges = {
    RangeStart{800, Region::Capital},          RangeStart{2670, Region::Zealand},
    RangeStart{2700, Region::Capital},         RangeStart{4000, Region::Zealand},
    RangeStart{5000, Region::SouthernDenmark}, RangeStart{6900, Region::CentralDenmark},
    RangeStart{7000, Region::SouthernDenmark}, RangeStart{7330, Region::CentralDenmark},
    RangeStart{7700, Region::NorthDenmark},    RangeStart{7790, Region::CentralDenmark},
    RangeStart{7900, Region::NorthDenmark},    RangeStart{8000, Region::CentralDenmark},
    RangeStart{9000, Region::NorthDenmark},
};

} // namespace

std::optional<PostcodeArea> PostcodeAreas::of(const QString &postcode)
{
    bool ok = false;
    const QString trimmed = postcode.trimmed();
    const int number = trimmed.toInt(&ok);
    if (!ok || trimmed.size() != 4 || number < 800 || number > 9990 || (number >= 3900 && number < 4000))
        return std::nullopt;
    Region region = Region::Capital;
    for (const RangeStart &range : kRanges)
        if (number >= range.from)
            region = range.region;
    return PostcodeArea{number, number / 100, region};
}

float PostcodeAreas::nearness(const PostcodeArea &a, const PostcodeArea &b)
{
    if (a.postcode == b.postcode)
        return 1.0f;
    if (a.region != b.region)
        return 0.0f;
    const int districts = std::abs(a.district - b.district);
    return districts == 0 ? 0.8f : districts == 1 ? 0.6f : 0.3f;
}

QString PostcodeAreas::regionName(Region region)
{
    switch (region) {
    case Region::Capital: return tr("the Capital Region");
    case Region::Zealand: return tr("Region Zealand");
    case Region::SouthernDenmark: return tr("the Region of Southern Denmark");
    case Region::CentralDenmark: return tr("the Central Denmark Region");
    case Region::NorthDenmark: return tr("the North Denmark Region");
    }
    return {};
}

} // namespace mentordesk::matching
