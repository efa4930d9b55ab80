#pragma once

// Runs a test in a given local time zone (TZ), restoring the previous one afterwards, so that
// "today" in Denmark can differ from the UTC date as it does every night after midnight.

#include <QByteArray>
#include <QtGlobal>
#include <ctime>

namespace mentordesk::testing {

class LocalTimeZone {
public:
    explicit LocalTimeZone(const char *zone) : m_hadOld(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalTimeZone()
    {
        if (m_hadOld)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    LocalTimeZone(const LocalTimeZone &) = delete;
    LocalTimeZone &operator=(const LocalTimeZone &) = delete;

private:
    bool m_hadOld;
    QByteArray m_old;
};

// 00:30 in Copenhagen on 15 June 2024 (summer time, UTC+2): still 14 June in UTC.
inline QDateTime justAfterDanishMidnight()
{
    return QDateTime(QDate(2024, 6, 14), QTime(22, 30), Qt::UTC);
}

} // namespace mentordesk::testing
