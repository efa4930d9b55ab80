// Courses at scale (issue 6): `generate --mentors 2000 --mentees 10000`, topped up to 200,000
// meetings and 100,000 logbook entries, then the needs-attention list, the course list with its
// hours gap, the full-text search of course material (a common and a rare word) and the hours
// per ISO week of one long course. Each figure is the median of 5 runs after one warm-up, on the
// main connection, with the day fixed to the data set's `today`.
// The data set is built once and kept in $TMPDIR (its name carries the schema version and a hash
// of the migrations and of a small run of the demo generator, so a changed schema or generator
// builds a new one).
// Run: build-release/bin/bench_courses [--rebuild] [--db FILE] [--only TEXT]
#include "demo/demodata.h"
#include "demo/demorandom.h"
#include "demo/demovocabulary.h"
#include "domain/enums.h"
#include "storage/attentionqueries.h"
#include "storage/bulkinsert.h"
#include "storage/database.h"
#include "storage/hoursqueries.h"
#include "storage/listqueries.h"
#include "storage/migrations.h"
#include "storage/searchrepository.h"
#include "storage/sqlvalues.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <functional>

using namespace Qt::StringLiterals;
using namespace mentordesk;
namespace vocab = mentordesk::demo::vocabulary;

namespace {

constexpr int kMentors = 2000;
constexpr int kMentees = 10000;
constexpr int kMeetings = 200'000;
constexpr int kLogbookEntries = 100'000;
constexpr int kRuns = 5;
// The data set's day: fixed, so the cached file stays valid and every run asks the same question.
const QDate kToday(2026, 11, 23);
// Occurs in tens of thousands of notes (the count is printed), and in only a handful.
const QString kCommonWord = u"bussen"_s;
const QString kRareWord = u"Brønderslev"_s;
constexpr int kSearchPage = 50;     // as SearchPanel
constexpr int kRareEvery = 12'000;  // every so many topped-up notes of held meetings mention the rare word

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

qint64 scalar(storage::Database &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        fail(u"query failed: "_s + q.lastError().text() + u" in "_s + sql);
    return q.value(0).toLongLong();
}

QDateTime fixedNow()
{
    return QDateTime(kToday, QTime(12, 0)).toUTC();
}

// What the cached file was built with: the schema version, and a hash of every migration
// statement and of what the demo generator writes for 4 mentors and 12 mentees (a second's
// work), so a changed schema or generator builds a new file instead of measuring an old one.
QString cacheTag()
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const storage::MigrationStep &step : storage::migrationSteps())
        for (const QString &statement : step.statements)
            hash.addData(statement.toUtf8());
    QTemporaryDir dir;
    {
        storage::OpenResult opened = storage::Database::open(dir.filePath(u"probe.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        if (!opened.ok())
            fail(opened.message);
        storage::Database &db = *opened.database;
        db.setCurrentUser(u"bench"_s);
        db.setClock(fixedNow);
        demo::DemoOptions options;
        options.mentors = 4;
        options.mentees = 12;
        options.today = kToday;
        if (const auto summary = demo::DemoDataGenerator(db).generate(options); !summary)
            fail(summary.error());
        QSqlQuery tables(db.connection());
        tables.setForwardOnly(true);
        if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_index%' ORDER BY name"_s))
            fail(u"cannot list the tables"_s);
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        for (const QString &name : names) {
            QSqlQuery rows(db.connection());
            rows.setForwardOnly(true);
            if (!rows.exec(u"SELECT * FROM \"%1\""_s.arg(name)))  // our own table names
                fail(u"cannot read "_s + name);
            hash.addData(name.toUtf8());
            while (rows.next())
                for (int i = 0; i < rows.record().count(); ++i)
                    hash.addData(rows.value(i).toString().toUtf8().append('\x1f'));
        }
    }
    return u"%1-%2"_s.arg(storage::latestSchemaVersion()).arg(QString::fromLatin1(hash.result().toHex().left(8)));
}

// Realistic note text: two to four sentences from the demo material, so the words of the
// common sentences occur in tens of thousands of notes and those of rare ones in a few.
class NoteWriter {
public:
    explicit NoteWriter(demo::DemoRandom &rng) : m_rng(rng)
    {
        for (const QString &note : vocab::kMeetingNotes)
            for (const QString &sentence : note.split(u". "_s, Qt::SkipEmptyParts))
                m_sentences << (sentence.endsWith(u'.') ? sentence : sentence + u'.');
        m_sentences << vocab::kLogbook << vocab::kNeeds;
        for (const QString &goal : vocab::kGoals)
            m_sentences << u"Arbejdede med målet: "_s + goal.at(0).toLower() + goal.mid(1) + u'.';
        for (const QString &interest : vocab::kInterests)
            m_sentences << u"Talte om %1 i fritiden."_s.arg(interest);
        // Towns for the occasional visit; the rare word is kept out of them.
        for (const QString &postcode : vocab::kPostcodes)
            if (const QString town = postcode.mid(5); !town.contains(kRareWord))
                m_towns << town;
    }

    QString note()
    {
        QStringList parts;
        for (int i = 0, n = m_rng.between(2, 4); i < n; ++i)
            parts << m_rng.pick(m_sentences);
        if (m_rng.chance(3))
            parts << u"Besøgte en virksomhed i %1."_s.arg(m_rng.pick(m_towns));
        return parts.join(u' ');
    }
    QString logbook()
    {
        QString text = m_rng.pick(vocab::kLogbook);
        if (m_rng.chance(40))
            text += u' ' + m_rng.pick(m_sentences);
        return text;
    }

private:
    demo::DemoRandom &m_rng;
    QStringList m_sentences;
    QStringList m_towns;
};

struct CourseSpan {
    domain::Id id;
    QDate start;
    int days;  // start to the earlier of planned end and today, inclusive
};

// Tops the demo data up to kMeetings meetings and kLogbookEntries logbook entries, spread over
// the courses in proportion to their length, dated within each course's span and never after
// `today`, written with multi-row inserts (the search index triggers index the notes).
void topUp(storage::Database &db)
{
    QList<CourseSpan> spans;
    QList<qint64> cumulative;  // running total of span days, to pick a course by its length
    {
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT id, start_date, planned_end_date FROM course ORDER BY id"_s))
            fail(u"cannot read the courses"_s);
        qint64 total = 0;
        while (q.next()) {
            const QDate start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            QDate end = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (!end.isValid() || end > kToday)
                end = kToday;
            if (!start.isValid() || start > end)
                continue;
            spans.append({q.value(0).toLongLong(), start, int(start.daysTo(end)) + 1});
            total += spans.last().days;
            cumulative << total;
        }
    }
    if (spans.isEmpty())
        fail(u"the demo data has no courses"_s);
    demo::DemoRandom rng(20261123);
    NoteWriter writer(rng);
    const auto pickCourse = [&]() -> const CourseSpan & {
        const qint64 day = qint64(rng.between(0, int(cumulative.last()) - 1));
        return spans.at(std::upper_bound(cumulative.begin(), cumulative.end(), day) - cumulative.begin());
    };
    const storage::WriteStamp stamp = db.writeStamp();
    const QVariant at = storage::sql::dateTime(stamp.at);
    const QVariant by = stamp.user;

    const qint64 meetingsToAdd = kMeetings - scalar(db, u"SELECT count(*) FROM meeting"_s);
    storage::BulkRows meetings({u"course_id"_s, u"date"_s, u"start"_s, u"minutes"_s, u"place"_s, u"form"_s, u"kind"_s,
                                u"status"_s, u"note"_s, u"before_next"_s, u"created_at"_s, u"created_by"_s,
                                u"updated_at"_s, u"updated_by"_s});
    meetings.reserve(std::max<qint64>(0, meetingsToAdd));
    qint64 heldNotes = 0;
    for (qint64 i = 0; i < meetingsToAdd; ++i) {
        const CourseSpan &course = pickCourse();
        const QDate date = course.start.addDays(rng.between(0, course.days - 1));
        const QTime start(rng.between(8, 16), rng.chance(50) ? 0 : 30);
        const domain::MeetingForm form = rng.chance(75) ? domain::MeetingForm::InPerson
                                         : rng.chance(60) ? domain::MeetingForm::Phone
                                         : rng.chance(80) ? domain::MeetingForm::Video
                                                          : domain::MeetingForm::Text;
        const int kindRoll = rng.between(1, 100);
        const domain::MeetingKind kind = kindRoll <= 88 ? domain::MeetingKind::Ordinary
                                         : kindRoll <= 94 ? domain::MeetingKind::Status
                                                          : domain::MeetingKind::ThreeParty;
        const int roll = rng.between(1, 100);
        const domain::MeetingStatus status = roll <= 84 ? domain::MeetingStatus::Held
                                             : roll <= 92 ? domain::MeetingStatus::CancelledByMentee
                                             : roll <= 96 ? domain::MeetingStatus::CancelledByMentor
                                                          : domain::MeetingStatus::NoShow;
        QVariant minutes, note, beforeNext;
        if (status == domain::MeetingStatus::Held) {
            minutes = 30 + 15 * rng.between(0, 6);
            QString text = writer.note();
            if (heldNotes++ % kRareEvery == kRareEvery / 2)
                text += u" Talte om et praktikforløb i %1."_s.arg(kRareWord);
            note = text;
            if (rng.chance(70))
                beforeNext = rng.pick(vocab::kBeforeNext);
        } else if (rng.chance(50)) {
            note = u"Aflyst møde, sygdom. Ny tid aftalt."_s;
        }
        meetings.append({course.id, storage::sql::date(date), storage::sql::time(start), minutes,
                         form == domain::MeetingForm::InPerson ? QVariant(rng.pick(vocab::kPlaces)) : QVariant(),
                         domain::toCode(form), domain::toCode(kind), domain::toCode(status), note, beforeNext, at, by, at,
                         by});
    }
    if (meetings.rowCount() > 0) {
        storage::BulkInsert insert(db, u"meeting"_s);
        if (insert.insert(meetings) <= 0)
            fail(u"meetings: "_s + insert.error());
    }

    const qint64 entriesToAdd = kLogbookEntries - scalar(db, u"SELECT count(*) FROM logbook_entry"_s);
    storage::BulkRows entries({u"course_id"_s, u"date"_s, u"author"_s, u"text"_s, u"tags"_s, u"shared_with_caseworker"_s,
                               u"created_at"_s, u"created_by"_s, u"updated_at"_s, u"updated_by"_s});
    entries.reserve(std::max<qint64>(0, entriesToAdd));
    for (qint64 i = 0; i < entriesToAdd; ++i) {
        const CourseSpan &course = pickCourse();
        const int roll = rng.between(1, 100);
        const domain::LogAuthor author = roll <= 65 ? domain::LogAuthor::Mentor
                                         : roll <= 90 ? domain::LogAuthor::Coordinator
                                                      : domain::LogAuthor::Mentee;
        entries.append({course.id, storage::sql::date(course.start.addDays(rng.between(0, course.days - 1))),
                        domain::toCode(author), writer.logbook(), rng.between(0, 15), rng.chance(40) ? 1 : 0, at, by, at,
                        by});
    }
    if (entries.rowCount() > 0) {
        storage::BulkInsert insert(db, u"logbook_entry"_s);
        if (insert.insert(entries) <= 0)
            fail(u"logbook entries: "_s + insert.error());
    }
}

// Builds the data set at `path` (through a temporary name, so a failed build is never cached).
void build(const QString &path)
{
    const QString building = path + u".building"_s;
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
        QFile::remove(building + suffix);
        QFile::remove(path + suffix);
    }
    QElapsedTimer timer;
    timer.start();
    {
        storage::OpenResult opened = storage::Database::open(building, storage::Database::Mode::CreateIfMissing);
        if (!opened.ok())
            fail(opened.message);
        storage::Database &db = *opened.database;
        db.setCurrentUser(u"bench"_s);
        db.setClock(fixedNow);
        demo::DemoOptions options;  // what `mentordesk-cli generate --mentors 2000 --mentees 10000` does
        options.mentors = kMentors;
        options.mentees = kMentees;
        options.today = kToday;
        const auto summary = demo::DemoDataGenerator(db).generate(options);
        if (!summary)
            fail(summary.error());
        out() << "Demo data (generate --mentors " << kMentors << " --mentees " << kMentees << "): " << summary->courses
              << " courses, " << summary->meetings << " meetings, " << summary->logbookEntries << " logbook entries in "
              << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
        QElapsedTimer topUpTimer;
        topUpTimer.start();
        storage::WriteTransaction tx(db);
        if (!tx.begun())
            fail(u"cannot begin the write transaction"_s);
        topUp(db);
        if (!tx.commit())
            fail(u"commit failed"_s);
        out() << "Top-up to " << kMeetings << " meetings and " << kLogbookEntries << " logbook entries (BulkInsert): "
              << QString::number(topUpTimer.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
    }
    QFile::remove(building + u".lock"_s);
    if (!QFile::rename(building, path))
        fail(u"cannot rename %1 to %2"_s.arg(building, path));
    out() << "Built " << path << " in " << QString::number(timer.elapsed() / 1000.0, 'f', 1) << " s" << Qt::endl;
}

struct Figure {
    QString what;
    double targetMs;  // 0: no target
    QList<double> ms;
    QList<double> cpuMs;  // this thread's CPU time: tells a slow query from a busy host
};

double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

QString g_only;  // --only TEXT: run just the figures whose name contains TEXT (for profiling)

// One untimed warm-up, then kRuns timed runs of `work`.
Figure measure(const QString &what, double targetMs, const std::function<void()> &work)
{
    Figure f{what, targetMs, {}, {}};
    if (!g_only.isEmpty() && !what.contains(g_only, Qt::CaseInsensitive))
        return f;
    work();
    for (int i = 0; i < kRuns; ++i) {
        const double cpu = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        work();
        f.ms << double(timer.nsecsElapsed()) / 1e6;
        f.cpuMs << threadCpuMs() - cpu;
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
    const QStringList args = app.arguments();
    const qsizetype dbArg = args.indexOf(u"--db"_s);
    const QString path = dbArg > 0 && dbArg + 1 < args.size()
                             ? args.at(dbArg + 1)
                             : QDir::temp().filePath(u"mentordesk-bench-courses-%1.sqlite"_s.arg(cacheTag()));
    if (const qsizetype only = args.indexOf(u"--only"_s); only > 0 && only + 1 < args.size())
        g_only = args.at(only + 1);
    if (args.contains(u"--rebuild"_s) || !QFileInfo::exists(path))
        build(path);
    else
        out() << "Cached data set: " << path << " (--rebuild builds it again)" << Qt::endl;

    storage::OpenResult opened = storage::Database::open(path, storage::Database::Mode::OpenExisting);
    if (!opened.ok())
        fail(opened.message);
    storage::Database &db = *opened.database;
    db.setCurrentUser(u"bench"_s);
    db.setClock(fixedNow);

    const qint64 courses = scalar(db, u"SELECT count(*) FROM course"_s);
    const qint64 meetings = scalar(db, u"SELECT count(*) FROM meeting"_s);
    const qint64 held = scalar(db, u"SELECT count(*) FROM meeting WHERE status = 'held'"_s);
    const qint64 entries = scalar(db, u"SELECT count(*) FROM logbook_entry"_s);
    const qint64 ftsRows = scalar(db, u"SELECT count(*) FROM search_index"_s);
    // Hits as the course-material search finds them: meeting notes, logbook entries and goals
    // with a word starting with the typed one.
    const auto hitsOf = [&](const QString &word) {
        return scalar(db, u"SELECT count(*) FROM search_index WHERE search_index MATCH ? AND rowid % 16 IN (3, 4, 5)"_s,
                      {storage::SearchRepository::toPhrasePrefixQuery(word)});
    };
    const qint64 commonHits = hitsOf(kCommonWord);
    const qint64 rareHits = hitsOf(kRareWord);
    out() << "Data set: " << courses << " courses, " << meetings << " meetings (" << held << " held), " << entries
          << " logbook entries, " << ftsRows << " search index rows, "
          << QString::number(QFileInfo(path).size() / 1e6, 'f', 0) << " MB; today " << kToday.toString(Qt::ISODate)
          << "\n";
    out() << "Search words: \"" << kCommonWord << "\" in " << commonHits << " index rows, \"" << kRareWord << "\" in "
          << rareHits << "\n";
    out().flush();

    QList<Figure> figures;

    // Needs attention: the list and the navigation's count, as the screen asks for them.
    storage::AttentionQueries attention(db);
    int attentionItems = 0, attentionCourses = 0;
    figures << measure(u"Needs attention: items + courseCount"_s, 200, [&] {
        const storage::AttentionThresholds limits = attention.thresholds();
        attentionItems = int(attention.items(kToday, limits).size());
        attentionCourses = attention.courseCount(kToday, limits);
    });
    figures << measure(u"  items alone (what the needs-attention panel runs; it counts the courses itself)"_s, 0,
                       [&] { attention.items(kToday, attention.thresholds()); });

    // The course list: first page of 256 sorted by hours (delivered ÷ granted) and the count.
    storage::ListQueries lists(db);
    int listRows = 0, listCount = 0, gapRows = 0, gapCount = 0;
    storage::CourseFilter open;
    figures << measure(u"Course list, open courses by hours gap: first 256 + count"_s, 200, [&] {
        listRows = int(lists.courses(open, kToday, 0, 256, storage::ListQueries::CourseColumn::Hours, Qt::AscendingOrder).size());
        listCount = lists.courseCount(open, kToday);
    });
    storage::CourseFilter gap;
    gap.onlyWithHoursGap = true;
    figures << measure(u"Course list, only with hours gap: first 256 + count"_s, 200, [&] {
        gapRows = int(lists.courses(gap, kToday, 0, 256, storage::ListQueries::CourseColumn::Hours, Qt::AscendingOrder).size());
        gapCount = lists.courseCount(gap, kToday);
    });

    // Full-text search of the course material: the first page as the search panel asks for it
    // (50 hits newest first, with the mentee's name, and the audit entries of the hits shown).
    storage::SearchRepository search(db);
    int commonPage = 0, rarePage = 0;
    const auto firstPage = [&](const QString &word) {
        const auto page = search.searchCourseMaterial(word, 0, kSearchPage);
        if (!page)
            fail(page.error());
        return int(page->hits.size());
    };
    figures << measure(u"Search \"%1\" (%2 hits), first page of %3"_s.arg(kCommonWord).arg(commonHits).arg(kSearchPage), 100,
                       [&] { commonPage = firstPage(kCommonWord); });
    figures << measure(u"Search \"%1\" (%2 hits), first page"_s.arg(kRareWord).arg(rareHits), 20,
                       [&] { rarePage = firstPage(kRareWord); });

    // Hours per ISO week of the longest course.
    const domain::Id longCourse = scalar(db, u"SELECT id FROM (SELECT ? AS t), course ORDER BY julianday(min(coalesce(planned_end_date, t), t))"
                                             " - julianday(start_date) DESC, id LIMIT 1"_s,
                                         {kToday.toString(Qt::ISODate)});
    storage::HoursQueries hours(db);
    int weekCount = 0;
    figures << measure(u"Hours per ISO week of the longest course (id %1)"_s.arg(longCourse), 0,
                       [&] { weekCount = int(hours.weeks(longCourse, kToday).size()); });

    out() << "\n| what | target | median of " << kRuns << " | min – max | CPU time, median |\n|---|---|---|---|---|\n";
    bool allMet = true;
    for (const Figure &f : figures) {
        if (f.ms.isEmpty())
            continue;
        const double med = median(f.ms);
        const bool met = f.targetMs <= 0 || med < f.targetMs;
        allMet = allMet && met;
        out() << "| " << f.what << " | " << (f.targetMs > 0 ? u"< %1 ms"_s.arg(f.targetMs) : u"—"_s) << " | " << ms(med)
              << " ms | " << ms(*std::min_element(f.ms.begin(), f.ms.end())) << " – "
              << ms(*std::max_element(f.ms.begin(), f.ms.end())) << " ms | " << ms(median(f.cpuMs)) << " ms |"
              << (met ? "" : " MISSED") << "\n";
    }
    out() << "\nResults: " << attentionItems << " attention items on " << attentionCourses << " courses; course list "
          << listRows << " of " << listCount << " rows, with hours gap " << gapRows << " of " << gapCount
          << "; search pages " << commonPage << " and " << rarePage << " hits; " << weekCount << " weeks.\n";
    out() << "Measured " << QDateTime::currentDateTime().toString(u"yyyy-MM-dd HH:mm"_s) << ".\n";
    out() << (allMet ? "All targets met.\n" : "A target was missed.\n");
    out().flush();
    return allMet ? 0 : 2;
}
