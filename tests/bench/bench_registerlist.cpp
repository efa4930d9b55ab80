// The mentee register at 100,000 rows: first page, a re-sort by three columns and a one-letter
// search, each timed through the list model (count(*) + the first page of 256 rows) as the
// view sees it. Median of 5 runs each.
// Run: build-release/bin/bench_registerlist [--keep <file>]   (--keep leaves the database there)
#include "models/menteelistmodel.h"

#include "demo/demorandom.h"
#include "demo/demovocabulary.h"
#include "domain/mentee.h"
#include "domain/scheme.h"
#include "storage/listqueries.h"
#include "storage/menteerepository.h"
#include "storage/schemerepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using gui::MenteeListModel;
namespace vocab = mentordesk::demo::vocabulary;

namespace {

constexpr int kMentees = 100000;
constexpr int kRuns = 5;
constexpr double kTargetMs = 100;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

[[noreturn]] void fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    std::exit(1);
}

// Realistic mentees, inserted through the repository (validation, sort key, search index and
// audit as in the program) inside one outer transaction.
void fill(storage::Database &db)
{
    storage::WriteTransaction tx(db);
    if (!tx.begun())
        fail(u"cannot begin the write transaction"_s);
    QList<domain::Id> schemes;
    for (const QString &name : {u"LAB mentorstøtte (§ 31b)"_s, u"Ret og pligt-mentor (§ 93)"_s,
                                u"Erhvervsskolens mentorordning"_s, u"Frivillig integrationsmentor"_s}) {
        domain::Scheme s;
        s.name = name;
        s.context = domain::SchemeContext::Jobcentre;
        const auto id = storage::SchemeRepository(db).add(s);
        if (!id)
            fail(id.error());
        schemes << *id;
    }
    demo::DemoRandom rng(2026);
    storage::MenteeRepository repo(db);
    const QDate today = QDate::currentDate();
    const auto &groups = domain::enumEntries<domain::TargetGroup>();
    const auto &statuses = domain::enumEntries<domain::MenteeStatus>();
    for (int i = 0; i < kMentees; ++i) {
        const bool immigrant = rng.chance(30);
        const bool female = rng.chance(50);
        domain::Mentee m;
        m.firstName = rng.pick(immigrant ? (female ? vocab::kImmigrantFemaleNames : vocab::kImmigrantMaleNames)
                                         : (female ? vocab::kFemaleNames : vocab::kMaleNames));
        m.lastName = rng.pick(immigrant ? vocab::kImmigrantLastNames : vocab::kLastNames);
        m.email = u"%1.%2%3@example.dk"_s.arg(m.firstName.toLower(), m.lastName.toLower()).arg(i).remove(u' ');
        m.phone = u"%1 %2 %3 %4"_s.arg(rng.between(20, 99)).arg(rng.between(10, 99)).arg(rng.between(10, 99)).arg(rng.between(10, 99));
        m.postcode = rng.pick(vocab::kPostcodes).left(4);
        m.languages = rng.pickSome(vocab::kLanguages, 1, 3);
        m.interests = rng.pickSome(vocab::kInterests, 0, 3);
        m.schemeId = schemes.at(rng.between(0, int(schemes.size()) - 1));
        m.targetGroup = groups.at(rng.between(0, int(groups.size()) - 1)).value;
        m.registeredOn = today.addDays(-rng.between(0, 1500));
        m.status = statuses.at(rng.between(0, int(statuses.size()) - 1)).value;
        if (const auto id = repo.add(m); !id)
            fail(id.error());
    }
    if (!tx.commit())
        fail(u"commit failed"_s);
}

struct Figure {
    QString what;
    QList<double> ms;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.size() % 2 ? values.at(values.size() / 2)
                             : (values.at(values.size() / 2 - 1) + values.at(values.size() / 2)) / 2;
}

// Runs `prepare` (untimed), then times `work`, kRuns times.
Figure measure(const QString &what, const std::function<void()> &prepare, const std::function<void()> &work)
{
    Figure f{what, {}};
    for (int i = 0; i < kRuns; ++i) {
        prepare();
        QElapsedTimer timer;
        timer.start();
        work();
        f.ms << double(timer.nsecsElapsed()) / 1e6;
    }
    return f;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 1 : 0);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"mentordesk.*.info=false"_s);
    QTemporaryDir dir;
    const QStringList args = app.arguments();
    const qsizetype keep = args.indexOf(u"--keep"_s);
    const QString path = keep > 0 && keep + 1 < args.size() ? args.at(keep + 1) : dir.filePath(u"register.sqlite"_s);
    QFile::remove(path);

    storage::OpenResult opened = storage::Database::open(path, storage::Database::Mode::CreateIfMissing);
    if (!opened.ok())
        fail(opened.message);
    storage::Database &db = *opened.database;
    QElapsedTimer fillTimer;
    fillTimer.start();
    fill(db);
    out() << "Filled " << kMentees << " mentees in " << fillTimer.elapsed() << " ms\n";

    storage::ListQueries queries(db);
    QList<Figure> figures;
    figures << measure(u"First page of the mentee list (construct model: count + 256 rows)"_s, [] {},
                       [&] { MenteeListModel model(queries); });

    MenteeListModel model(queries);
    const QList<std::pair<MenteeListModel::Column, QString>> columns = {
        {MenteeListModel::Name, u"name (descending)"_s},
        {MenteeListModel::Scheme, u"scheme"_s},
        {MenteeListModel::Registered, u"registered"_s},
    };
    for (const auto &[column, name] : columns) {
        const Qt::SortOrder order = column == MenteeListModel::Name ? Qt::DescendingOrder : Qt::AscendingOrder;
        figures << measure(u"Re-sort by "_s + name, [&] { model.sort(MenteeListModel::Name, Qt::AscendingOrder); },
                           [&] { model.sort(column, order); });
    }
    model.sort(MenteeListModel::Name, Qt::AscendingOrder);

    storage::MenteeFilter oneLetter;
    oneLetter.search = u"a"_s;
    figures << measure(u"Search for one typed letter \"a\" (count + first page)"_s, [&] { model.setFilter({}); },
                       [&] { model.setFilter(oneLetter); });
    const int oneLetterRows = model.totalCount();
    storage::MenteeFilter twoLetters;
    twoLetters.search = u"an"_s;
    figures << measure(u"Search narrowed by a second letter \"an\""_s, [&] { model.setFilter(oneLetter); },
                       [&] { model.setFilter(twoLetters); });
    figures << measure(u"Re-sort by registered while searching \"a\""_s,
                       [&] {
                           model.setFilter(oneLetter);
                           model.sort(MenteeListModel::Name, Qt::AscendingOrder);
                       },
                       [&] { model.sort(MenteeListModel::Registered, Qt::AscendingOrder); });

    out() << "\n| what | target | median of " << kRuns << " | min – max |\n|---|---|---|---|\n";
    bool allMet = true;
    for (const Figure &f : figures) {
        const double med = median(f.ms);
        allMet = allMet && med < kTargetMs;
        out() << "| " << f.what << " | < " << kTargetMs << " ms | " << ms(med) << " ms | "
              << ms(*std::min_element(f.ms.begin(), f.ms.end())) << " – " << ms(*std::max_element(f.ms.begin(), f.ms.end()))
              << " ms |\n";
    }
    out() << "\nRows: " << model.unfilteredCount() << " not archived of " << kMentees << "; \"a\" matches "
          << oneLetterRows << ".\n";
    out() << (allMet ? "All targets met.\n" : "A target was missed.\n");
    out().flush();
    return allMet ? 0 : 2;
}
