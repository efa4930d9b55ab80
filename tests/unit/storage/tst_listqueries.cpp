#include "coursefixture.h"
#include "dbfixture.h"
#include "records.h"

#include "storage/courseworkflow.h"
#include "storage/hoursqueries.h"
#include "storage/listqueries.h"
#include "storage/meetingrepository.h"
#include "storage/searchrepository.h"

#include <QMutex>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {

using MentorColumn = ListQueries::MentorColumn;
using MenteeColumn = ListQueries::MenteeColumn;

// Collects the warnings logged while it lives: a failed list query logs the driver's text and
// returns no rows, which a test must not mistake for "nothing matched".
class WarningLog {
public:
    WarningLog() { m_previous = qInstallMessageHandler(&WarningLog::handle); }
    ~WarningLog() { qInstallMessageHandler(m_previous); }
    WarningLog(const WarningLog &) = delete;
    WarningLog &operator=(const WarningLog &) = delete;
    QStringList take()
    {
        const QMutexLocker lock(&mutex());
        return std::exchange(messages(), {});
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type == QtWarningMsg || type == QtCriticalMsg) {
            const QMutexLocker lock(&mutex());
            messages() << message;
        }
    }
    static QStringList &messages()
    {
        static QStringList list;
        return list;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    QtMessageHandler m_previous = nullptr;
};

Mentor mentor(const QString &first, const QString &last, MentorType type, int capacity, MentorStatus status = MentorStatus::Active)
{
    Mentor m = validMentor(first, last);
    m.mentorType = type;
    m.capacity = capacity;
    m.status = status;
    m.email = first.toLower() + u"@example.dk"_s;
    return m;
}

Mentee mentee(Id schemeId, const QString &first, const QString &last, TargetGroup group, MenteeStatus status)
{
    Mentee m = validMentee(schemeId, first, last);
    m.targetGroup = group;
    m.status = status;
    return m;
}

// Two schemes, four mentors and four mentees, one of each archived. Bjørn is full (capacity 1,
// one approved match); Søren only has a proposed match, which does not take a place. Jens has
// an active course, Anna a planned one.
struct Registers {
    TestDatabase t;
    Id volunteerScheme = 0, jobScheme = 0;
    Id soeren = 0, bjoern = 0, annaMentor = 0, karl = 0;
    Id mette = 0, jens = 0, annaMentee = 0, ole = 0;

    Registers()
    {
        volunteerScheme = addScheme(*t);
        Scheme job = validScheme(SchemeContext::Jobcentre);
        job.name = u"LAB mentorstøtte"_s;
        const auto jobId = SchemeRepository(*t).add(job);
        REQUIRE(jobId.ok());
        jobScheme = *jobId;

        Mentor m = mentor(u"Søren"_s, u"Ærø"_s, MentorType::Volunteer, 2);
        m.email = u"soeren.aeroe@example.dk"_s;
        m.phone = u"20 30 40 50"_s;
        m.postcode = u"8000"_s;
        m.languages = {u"dansk"_s, u"arabisk"_s};
        m.interests = {u"fodbold"_s};
        soeren = addMentor(*t, m);
        m = mentor(u"Bjørn"_s, u"Østergaard"_s, MentorType::Professional, 1);
        m.postcode = u"5000"_s;
        m.interests = {u"madlavning"_s};
        bjoern = addMentor(*t, m);
        m = mentor(u"Anna"_s, u"Aero"_s, MentorType::Student, 3, MentorStatus::Paused);
        m.postcode = u"8000"_s;
        annaMentor = addMentor(*t, m);
        m = mentor(u"Karl"_s, u"Arkiv"_s, MentorType::Volunteer, 2, MentorStatus::Archived);
        m.postcode = u"8000"_s;
        karl = addMentor(*t, m);

        Mentee e = mentee(volunteerScheme, u"Mette"_s, u"Ærø"_s, TargetGroup::RefugeeImmigrant, MenteeStatus::Waiting);
        e.postcode = u"8000"_s;
        e.languages = {u"arabisk"_s, u"dansk"_s};
        e.interests = {u"strikning"_s};
        mette = addMentee(*t, volunteerScheme, e);
        e = mentee(jobScheme, u"Jens"_s, u"Åberg"_s, TargetGroup::JobReady, MenteeStatus::InCourse);
        e.postcode = u"5000"_s;
        e.languages = {u"tigrinya"_s};
        jens = addMentee(*t, jobScheme, e);
        e = mentee(volunteerScheme, u"Anna"_s, u"Aero"_s, TargetGroup::JobReady, MenteeStatus::Matched);
        e.postcode = u"8200"_s;
        e.languages = {u"engelsk"_s};
        annaMentee = addMentee(*t, volunteerScheme, e);
        e = mentee(volunteerScheme, u"Ole"_s, u"Arkiv"_s, TargetGroup::RefugeeImmigrant, MenteeStatus::Archived);
        e.postcode = u"8000"_s;
        ole = addMentee(*t, volunteerScheme, e);

        approve(addMatch(*t, jens, bjoern));
        addMatch(*t, annaMentee, soeren);  // proposed only
        // Activation rules (grant, purpose, ...) are CourseRepository's business, tested there.
        const Id active = addCourse(*t, jens, jobScheme);
        REQUIRE(RawConnection(t.path).exec(u"UPDATE course SET status = 'active' WHERE id = ?"_s, {active}));
        addCourse(*t, annaMentee, volunteerScheme);
    }

