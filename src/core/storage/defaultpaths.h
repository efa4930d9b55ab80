#pragma once

#include <QString>

namespace mentordesk::storage {

// The database file used when no --db is given: mentordesk.sqlite in the user's app-data folder
// (on Linux ~/.local/share/MentorDesk/mentordesk/). The GUI and the CLI agree on it because
// both set the same organisation and application names before asking.
QString defaultDatabasePath();
// Where the rotating log files go: the app-data folder's logs/.
QString defaultLogDirectory();

} // namespace mentordesk::storage
