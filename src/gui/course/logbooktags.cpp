#include "logbooktags.h"

#include "domain/logbookentry.h"

#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

const std::array<LogbookTag, 4> &logbookTags()
{
    static const std::array<LogbookTag, 4> tags{{
        {LogDecision, u"tagDecision"_s},
        {LogProgress, u"tagProgress"_s},
        {LogSmallWin, u"tagSmallWin"_s},
        {LogTurningPoint, u"tagTurningPoint"_s},
    }};
    return tags;
}

QString logbookTagLabel(quint8 flag)
{
    switch (flag) {
    case LogDecision:
        return QCoreApplication::translate("LogbookTags", "Decision");
    case LogProgress:
        return QCoreApplication::translate("LogbookTags", "Progress");
    case LogSmallWin:
        return QCoreApplication::translate("LogbookTags", "Small win");
    case LogTurningPoint:
        return QCoreApplication::translate("LogbookTags", "Turning point");
    default:
        return {};
    }
}

QString logbookTagsText(quint8 tags)
{
    QStringList names;
    for (const LogbookTag &tag : logbookTags())
        if (tags & tag.flag)
            names << logbookTagLabel(tag.flag);
    return names.join(u", "_s);
}

} // namespace mentordesk::gui
