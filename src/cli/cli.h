#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace mentordesk::cli {

// Exit codes of mentordesk-cli, part of its contract.
enum ExitCode { kOk = 0, kFailed = 1, kUsage = 2 };

// The headless MentorDesk: parses the command line, opens the database and runs one command.
// Messages go to `out` and errors to `err`, translated into the user's language.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    int run(const QStringList &arguments);

private:
    int init(const QString &path);
    int generate(const QString &path, int mentors, int mentees, quint64 seed);
    int importFile(const QString &path, const QString &what, const QString &file, bool dryRun, bool ignoreUnknown);
    int agreement(const QString &path, const QStringList &arguments, const QString &pdf, const QString &dueDir,
                  const std::optional<QString> &language);
    int exportFile(const QString &path, const QString &what, const QString &file, const QString &dialect);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mentordesk::cli