    void approve(Id matchId)
    {
        Match match = *MatchRepository(*t).find(matchId);
        match.state = MatchState::Approved;
        match.decidedAt = fixedNow();
        match.decidedBy = u"coordinator1"_s;
        REQUIRE(MatchRepository(*t).update(match).ok());
    }

    QList<Id> mentors(const MentorFilter &filter, MentorColumn sort = MentorColumn::Name,
                      Qt::SortOrder order = Qt::AscendingOrder) const
    {
        QList<Id> ids;
        for (const MentorListRow &row : ListQueries(*t.db).mentors(filter, 0, 100, sort, order))
            ids << row.id;
        CHECK(ListQueries(*t.db).mentorCount(filter) == ids.size());
        return ids;
    }
    QList<Id> mentees(const MenteeFilter &filter, MenteeColumn sort = MenteeColumn::Name,
                      Qt::SortOrder order = Qt::AscendingOrder) const
    {
        QList<Id> ids;
        for (const MenteeListRow &row : ListQueries(*t.db).mentees(filter, 0, 100, sort, order))
            ids << row.id;
        CHECK(ListQueries(*t.db).menteeCount(filter) == ids.size());
        return ids;
    }
    QList<Id> menteesFound(const QString &search) const
    {
        MenteeFilter f;
        f.search = search;
        return mentees(f);
    }
    QList<Id> mentorsFound(const QString &search) const
    {
        MentorFilter f;
        f.search = search;
        return mentors(f);
    }
};

} // namespace

TEST_CASE("ListQueries searches mentees by part of a name, Danish letters, postcode and language", "[storage][lists]")
{
    Registers r;
    WarningLog warnings;
    using L = QList<Id>;
    CHECK(r.menteesFound(u"mett"_s) == L{r.mette});
    CHECK(r.menteesFound(u"mette ær"_s) == L{r.mette});  // every word, each a prefix
    CHECK(r.menteesFound(u"ær mette"_s) == L{r.mette});
    CHECK(r.menteesFound(u"ærø"_s) == L{r.mette});
    CHECK(r.menteesFound(u"ÆRØ"_s) == L{r.mette});
    CHECK(r.menteesFound(u"Ærø"_s) == L{r.mette});
    CHECK(r.menteesFound(u"å"_s) == L{r.jens});
    // Æ, Ø and Å are letters of their own: no folding to ASCII either way.
    CHECK(r.menteesFound(u"aero"_s) == L{r.annaMentee});
    CHECK(r.menteesFound(u"aberg"_s).isEmpty());
    CHECK(r.menteesFound(u"a"_s) == L{r.annaMentee, r.mette});  // Aero and arabisk, never Åberg
    CHECK(r.menteesFound(u"8000"_s) == L{r.mette});  // Ole lives there too, but is archived
    CHECK(r.menteesFound(u"80"_s) == L{r.mette});
    CHECK(r.menteesFound(u"820"_s) == L{r.annaMentee});
    CHECK(r.menteesFound(u"tigr"_s) == L{r.jens});
    CHECK(r.menteesFound(u"arabisk"_s) == L{r.mette});
    CHECK(r.menteesFound(u"strik"_s) == L{r.mette});  // interests
    CHECK(r.menteesFound(u"mette tigrinya"_s).isEmpty());
    CHECK(r.menteesFound(u"xyz"_s).isEmpty());
    CHECK(warnings.take().isEmpty());
}

