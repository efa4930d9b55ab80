#pragma once

#include "domain/recordmeta.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace mentordesk::cli {

struct MatchOptions {
    std::optional<mentordesk::domain::Id> schemeId;  // none: every scheme
    QString dumpDir;                     // empty: no dump
    bool propose = false;
};

// `mentordesk-cli match`: the optimal bulk assignment of the open mentees, printed, optionally
// dumped as CSV (scores.csv, capacities.csv, assignment.csv) and stored as proposals.
class MatchCommand {
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)
public:
    MatchCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    // Returns an ExitCode.
    int run(storage::Database &db, const MatchOptions &options);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mentordesk::cli
