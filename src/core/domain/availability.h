#pragma once

#include <QtGlobal>

namespace mentordesk::domain {

// When a mentor can meet: a weekday × part-of-day grid stored as 21 bits
// (bit = day * 3 + part; day 0 = Monday, part 0 = morning, 1 = afternoon, 2 = evening).
class Availability {
public:
    static constexpr int kDays = 7;
    static constexpr int kParts = 3;

    Availability() = default;
    explicit Availability(quint32 bits) : m_bits(bits & kAllBits) {}

    bool isSet(int day, int part) const { return m_bits & bit(day, part); }
    void set(int day, int part, bool on) { on ? m_bits |= bit(day, part) : m_bits &= ~bit(day, part); }
    quint32 bits() const { return m_bits; }
    int slotCount() const;
    // Slots free in both, the basis of the matching criterion.
    int overlap(const Availability &other) const { return Availability(m_bits & other.m_bits).slotCount(); }

    friend bool operator==(const Availability &, const Availability &) = default;

private:
    static constexpr quint32 kAllBits = (1u << (kDays * kParts)) - 1;
    static quint32 bit(int day, int part) { return 1u << (day * kParts + part); }
    quint32 m_bits = 0;
};

} // namespace mentordesk::domain