TEST_CASE("ListQueries searches mentors by e-mail prefix, phone, postcode and interests", "[storage][lists]")
{
    Registers r;
    WarningLog warnings;
    using L = QList<Id>;
    CHECK(r.mentorsFound(u"soeren.aeroe@ex"_s) == L{r.soeren});
    CHECK(r.mentorsFound(u"soeren.aeroe@example.dk"_s) == L{r.soeren});
    CHECK(r.mentorsFound(u"bjørn@"_s) == L{r.bjoern});
    CHECK(r.mentorsFound(u"20 30"_s) == L{r.soeren});
    CHECK(r.mentorsFound(u"5000"_s) == L{r.bjoern});
    CHECK(r.mentorsFound(u"fodb"_s) == L{r.soeren});
    CHECK(r.mentorsFound(u"madl"_s) == L{r.bjoern});
    CHECK(r.mentorsFound(u"østerg"_s) == L{r.bjoern});
    CHECK(r.mentorsFound(u"ØSTERGAARD bjørn"_s) == L{r.bjoern});
    CHECK(r.mentorsFound(u"ostergaard"_s).isEmpty());
    // Kinds stay apart: Mette is a mentee, not a mentor.
    CHECK(r.mentorsFound(u"mette"_s).isEmpty());
    CHECK(warnings.take().isEmpty());
}

TEST_CASE("ListQueries never errors on quotes or FTS syntax typed by the user", "[storage][lists]")
{
    Registers r;
    WarningLog warnings;
    using L = QList<Id>;
    // Nothing searchable in the text: no rows, not every row.
    for (const QString &text : {u"\""_s, u"\"\""_s, u"*"_s, u"-"_s, u"("_s, u"'"_s, u"^"_s, u":"_s, u"\" *"_s}) {
        INFO(text.toStdString());
        CHECK(r.menteesFound(text).isEmpty());
        CHECK(r.mentorsFound(text).isEmpty());
    }
    // The words around the syntax still count.
    for (const QString &text : {u"\"ærø"_s, u"ærø\""_s, u"\"ærø\""_s, u"ærø*"_s, u"-ærø"_s, u"(ærø)"_s, u"ærø:"_s,
                                u"^ærø"_s, u"mette,ærø"_s, u"'mette'"_s}) {
        INFO(text.toStdString());
        CHECK(r.menteesFound(text) == L{r.mette});
    }
    // Operators are words to look for.
    for (const QString &text : {u"AND"_s, u"OR"_s, u"NOT"_s, u"NEAR("_s, u"mette AND"_s, u"mette OR jens"_s, u"mette NOT"_s})
        CHECK(r.menteesFound(text).isEmpty());
    // Blank text is no search at all.
    CHECK(r.menteesFound(u"   "_s).size() == 3);
    CHECK(warnings.take().isEmpty());
}

TEST_CASE("ListQueries hides archived people unless their status is chosen", "[storage][lists]")
{
    Registers r;
    using L = QList<Id>;
    CHECK(r.mentors({}) == L{r.annaMentor, r.soeren, r.bjoern});  // Danish order: Aero, Ærø, Østergaard
    CHECK(r.mentees({}) == L{r.annaMentee, r.mette, r.jens});
    MentorFilter archivedMentors;
    archivedMentors.status = MentorStatus::Archived;
    CHECK(r.mentors(archivedMentors) == L{r.karl});
    MentorFilter paused;
    paused.status = MentorStatus::Paused;
    CHECK(r.mentors(paused) == L{r.annaMentor});
    MentorFilter active;
    active.status = MentorStatus::Active;
    CHECK(r.mentors(active) == L{r.soeren, r.bjoern});
    MenteeFilter archivedMentees;
    archivedMentees.status = MenteeStatus::Archived;
    CHECK(r.mentees(archivedMentees) == L{r.ole});
    archivedMentees.search = u"8000"_s;
    CHECK(r.mentees(archivedMentees) == L{r.ole});
    CHECK(ListQueries(*r.t.db).mentorCount() == 3);
    CHECK(ListQueries(*r.t.db).menteeCount() == 3);
}

