// Matching benchmark (issue 5): scoring and optimal assignment of M1 300 × 100, M2 3,000 × 1,000
// and M3 10,000 × 1,000 (mentees × mentors, every mentor with 3 free places), median of 5, peak
// memory (measured before the baselines run; the instances run smallest first, so the figure
// after M3 is M3's), and the quality of the optimum against greedy and first-come-first-served.
// Run: build-release/bin/bench_matching
#include "matching/assignmentsolver.h"
#include "matching/bulkassignment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::matching;

namespace {

constexpr int kRuns = 5;

// People like the registers hold: a few common languages and many rarer ones, interests from a
// list of thirty, postcodes all over the country, a third with a preferred mentor gender.
MatchingData makeInstance(int menteeCount, int mentorCount, quint32 seed)
{
    QRandomGenerator random(seed);
    static const QStringList languages = {u"dansk"_s, u"engelsk"_s, u"arabisk"_s, u"tyrkisk"_s, u"somali"_s, u"tigrinya"_s,
                                          u"persisk"_s, u"polsk"_s, u"ukrainsk"_s, u"kurdisk"_s, u"urdu"_s, u"tysk"_s};
    QStringList interests;
    for (int i = 0; i < 30; ++i)
        interests << u"interesse%1"_s.arg(i);
    static const QList<int> postcodes = {1000, 2200, 2670, 3400, 4000, 4700, 5000, 5700, 6000, 6700, 7100, 7400,
                                         7700, 8000, 8200, 8600, 8900, 9000, 9400, 9800};
    auto pick = [&](const QStringList &from, int count) {
        QStringList chosen;
        while (chosen.size() < count) {
            // Skewed towards the first entries: Danish and English are far more common.
            const int index = int(std::min<qint64>(from.size() - 1, qint64(random.bounded(from.size()) * random.generateDouble())));
            if (!chosen.contains(from.at(index)))
                chosen << from.at(index);
        }
        return chosen;
    };
    auto postcode = [&] {
        return QString::number(postcodes.at(random.bounded(int(postcodes.size()))) + random.bounded(40));
    };
    QList<domain::Mentee> mentees;
    for (int i = 0; i < menteeCount; ++i) {
        domain::Mentee m;
        m.id = i + 1;
        m.schemeId = 1;
        m.languages = pick(languages, 1 + random.bounded(3));
        m.danishLevel = static_cast<domain::DanishLevel>(random.bounded(5));
        m.interests = pick(interests, random.bounded(4));
        m.postcode = postcode();
        m.targetGroup = static_cast<domain::TargetGroup>(random.bounded(11));
        if (random.bounded(3) == 0)
            m.preferredMentorGender = static_cast<domain::Gender>(random.bounded(2));
        m.mentorGenderRequired = m.preferredMentorGender && random.bounded(4) == 0;
        m.availability = domain::Availability(random.generate() & 0x1FFFFF & random.generate());
        mentees << m;
    }
    QList<domain::Mentor> mentors;
    for (int j = 0; j < mentorCount; ++j) {
        domain::Mentor m;
        m.id = j + 1;
        m.capacity = 3;
        m.languages = pick(languages, 1 + random.bounded(3));
        m.interests = pick(interests, 1 + random.bounded(5));
        m.postcode = postcode();
        m.gender = static_cast<domain::Gender>(random.bounded(2));
        m.birthYear = 1950 + random.bounded(50);
        m.mentorType = static_cast<domain::MentorType>(random.bounded(7));
        m.availability = domain::Availability(random.generate() & 0x1FFFFF);
        mentors << m;
    }
    domain::Scheme scheme;
    scheme.id = 1;
    scheme.name = u"Benchmark"_s;
    MatchingContext context;
    context.today = QDate(2026, 11, 23);
    context.schemes = {scheme};
    return buildMatchingData(mentees, mentors, context);
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double peakMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

void runInstance(QTextStream &out, const QString &name, int mentees, int mentors)
{
    const MatchingData data = makeInstance(mentees, mentors, 20261123);
    QList<double> scoring, solving;
    AssignmentProblem problem;
    SolveResult solved;
    for (int run = 0; run < kRuns; ++run) {
        problem = {};  // as in one real run: not the last run's pairs beside the new ones
        QElapsedTimer timer;
        timer.start();
        problem = scoreProblem(data);
        scoring << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        solved = solveAssignment(problem);
        solving << double(timer.nsecsElapsed()) / 1e6;
    }
    if (!solved.ok()) {
        out << name << ": the solver failed: " << solved.error << Qt::endl;
        std::exit(1);
    }
    // Before the baselines, which sort every pair and are not part of a matching run.
    const double peak = peakMb();
    const Assignment greedy = greedyAssignment(problem);
    const Assignment fcfs = firstComeFirstServed(problem);
    const Assignment &best = solved.assignment;
    out << name << ' ' << mentees << " × " << mentors << ", " << problem.pairs.size() << " admissible pairs\n"
        << "  scoring " << QString::number(median(scoring), 'f', 1) << " ms, solving " << QString::number(median(solving), 'f', 1)
        << " ms, together " << QString::number(median(scoring) + median(solving), 'f', 1) << " ms (medians of " << kRuns
        << "), peak memory of the process so far " << QString::number(peak, 'f', 0) << " MB\n"
        << "  optimal: " << best.matched << " matched, total score " << best.totalScore << "\n"
        << "  greedy:  " << greedy.matched << " matched, total score " << greedy.totalScore << "\n"
        << "  first come, first served: " << fcfs.matched << " matched, total score " << fcfs.totalScore << "\n";
    const auto worse = [&](const Assignment &other) {
        return best.matched < other.matched || (best.matched == other.matched && best.totalScore < other.totalScore);
    };
    if (worse(greedy) || worse(fcfs)) {
        out << "  ERROR: the optimum is worse than a baseline" << Qt::endl;
        std::exit(1);
    }
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    runInstance(out, u"M1"_s, 300, 100);
    runInstance(out, u"M2"_s, 3000, 1000);
    runInstance(out, u"M3"_s, 10000, 1000);
    return 0;
}
