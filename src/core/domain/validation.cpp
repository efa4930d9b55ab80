#include "validation.h"

#include <QStringList>

namespace mentordesk::domain {

bool hasErrorFor(const Errors &errors, QStringView field)
{
    for (const auto &e : errors)
        if (e.field == field)
            return true;
    return false;
}

QString joinMessages(const Errors &errors)
{
    QStringList lines;
    for (const auto &e : errors)
        lines << e.message;
    return lines.join(u'\n');
}

} // namespace mentordesk::domain