TEST_CASE("ListQueries filters mentors by type and free places, with search and sorting", "[storage][lists]")
{
    Registers r;
    using L = QList<Id>;
    MentorFilter f;
    f.type = MentorType::Volunteer;
    CHECK(r.mentors(f) == L{r.soeren});  // Karl is archived
    f.type = MentorType::Student;
    CHECK(r.mentors(f) == L{r.annaMentor});
    f.type = MentorType::Teacher;
    CHECK(r.mentors(f).isEmpty());

    MentorFilter free;
    free.onlyWithFreeCapacity = true;
    CHECK(r.mentors(free) == L{r.annaMentor, r.soeren});  // Bjørn's one place is taken
    free.search = u"8000"_s;
    CHECK(r.mentors(free) == L{r.annaMentor, r.soeren});
    free.search = u"fodbold"_s;
    CHECK(r.mentors(free) == L{r.soeren});
    free.search = u"madlavning"_s;
    CHECK(r.mentors(free).isEmpty());
    free.search = u"8000"_s;
    free.type = MentorType::Student;
    CHECK(r.mentors(free) == L{r.annaMentor});
    free.status = MentorStatus::Active;
    CHECK(r.mentors(free).isEmpty());

    MentorFilter sorted;
    sorted.onlyWithFreeCapacity = true;
    CHECK(r.mentors(sorted, MentorColumn::Capacity, Qt::DescendingOrder) == L{r.annaMentor, r.soeren});
    CHECK(r.mentors(sorted, MentorColumn::Capacity, Qt::AscendingOrder) == L{r.soeren, r.annaMentor});
    CHECK(r.mentors(sorted, MentorColumn::Name, Qt::DescendingOrder) == L{r.soeren, r.annaMentor});
    sorted.search = u"dk"_s;  // every e-mail address
    CHECK(r.mentors(sorted, MentorColumn::Type, Qt::AscendingOrder) == L{r.annaMentor, r.soeren});  // student < volunteer
    CHECK(r.mentors(sorted, MentorColumn::Type, Qt::DescendingOrder) == L{r.soeren, r.annaMentor});

    const QList<MentorListRow> rows = ListQueries(*r.t.db).mentors(sorted, 0, 10, MentorColumn::Name, Qt::AscendingOrder);
    REQUIRE(rows.size() == 2);
    CHECK(rows.at(1).name == u"Ærø, Søren"_s);
    CHECK(rows.at(1).capacity == 2);
    CHECK(rows.at(1).activeMentees == 0);
}

TEST_CASE("ListQueries filters mentees by target group, scheme, status and active course", "[storage][lists]")
{
    Registers r;
    using L = QList<Id>;
    MenteeFilter f;
    f.targetGroup = TargetGroup::JobReady;
    CHECK(r.mentees(f) == L{r.annaMentee, r.jens});
    f.targetGroup = TargetGroup::RefugeeImmigrant;
    CHECK(r.mentees(f) == L{r.mette});  // Ole is archived

    MenteeFilter scheme;
    scheme.schemeId = r.jobScheme;
    CHECK(r.mentees(scheme) == L{r.jens});
    scheme.schemeId = r.volunteerScheme;
    CHECK(r.mentees(scheme) == L{r.annaMentee, r.mette});

    MenteeFilter status;
    status.status = MenteeStatus::InCourse;
    CHECK(r.mentees(status) == L{r.jens});
    status.status = MenteeStatus::Ended;
    CHECK(r.mentees(status).isEmpty());

    MenteeFilter course;
    course.hasActiveCourse = true;
    CHECK(r.mentees(course) == L{r.jens});
    course.hasActiveCourse = false;  // Anna's course is only planned
    CHECK(r.mentees(course) == L{r.annaMentee, r.mette});

    MenteeFilter combined;
    combined.targetGroup = TargetGroup::JobReady;
    combined.search = u"a"_s;
    CHECK(r.mentees(combined) == L{r.annaMentee});
    combined.search.clear();
    combined.hasActiveCourse = false;
    CHECK(r.mentees(combined) == L{r.annaMentee});
    combined.schemeId = r.jobScheme;
    CHECK(r.mentees(combined).isEmpty());

    MenteeFilter sorted;
    sorted.targetGroup = TargetGroup::JobReady;
    CHECK(r.mentees(sorted, MenteeColumn::Scheme, Qt::AscendingOrder) == L{r.annaMentee, r.jens});  // F… < L…
    CHECK(r.mentees(sorted, MenteeColumn::Scheme, Qt::DescendingOrder) == L{r.jens, r.annaMentee});
    CHECK(r.mentees(sorted, MenteeColumn::Postcode, Qt::AscendingOrder) == L{r.jens, r.annaMentee});
    sorted.search = u"aero"_s;
    CHECK(r.mentees(sorted, MenteeColumn::Postcode, Qt::DescendingOrder) == L{r.annaMentee});
}

TEST_CASE("ListQueries pages a filtered list without gaps or repeats", "[storage][lists]")
{
    TestDatabase t;
    const Id scheme = addScheme(*t);
    for (int i = 0; i < 25; ++i) {
        Mentee e = validMentee(scheme, i % 2 ? u"Åse"_s : u"Ib"_s, u"Holm"_s);
        e.postcode = u"8000"_s;
        addMentee(*t, scheme, e);
    }
    ListQueries queries(*t);
    MenteeFilter f;
    f.search = u"åse hol"_s;
    REQUIRE(queries.menteeCount(f) == 12);
    QList<Id> seen;
    for (int offset = 0; offset < 12; offset += 5)
        for (const MenteeListRow &row : queries.mentees(f, offset, 5, MenteeColumn::Postcode, Qt::DescendingOrder)) {
            CHECK(row.name == u"Holm, Åse"_s);
            CHECK_FALSE(seen.contains(row.id));
            seen << row.id;
        }
    CHECK(seen.size() == 12);
    // Equal sort values fall back to name, then id: the order is the same every time.
    QList<Id> again;
    for (const MenteeListRow &row : queries.mentees(f, 0, 100, MenteeColumn::Postcode, Qt::DescendingOrder))
        again << row.id;
    CHECK(again == seen);
}

