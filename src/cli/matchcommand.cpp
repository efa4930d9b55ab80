#include "matchcommand.h"

#include "cli.h"

#include "matching/bulkassignment.h"
#include "matching/matchingloader.h"
#include "storage/matchworkflow.h"
#include "storage/schemerepository.h"

#include <QDir>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace mentordesk::matching;
using namespace mentordesk::storage;

namespace mentordesk::cli {

namespace {

// Writes `lines` under `header` as a ';'-separated file with LF line ends and no BOM: the dump
// is for scripts and other solvers, and its headers are a contract.
bool writeDump(const QString &path, const QString &header, const QStringList &lines, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray bytes = header.toUtf8() + '\n';
    for (const QString &line : lines)
        bytes += line.toUtf8() + '\n';
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

int MatchCommand::run(Database &db, const MatchOptions &options)
{
    if (options.schemeId && !SchemeRepository(db).find(*options.schemeId)) {
        m_err << tr("There is no scheme with id %1.").arg(*options.schemeId) << Qt::endl;
        return kFailed;
    }
    const MatchingLoader loader(db);
    const MatchingData data = loader.openMentees(options.schemeId);
    BulkChoices choices;
    choices.skippedMentees = loader.menteesWithOpenProposal(data);
    if (!choices.skippedMentees.isEmpty())
        m_err << tr("%n mentee(s) with an open proposal are left out; decide those proposals first.", nullptr,
                    int(choices.skippedMentees.size()))
              << Qt::endl;
    const BulkResult result = runBulkAssignment(data, choices);
    if (!result.ok()) {
        m_err << result.error << Qt::endl;
        return kFailed;
    }

    if (!options.dumpDir.isEmpty()) {
        if (!QDir().mkpath(options.dumpDir)) {
            m_err << tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(options.dumpDir)) << Qt::endl;
            return kFailed;
        }
        QStringList scores, capacities, assignment;
        for (const ScoredPair &pair : result.problem.pairs)
            scores << u"%1;%2;%3"_s.arg(data.mentees.at(pair.mentee).id).arg(data.mentors.at(pair.mentor).id).arg(pair.score);
        for (qsizetype mentor = 0; mentor < data.mentors.size(); ++mentor)
            capacities << u"%1;%2"_s.arg(data.mentors.at(mentor).id).arg(result.problem.freePlaces.at(mentor));
        for (const BulkProposal &p : result.proposals)
            assignment << u"%1;%2;%3"_s.arg(data.mentees.at(p.mentee).id).arg(data.mentors.at(p.mentor).id).arg(p.explanation.score);
        const QDir dir(options.dumpDir);
        QString error;
        for (const auto &[name, header, lines] : {std::tuple{u"scores.csv"_s, u"mentee_id;mentor_id;score"_s, scores},
                                                  std::tuple{u"capacities.csv"_s, u"mentor_id;free_capacity"_s, capacities},
                                                  std::tuple{u"assignment.csv"_s, u"mentee_id;mentor_id;score"_s, assignment}}) {
            if (!writeDump(dir.filePath(name), header, lines, &error)) {
                m_err << tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(dir.filePath(name)), error) << Qt::endl;
                return kFailed;
            }
        }
    }

    const int open = int(data.mentees.size()) - int(choices.skippedMentees.size());
    // Result lines are for scripts, like import's: always English.
    m_out << u"matched %1 of %2 mentees, total score %3"_s.arg(result.matched).arg(open).arg(result.totalScore) << Qt::endl;
    for (const UnmatchedMentee &u : result.unmatched)
        m_err << tr("Mentee %1 unmatched: %2").arg(data.mentees.at(u.mentee).id).arg(u.text) << Qt::endl;

    if (options.propose) {
        const auto stored = MatchWorkflow(db).proposeAll(proposalsOf(data, result));
        if (!stored) {
            m_err << stored.error() << Qt::endl;
            return kFailed;
        }
        m_out << u"proposed %1"_s.arg(stored->size()) << Qt::endl;
    }
    return kOk;
}

} // namespace mentordesk::cli
