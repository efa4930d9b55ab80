#include "dbfixture.h"
#include "records.h"

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
