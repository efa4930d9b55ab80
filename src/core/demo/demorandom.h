#pragma once

#include <QStringList>
#include <random>

namespace mentordesk::demo {

// A seeded random source whose results are the same on every platform: std::mt19937_64's
// sequence is fixed by the standard, but the standard distributions are not, so we map the
// raw numbers ourselves.
class DemoRandom {
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    int between(int low, int high)  // inclusive
    {
        return low + static_cast<int>(m_engine() % static_cast<quint64>(high - low + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    const QString &pick(const QStringList &values) { return values.at(between(0, int(values.size()) - 1)); }
    QStringList pickSome(const QStringList &values, int low, int high)
    {
        QStringList chosen;
        const int n = between(low, high);
        for (int i = 0; i < n * 3 && chosen.size() < n; ++i)
            if (const QString &v = pick(values); !chosen.contains(v))
                chosen << v;
        return chosen;
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace mentordesk::demo
