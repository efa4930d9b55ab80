#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mentordesk::matching {

// Denmark's five regions.
enum class Region { Capital, Zealand, SouthernDenmark, CentralDenmark, NorthDenmark };

// Where a Danish postcode lies, as far as the numbering plan tells: its postal district (the
// first two digits, neighbouring numbers are mostly neighbouring towns) and its region.
// No openly licensed table of postcode coordinates can be installed on the build machines
// (docs/data-sources.md), so distance is judged by these areas, not in kilometres.
struct PostcodeArea {
    int postcode = 0;
    int district = 0;  // postcode / 100
    Region region = Region::Capital;
};

class PostcodeAreas {
    Q_DECLARE_TR_FUNCTIONS(PostcodeAreas)
public:
    // Nothing for text that is not a postcode of Denmark proper (0800–9990 without Greenland's 39xx).
    static std::optional<PostcodeArea> of(const QString &postcode);
    // How near two areas are, 1 (same postcode) to 0 (another region).
    static float nearness(const PostcodeArea &a, const PostcodeArea &b);
    static QString regionName(Region region);
};

} // namespace mentordesk::matching
