#pragma once

// Runs mentordesk-cli's commands in the test process, catching what they print.

#include "qtcatch.h"

#include "cli.h"

#include <QStringList>
#include <QTextStream>

namespace mentordesk::testing {

struct CliRun {
    int exitCode;
    QString out;
    QString err;
};

inline CliRun runCli(QStringList arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    arguments.prepend(QStringLiteral("mentordesk-cli"));
    const int code = cli::Cli(outStream, errStream).run(arguments);
    outStream.flush();
    errStream.flush();
    return {code, out, err};
}

} // namespace mentordesk::testing
