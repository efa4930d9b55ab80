#include "problemcheck.h"

#include <QCoreApplication>

namespace mentordesk::matching {

namespace {

// What to say when a pair or a pin names somebody not in the problem.
struct UnknownIndexMessages {
    const char *mentee;
    const char *mentor;
};
constexpr UnknownIndexMessages kPairMessages{
    QT_TRANSLATE_NOOP("AssignmentSolver", "A pair refers to mentee %1, who is not in the problem."),
    QT_TRANSLATE_NOOP("AssignmentSolver", "A pair refers to mentor %1, who is not in the problem."),
};
constexpr UnknownIndexMessages kPinMessages{
    QT_TRANSLATE_NOOP("AssignmentSolver", "A pin refers to mentee %1, who is not in the problem."),
    QT_TRANSLATE_NOOP("AssignmentSolver", "A pin refers to mentor %1, who is not in the problem."),
};

// The indices and score of a pair or a pin.
template <typename PairOrPin>
QString entryError(const AssignmentProblem &problem, const PairOrPin &entry, const UnknownIndexMessages &messages)
{
    if (entry.mentee < 0 || entry.mentee >= problem.menteeCount)
        return QCoreApplication::translate("AssignmentSolver", messages.mentee).arg(entry.mentee);
    if (entry.mentor < 0 || entry.mentor >= problem.freePlaces.size())
        return QCoreApplication::translate("AssignmentSolver", messages.mentor).arg(entry.mentor);
    if (entry.score < 0 || entry.score > kMaxScore)
        return QCoreApplication::translate("AssignmentSolver", "Score %1 is outside the range 0 to %2.")
            .arg(entry.score)
            .arg(kMaxScore);
    return {};
}

QString pinsError(const AssignmentProblem &problem)
{
    QList<bool> menteePinned(problem.menteeCount, false);
    QList<int> pinsPerMentor(problem.freePlaces.size(), 0);
    for (const PinnedPair &pin : problem.pins) {
        if (QString error = entryError(problem, pin, kPinMessages); !error.isEmpty())
            return error;
        if (menteePinned.at(pin.mentee))
            return QCoreApplication::translate("AssignmentSolver", "Mentee %1 is pinned more than once.").arg(pin.mentee);
        menteePinned[pin.mentee] = true;
        ++pinsPerMentor[pin.mentor];
    }
    for (int mentor = 0; mentor < pinsPerMentor.size(); ++mentor) {
        if (pinsPerMentor.at(mentor) > problem.freePlaces.at(mentor))
            return QCoreApplication::translate("AssignmentSolver", "Mentor %1 has more pinned mentees (%2) than free places (%3).")
                .arg(mentor)
                .arg(pinsPerMentor.at(mentor))
                .arg(problem.freePlaces.at(mentor));
    }
    return {};
}

} // namespace

QString problemError(const AssignmentProblem &problem)
{
    if (problem.menteeCount < 0)
        return QCoreApplication::translate("AssignmentSolver", "The number of mentees cannot be negative.");
    for (int mentor = 0; mentor < problem.freePlaces.size(); ++mentor) {
        if (problem.freePlaces.at(mentor) < 0)
            return QCoreApplication::translate("AssignmentSolver", "Mentor %1 has a negative number of free places.").arg(mentor);
    }
    for (const ScoredPair &pair : problem.pairs) {
        if (QString error = entryError(problem, pair, kPairMessages); !error.isEmpty())
            return error;
    }
    return pinsError(problem);
}

} // namespace mentordesk::matching
