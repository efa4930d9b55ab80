#pragma once

#include <QString>
#include <QtGlobal>

#include <array>

namespace mentordesk::gui {

// The logbook's tags (domain::LogTag flags) with the names the forms and lists show.
struct LogbookTag {
    quint8 flag;
    QString objectName;  // of the tag's check box
};

const std::array<LogbookTag, 4> &logbookTags();
// The tag's name in the user's language.
QString logbookTagLabel(quint8 flag);
// The set tags of `tags`, comma separated, for a list cell.
QString logbookTagsText(quint8 tags);

} // namespace mentordesk::gui