TEST_CASE("ListQueries filters know when they narrow nothing", "[storage][lists]")
{
    CHECK(MentorFilter{}.isEmpty());
    CHECK(MenteeFilter{}.isEmpty());
    MentorFilter m;
    m.search = u"  "_s;
    CHECK(m.isEmpty());
    m.onlyWithFreeCapacity = true;
    CHECK_FALSE(m.isEmpty());
    MenteeFilter e;
    e.hasActiveCourse = false;
    CHECK_FALSE(e.isEmpty());
    e = {};
    e.status = MenteeStatus::Waiting;
    CHECK_FALSE(e.isEmpty());
}

TEST_CASE("ListQueries offers every scheme in Danish order", "[storage][lists]")
{
    TestDatabase t;
    for (const QString &name : {u"Ærø-ordningen"_s, u"Zebra"_s, u"Åben mentor"_s, u"alfa"_s}) {
        Scheme s = validScheme();
        s.name = name;
        REQUIRE(SchemeRepository(*t).add(s).ok());
    }
    QStringList names;
    for (const SchemeChoice &choice : ListQueries(*t).schemeChoices())
        names << choice.name;
    CHECK(names == QStringList{u"alfa"_s, u"Zebra"_s, u"Ærø-ordningen"_s, u"Åben mentor"_s});
}

TEST_CASE("SearchRepository toPrefixQuery makes every typed word a quoted prefix", "[storage][search]")
{
    CHECK(SearchRepository::toPrefixQuery(u"soeren.aeroe@ex"_s) == u"\"soeren\"* \"aeroe\"* \"ex\"*"_s);
    CHECK(SearchRepository::toPrefixQuery(u"Ærø 8000"_s) == u"\"Ærø\"* \"8000\"*"_s);
    CHECK(SearchRepository::toPrefixQuery(u"  hans-jørgen  "_s) == u"\"hans\"* \"jørgen\"*"_s);
    CHECK(SearchRepository::toPrefixQuery(u"say\"hi"_s) == u"\"say\"* \"hi\"*"_s);
    CHECK(SearchRepository::toPrefixQuery(u"NEAR(a b)"_s) == u"\"NEAR\"* \"a\"* \"b\"*"_s);
    // Å typed as A + combining ring comes out as the one letter the index holds.
    CHECK(SearchRepository::toPrefixQuery(u"A\u030Abenr\u00E5"_s) == u"\"Åbenrå\"*"_s);
    CHECK(SearchRepository::toPrefixQuery(u"\""_s).isEmpty());
    CHECK(SearchRepository::toPrefixQuery(u" * - "_s).isEmpty());
    CHECK(SearchRepository::toPrefixQuery(QString()).isEmpty());
}

TEST_CASE("ListQueries waiting list leaves out archived and ended mentees", "[storage][lists]")
{
    TestDatabase t;
    const Id scheme = addScheme(*t);
    MenteeRepository mentees(*t);
    for (const auto &[last, status] : {std::pair{u"Venter"_s, MenteeStatus::Waiting}, std::pair{u"Slut"_s, MenteeStatus::Ended},
                                       std::pair{u"Arkiv"_s, MenteeStatus::Archived}}) {
        Mentee m = validMentee(scheme, u"Anna"_s, last);
        m.status = status;
        REQUIRE(mentees.add(m).ok());
    }
    const ListQueries queries(*t);
    CHECK(queries.waitingCount() == 1);
    const auto rows = queries.waiting(0, 10, ListQueries::WaitingColumn::Name, Qt::AscendingOrder, fixedToday());
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().name == u"Venter, Anna"_s);
    CHECK(queries.keyFigures(fixedToday()).waitingMentees == 1);
}

