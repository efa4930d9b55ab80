#pragma once

#include <QString>

namespace mentordesk::logging {

// Sets up the rotating log file (2 MB × 3) in `directory` as spdlog's default logger and routes
// Qt's messages (qDebug … qFatal, with their category) into it. Only the app and the CLI call
// this; tests leave Qt's messages on stderr. Returns the log file's path, or an empty string
// when the folder cannot be written, in which case messages keep going to stderr.
QString setupLogging(const QString &directory, const QString &fileName);

} // namespace mentordesk::logging
