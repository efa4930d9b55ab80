#include "availability.h"

#include <bit>

namespace mentordesk::domain {

int Availability::slotCount() const
{
    return std::popcount(m_bits);
}

} // namespace mentordesk::domain