TEST_CASE("ListQueries key figures: no recent meeting is 14 days, 7 for ret og pligt", "[storage][lists]")
{
    TestDatabase t;
    const Chain ordinary = addCourseChain(*t);
    const Chain retOgPligt = addCourseChain(*t);
    QSqlQuery q(t.connection());
    REQUIRE(q.exec(u"UPDATE course SET status = 'active'"_s));
    REQUIRE(q.exec(u"UPDATE mentee SET ret_og_pligt = 1 WHERE id = %1"_s.arg(retOgPligt.menteeId)));
    // Both courses held their last meeting 10 days ago.
    for (const Id course : {ordinary.courseId, retOgPligt.courseId}) {
        Meeting m;
        m.courseId = course;
        m.date = fixedToday().addDays(-10);
        m.status = MeetingStatus::Held;
        m.minutes = 60;
        REQUIRE(MeetingRepository(*t).add(m).ok());
    }
    const ListQueries queries(*t);
    CHECK(queries.keyFigures(fixedToday()).coursesWithoutRecentMeeting == 1);  // only the ret-og-pligt one
    CHECK(queries.keyFigures(fixedToday().addDays(5)).coursesWithoutRecentMeeting == 2);  // 15 days: both
    CHECK(queries.keyFigures(fixedToday().addDays(-4)).coursesWithoutRecentMeeting == 0);  // 6 days: neither
}

namespace {

using CourseColumn = ListQueries::CourseColumn;

// Five courses on 2024-06-14, all begun 2024-05-01 unless said otherwise:
// - Fatima Hansen with Søren: active, 2 h/week, 3 of 12.86 hours delivered (23 %);
// - Amal Iversen with Bo: active, 1 h/week in May and 3 from June, 9 of 10.43 hours (86 %);
// - Hiba Jensen with Søren: planned from 2024-07-01, nothing granted yet;
// - Jonas Berg with Søren: ended 2024-05-31, 7 h/week, 30 of 31 hours (a meeting after the end
//   and the grant running on do not count);
// - Karen Lund: planned and cancelled, nothing granted.
struct CourseList {
    TestDatabase t;
    const QDate today = QDate(2024, 6, 14);
    Id soeren = 0, bo = 0;
    CourseChain fatima, amal, hiba, jonas, karen;

    CourseList()
    {
        CourseSetup setup;
        setup.mentorCapacity = 5;
        setup.menteeLast = u"Hansen"_s;
        fatima = activeCourse(*t, setup);
        soeren = fatima.mentorId;
        for (const QDate &day : {QDate(2024, 5, 20), QDate(2024, 6, 3), QDate(2024, 6, 10)})
            addHeldOk(*t, fatima.courseId, day, 60);

        setup.schemeId = fatima.schemeId;
        setup.menteeFirst = u"Amal"_s;
        setup.menteeLast = u"Iversen"_s;
        setup.mentorId = bo = addNamedMentor(*t, u"Bo"_s, 2);
        setup.hoursPerWeek = 1;
        setup.grantTo = QDate(2024, 5, 31);
        amal = activeCourse(*t, setup);
        addGrantOk(*t, amal.courseId, QDate(2024, 6, 1), QDate(2024, 11, 1), 3);
        addHeldOk(*t, amal.courseId, QDate(2024, 6, 12), 540);

        setup.mentorId = soeren;
        setup.grantTo = QDate();
        setup.menteeFirst = u"Hiba"_s;
        setup.menteeLast = u"Jensen"_s;
        setup.start = QDate(2024, 7, 1);
        setup.plannedEnd = QDate(2024, 12, 31);
        setup.activate = false;
        hiba = activeCourse(*t, setup);

        setup.menteeFirst = u"Jonas"_s;
        setup.menteeLast = u"Berg"_s;
        setup.start = QDate(2024, 5, 1);
        setup.plannedEnd = QDate(2024, 11, 1);
        setup.hoursPerWeek = 7;
        setup.activate = true;
        jonas = activeCourse(*t, setup);
        for (const QDate &day : {QDate(2024, 5, 6), QDate(2024, 5, 13), QDate(2024, 5, 20), QDate(2024, 6, 5)})
            addHeldOk(*t, jonas.courseId, day, 600);
        Ending ending;
        ending.courseId = jonas.courseId;
        ending.endDate = QDate(2024, 5, 31);
        ending.reason = EndingReason::Job;
        ending.outcome = Outcome::OrdinaryJob;
        REQUIRE(CourseWorkflow(*t).end(ending).ok());

        setup.menteeFirst = u"Karen"_s;
        setup.menteeLast = u"Lund"_s;
        setup.hoursPerWeek = 0;
        setup.activate = false;
        karen = activeCourse(*t, setup);
        Course cancelled = courseOf(*t, karen.courseId);
        cancelled.status = CourseStatus::Cancelled;
        REQUIRE(CourseRepository(*t).update(cancelled).ok());
    }

    QList<Id> ids(const CourseFilter &filter, CourseColumn sort = CourseColumn::Mentee,
                  Qt::SortOrder order = Qt::AscendingOrder) const
    {
        QList<Id> found;
        for (const CourseListRow &row : ListQueries(*t.db).courses(filter, today, 0, 100, sort, order))
            found << row.id;
        CHECK(ListQueries(*t.db).courseCount(filter, today) == found.size());
        return found;
    }
    QList<Id> found(const QString &search, bool includeClosed = false) const
    {
        CourseFilter f;
        f.search = search;
        f.includeClosed = includeClosed;
        return ids(f);
    }
};

} // namespace

