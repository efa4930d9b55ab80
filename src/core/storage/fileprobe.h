#pragma once

#include <QString>

namespace mentordesk::storage {

// What a file on disk is, found out read-only so that nothing is changed before we know.
struct FileProbe {
    enum class Kind { Missing, Empty, MentorDesk, NotADatabase, ForeignDatabase, Damaged, Unreadable };
    Kind kind = Kind::Missing;
    int userVersion = 0;
    QString detail;  // the driver's text, for the log only

    static FileProbe inspect(const QString &path);
};

} // namespace mentordesk::storage