TEST_CASE("ListQueries course list shows the open courses unless closed ones are asked for", "[storage][lists][courses]")
{
    CourseList l;
    using L = QList<Id>;
    CHECK(l.ids({}) == L{l.fatima.courseId, l.amal.courseId, l.hiba.courseId});  // Hansen, Iversen, Jensen
    CourseFilter closed;
    closed.includeClosed = true;
    CHECK(l.ids(closed) == L{l.jonas.courseId, l.fatima.courseId, l.amal.courseId, l.hiba.courseId, l.karen.courseId});
    for (const auto &[status, expected] :
         {std::pair{CourseStatus::Active, L{l.fatima.courseId, l.amal.courseId}}, std::pair{CourseStatus::Planned, L{l.hiba.courseId}},
          std::pair{CourseStatus::Ended, L{l.jonas.courseId}}, std::pair{CourseStatus::Cancelled, L{l.karen.courseId}},
          std::pair{CourseStatus::Paused, L{}}}) {
        CourseFilter f;
        f.status = status;
        INFO(toCode(status).toStdString());
        CHECK(l.ids(f) == expected);
        f.includeClosed = true;  // a chosen status wins
        CHECK(l.ids(f) == expected);
    }
    CHECK(CourseFilter{}.isEmpty());
    CHECK_FALSE(closed.isEmpty());
}

TEST_CASE("ListQueries course list rows carry names, scheme, status, phase and period", "[storage][lists][courses]")
{
    CourseList l;
    CourseFilter f;
    f.includeClosed = true;
    const QList<CourseListRow> rows = ListQueries(*l.t).courses(f, l.today, 0, 100, CourseColumn::Mentee, Qt::AscendingOrder);
    REQUIRE(rows.size() == 5);
    const CourseListRow &jonas = rows.at(0);
    CHECK(jonas.mentee == u"Berg, Jonas"_s);
    CHECK(jonas.mentor == u"Ærø, Søren"_s);  // the last mentor of an ended course
    CHECK(jonas.scheme == u"Frivillig integrationsmentor"_s);
    CHECK(jonas.status == CourseStatus::Ended);
    CHECK(jonas.phase == Phase::Ending);
    CHECK(jonas.startDate == QDate(2024, 5, 1));
    CHECK(jonas.plannedEndDate == QDate(2024, 11, 1));
    CHECK(rows.at(2).mentee == u"Iversen, Amal"_s);
    CHECK(rows.at(2).mentor == u"Ærø, Bo"_s);
    CHECK(rows.at(2).status == CourseStatus::Active);
    CHECK(rows.at(2).phase == Phase::Clarification);
    CHECK(rows.at(3).startDate == QDate(2024, 7, 1));
    CHECK(rows.at(3).status == CourseStatus::Planned);
}

TEST_CASE("ListQueries course list hours equal HoursQueries total for the same day", "[storage][lists][courses]")
{
    CourseList l;
    CourseFilter f;
    f.includeClosed = true;
    for (const QDate &day : {QDate(2024, 4, 30), QDate(2024, 5, 1), QDate(2024, 5, 31), QDate(2024, 6, 14), QDate(2024, 7, 2),
                             QDate(2025, 1, 1)}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const QList<CourseListRow> rows = ListQueries(*l.t).courses(f, day, 0, 100, CourseColumn::Mentee, Qt::AscendingOrder);
        REQUIRE(rows.size() == 5);
        for (const CourseListRow &row : rows) {
            INFO(row.mentee.toStdString());
            const HoursFigures total = HoursQueries(*l.t).total(row.id, day);
            CHECK(row.grantedHours == Approx(total.granted).margin(1e-9));
            CHECK(row.deliveredHours == Approx(total.delivered).margin(1e-9));
        }
    }
    const QList<CourseListRow> rows = ListQueries(*l.t).courses(f, l.today, 0, 100, CourseColumn::Mentee, Qt::AscendingOrder);
    CHECK(rows.at(0).grantedHours == Approx(31));     // Jonas: up to the end date only
    CHECK(rows.at(0).deliveredHours == Approx(30));
    CHECK(rows.at(1).grantedHours == Approx(90.0 / 7));  // Fatima: 45 days at 2 h/week
    CHECK(rows.at(1).deliveredHours == Approx(3));
    CHECK(rows.at(2).grantedHours == Approx(31.0 / 7 + 6));
    CHECK(rows.at(3).grantedHours == 0);
}

TEST_CASE("ListQueries course list sorts by hours delivered of granted, nothing granted first", "[storage][lists][courses]")
{
    CourseList l;
    using L = QList<Id>;
    CHECK(l.ids({}, CourseColumn::Hours, Qt::AscendingOrder) == L{l.hiba.courseId, l.fatima.courseId, l.amal.courseId});
    CHECK(l.ids({}, CourseColumn::Hours, Qt::DescendingOrder) == L{l.amal.courseId, l.fatima.courseId, l.hiba.courseId});
    CourseFilter closed;
    closed.includeClosed = true;
    CHECK(l.ids(closed, CourseColumn::Hours, Qt::AscendingOrder)
          == L{l.hiba.courseId, l.karen.courseId, l.fatima.courseId, l.amal.courseId, l.jonas.courseId});
}

TEST_CASE("ListQueries course list filters the courses with an hours gap", "[storage][lists][courses]")
{
    CourseList l;
    using L = QList<Id>;
    CourseFilter gap;
    gap.onlyWithHoursGap = true;
    CHECK_FALSE(gap.isEmpty());
    CHECK(l.ids(gap) == L{l.fatima.courseId});  // 23 %; nothing granted is no gap
    gap.includeClosed = true;
    CHECK(l.ids(gap) == L{l.fatima.courseId});  // Jonas delivered 97 %
    // Amal's 86.3 %: a gap under 87 %, none under 86 %.
    gap.gapPercent = 87;
    CHECK(l.ids(gap) == L{l.fatima.courseId, l.amal.courseId});
    gap.gapPercent = 86;
    CHECK(l.ids(gap) == L{l.fatima.courseId});
    // Jonas's 96.8 %: a gap under 97 %.
    gap.gapPercent = 96;
    CHECK(l.ids(gap) == L{l.fatima.courseId, l.amal.courseId});
    gap.gapPercent = 97;
    CHECK(l.ids(gap) == L{l.jonas.courseId, l.fatima.courseId, l.amal.courseId});
    gap.status = CourseStatus::Active;
    CHECK(l.ids(gap) == L{l.fatima.courseId, l.amal.courseId});
}

TEST_CASE("ListQueries course list searches by the mentee's and the current mentor's name", "[storage][lists][courses]")
{
    CourseList l;
    WarningLog warnings;
    using L = QList<Id>;
    CHECK(l.found(u"fat"_s) == L{l.fatima.courseId});
    CHECK(l.found(u"Hansen"_s) == L{l.fatima.courseId});
    CHECK(l.found(u"ive am"_s) == L{l.amal.courseId});
    CHECK(l.found(u"bo"_s) == L{l.amal.courseId});
    CHECK(l.found(u"søren"_s) == L{l.fatima.courseId, l.hiba.courseId});
    // Karen's cancelled course still names the mentor its match was approved with.
    CHECK(l.found(u"søren"_s, true) == L{l.jonas.courseId, l.fatima.courseId, l.hiba.courseId, l.karen.courseId});
    CHECK(l.found(u"ærø"_s) == L{l.fatima.courseId, l.amal.courseId, l.hiba.courseId});  // every mentor is an Ærø
    CHECK(l.found(u"karen"_s).isEmpty());  // cancelled
    CHECK(l.found(u"karen"_s, true) == L{l.karen.courseId});
    CHECK(l.found(u"fatima bo"_s).isEmpty());  // every word in the same person
    CHECK(l.found(u"xyz"_s).isEmpty());
    CHECK(l.found(u"\""_s).isEmpty());
    CourseFilter f;
    f.search = u"søren"_s;
    f.status = CourseStatus::Planned;
    CHECK(l.ids(f) == L{l.hiba.courseId});

    // After a mentor change the old mentor no longer finds the course.
    MentorChange change;
    change.reason = u"Ingen kemi"_s;
    REQUIRE(CourseWorkflow(*l.t).changeMentor(l.fatima.courseId, change).ok());
    CHECK(l.found(u"søren"_s) == L{l.hiba.courseId});
    CHECK(l.found(u"fatima"_s) == L{l.fatima.courseId});
    CHECK(warnings.take().isEmpty());
}

TEST_CASE("ListQueries course list pages without gaps or repeats", "[storage][lists][courses]")
{
    CourseList l;
    CourseFilter f;
    f.includeClosed = true;
    QList<Id> seen;
    for (int offset = 0; offset < 5; offset += 2)
        for (const CourseListRow &row : ListQueries(*l.t).courses(f, l.today, offset, 2, CourseColumn::Hours, Qt::DescendingOrder))
            seen << row.id;
    CHECK(seen == l.ids(f, CourseColumn::Hours, Qt::DescendingOrder));
    CHECK(seen.size() == 5);
}
