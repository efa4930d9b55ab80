#include "models/courselistmodel.h"
#include "models/menteelistmodel.h"
#include "models/mentorlistmodel.h"
#include "models/waitinglistmodel.h"

#include "demo/demodata.h"
#include "domain/sortkey.h"
#include "storage/listqueries.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;

class TestListModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::ListQueries> m_queries;
    // A small register of known people, for exact answers.
    std::unique_ptr<storage::Database> m_knownDb;
    std::unique_ptr<storage::ListQueries> m_known;
    domain::Id m_jobScheme = 0;

    static void fetchAll(QAbstractItemModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
    }

    static QStringList names(QAbstractItemModel &model)
    {
        fetchAll(model);
        QStringList list;
        for (int row = 0; row < model.rowCount(); ++row)
            list << model.index(row, 0).data().toString();
        return list;
    }

    static QSet<qint64> ids(QAbstractItemModel &model)
    {
        fetchAll(model);
        QSet<qint64> set;
        for (int row = 0; row < model.rowCount(); ++row)
            set.insert(model.index(row, 0).data(Qt::UserRole).toLongLong());
        return set;
    }

    void addKnownPeople()
    {
        storage::OpenResult opened = storage::Database::open(m_dir.filePath(u"known.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_knownDb = std::move(opened.database);
        m_known = std::make_unique<storage::ListQueries>(*m_knownDb);
        storage::SchemeRepository schemes(*m_knownDb);
        domain::Scheme volunteer;
        volunteer.name = u"Frivillig integrationsmentor"_s;
        volunteer.context = domain::SchemeContext::VolunteerOrg;
        QVERIFY(schemes.add(volunteer).ok());
        domain::Scheme job;
        job.name = u"LAB mentorstøtte"_s;
        job.context = domain::SchemeContext::Jobcentre;
        QVERIFY(schemes.add(job).ok());
        m_jobScheme = job.id;

        struct Person {
            QString first, last, email, postcode, language;
            domain::TargetGroup group;
            domain::Id scheme;
            domain::MenteeStatus status;
        };
        const QList<Person> mentees = {
            {u"Mette"_s, u"Ærø"_s, u"mette@example.dk"_s, u"8000"_s, u"tigrinya"_s, domain::TargetGroup::RefugeeImmigrant, volunteer.id, domain::MenteeStatus::Waiting},
            {u"Anna"_s, u"Aero"_s, u"anna.aero@firma.dk"_s, u"8200"_s, u"engelsk"_s, domain::TargetGroup::JobReady, volunteer.id, domain::MenteeStatus::Matched},
            {u"Jens"_s, u"Åberg"_s, QString(), u"5000"_s, u"arabisk"_s, domain::TargetGroup::JobReady, job.id, domain::MenteeStatus::InCourse},
            {u"Ole"_s, u"Arkiv"_s, QString(), u"8000"_s, u"tigrinya"_s, domain::TargetGroup::RefugeeImmigrant, volunteer.id, domain::MenteeStatus::Archived},
        };
        domain::Id jens = 0;
        for (const Person &p : mentees) {
            domain::Mentee m;
            m.firstName = p.first;
            m.lastName = p.last;
            m.email = p.email;
            m.postcode = p.postcode;
            m.languages = {p.language};
            m.targetGroup = p.group;
            m.schemeId = p.scheme;
            m.status = p.status;
            QVERIFY(storage::MenteeRepository(*m_knownDb).add(m).ok());
            if (p.first == u"Jens"_s)
                jens = m.id;
        }
        storage::MentorRepository mentors(*m_knownDb);
        domain::Mentor soeren;
        soeren.firstName = u"Søren"_s;
        soeren.lastName = u"Ærø"_s;
        soeren.email = u"soeren.aeroe@example.dk"_s;
        soeren.capacity = 2;
        QVERIFY(mentors.add(soeren).ok());
        domain::Mentor bjoern;
        bjoern.firstName = u"Bjørn"_s;
        bjoern.lastName = u"Østergaard"_s;
        bjoern.mentorType = domain::MentorType::Professional;
        bjoern.phone = u"20 30 40 50"_s;
        bjoern.capacity = 1;
        QVERIFY(mentors.add(bjoern).ok());
        domain::Mentor karl;
        karl.firstName = u"Karl"_s;
        karl.lastName = u"Arkiv"_s;
        karl.email = u"karl@example.dk"_s;
        karl.status = domain::MentorStatus::Archived;
        QVERIFY(mentors.add(karl).ok());
        // Bjørn's only place is taken.
        domain::Match match;
        match.menteeId = jens;
        match.mentorId = bjoern.id;
        storage::MatchRepository matches(*m_knownDb);
        QVERIFY(matches.add(match).ok());
        match.state = domain::MatchState::Approved;
        match.decidedAt = QDateTime::currentDateTimeUtc();
        match.decidedBy = u"test"_s;
        QVERIFY(matches.update(match).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        storage::OpenResult opened = storage::Database::open(m_dir.filePath(u"lists.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        m_db = std::move(opened.database);
        demo::DemoOptions options;
        options.mentors = 300;  // more than one page of 256
        options.mentees = 200;
        options.seed = 5;
        QVERIFY(demo::DemoDataGenerator(*m_db).generate(options).ok());
        m_queries = std::make_unique<storage::ListQueries>(*m_db);
        addKnownPeople();
    }

    void cleanupTestCase()
    {
        m_known.reset();
        m_knownDb.reset();
        m_queries.reset();
        m_db.reset();
    }

    void mentorModelPagesAndSortsInSql()
    {
        gui::MentorListModel model(*m_queries);
        QCOMPARE(model.totalCount(), 300);
        QCOMPARE(model.rowCount(), 256);  // one page until the view asks for more
        QVERIFY(model.canFetchMore({}));
        // The tester itself fetches more while it checks the model's consistency.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 300);
        QVERIFY(!model.canFetchMore({}));

        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::DescendingOrder);
            fetchAll(model);
            QCOMPARE(model.rowCount(), 300);
        }
        // Names in Danish order: Æ, Ø, Å after Z.
        model.sort(gui::MentorListModel::Name, Qt::AscendingOrder);
        fetchAll(model);
        for (int row = 1; row < model.rowCount(); ++row) {
            const QString previous = model.index(row - 1, 0).data().toString();
            const QString current = model.index(row, 0).data().toString();
            QVERIFY2(domain::danishSortKey(previous) <= domain::danishSortKey(current),
                     qPrintable(u"row %1 out of order"_s.arg(row)));
        }
        model.sort(gui::MentorListModel::Capacity, Qt::DescendingOrder);
        QVERIFY(model.index(0, gui::MentorListModel::Capacity).data().toInt()
                >= model.index(model.rowCount() - 1, gui::MentorListModel::Capacity).data().toInt());
    }

    void danishLettersSortAfterZ()
    {
        QTemporaryDir dir;
        storage::OpenResult opened = storage::Database::open(dir.filePath(u"names.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        storage::ListQueries queries(*opened.database);
        storage::MentorRepository repo(*opened.database);
        for (const QString &last : {u"Åberg"_s, u"Zimmer"_s, u"Ærø"_s, u"Østergaard"_s}) {
            domain::Mentor m;
            m.firstName = u"Test"_s;
            m.lastName = last;
            m.email = u"test@example.dk"_s;
            QVERIFY(repo.add(m).ok());
        }
        gui::MentorListModel model(queries);
        model.sort(gui::MentorListModel::Name, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), u"Åberg, Test"_s);
        QCOMPARE(model.index(1, 0).data().toString(), u"Østergaard, Test"_s);
        QCOMPARE(model.index(2, 0).data().toString(), u"Ærø, Test"_s);
        QCOMPARE(model.index(3, 0).data().toString(), u"Zimmer, Test"_s);
    }

    void menteeSearch_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("part of a name") << u"mett"_s << QStringList{u"Ærø, Mette"_s};
        QTest::newRow("Danish letters") << u"ærø"_s << QStringList{u"Ærø, Mette"_s};
        QTest::newRow("Danish letters, upper case") << u"ÆRØ"_s << QStringList{u"Ærø, Mette"_s};
        QTest::newRow("no folding to ASCII") << u"aero"_s << QStringList{u"Aero, Anna"_s};
        QTest::newRow("å is not a") << u"ab"_s << QStringList{};
        QTest::newRow("å") << u"Åb"_s << QStringList{u"Åberg, Jens"_s};
        QTest::newRow("postcode, archived hidden") << u"8000"_s << QStringList{u"Ærø, Mette"_s};
        QTest::newRow("language") << u"tigr"_s << QStringList{u"Ærø, Mette"_s};
        QTest::newRow("e-mail prefix") << u"anna.aero@fir"_s << QStringList{u"Aero, Anna"_s};
        QTest::newRow("two words") << u"anna 8200"_s << QStringList{u"Aero, Anna"_s};
        QTest::newRow("every word must match") << u"anna 8000"_s << QStringList{};
        QTest::newRow("stray quote") << u"\""_s << QStringList{};
        QTest::newRow("quote before a word") << u"\"ærø"_s << QStringList{u"Ærø, Mette"_s};
        QTest::newRow("FTS operator") << u"NEAR("_s << QStringList{};
        QTest::newRow("blank") << u"   "_s << QStringList{u"Aero, Anna"_s, u"Ærø, Mette"_s, u"Åberg, Jens"_s};
    }

    void menteeSearch()
    {
        QFETCH(QString, typed);
        QFETCH(QStringList, found);
        gui::MenteeListModel model(*m_known);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.totalCount(), 3);  // Ole is archived
        storage::MenteeFilter filter;
        filter.search = typed;
        model.setFilter(filter);
        QCOMPARE(names(model), found);
        QCOMPARE(model.totalCount(), found.size());
        QCOMPARE(model.unfilteredCount(), 3);
    }

    void mentorSearchByEmailPrefixAndPhone()
    {
        gui::MentorListModel model(*m_known);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::MentorFilter filter;
        filter.search = u"soeren.aeroe@ex"_s;
        model.setFilter(filter);
        QCOMPARE(names(model), QStringList{u"Ærø, Søren"_s});
        filter.search = u"20 30"_s;
        model.setFilter(filter);
        QCOMPARE(names(model), QStringList{u"Østergaard, Bjørn"_s});
        filter.search = u"arkiv"_s;
        model.setFilter(filter);
        QCOMPARE(names(model), QStringList{});  // archived
        filter.status = domain::MentorStatus::Archived;
        model.setFilter(filter);
        QCOMPARE(names(model), QStringList{u"Arkiv, Karl"_s});
    }

    void filtersAloneCombinedWithSearchAndSorted()
    {
        gui::MentorListModel mentors(*m_known);
        QAbstractItemModelTester t1(&mentors, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(names(mentors), (QStringList{u"Ærø, Søren"_s, u"Østergaard, Bjørn"_s}));
        storage::MentorFilter free;
        free.onlyWithFreeCapacity = true;
        mentors.setFilter(free);
        QCOMPARE(names(mentors), QStringList{u"Ærø, Søren"_s});
        storage::MentorFilter professional;
        professional.type = domain::MentorType::Professional;
        mentors.setFilter(professional);
        QCOMPARE(names(mentors), QStringList{u"Østergaard, Bjørn"_s});
        professional.onlyWithFreeCapacity = true;
        mentors.setFilter(professional);
        QCOMPARE(mentors.totalCount(), 0);

        gui::MenteeListModel mentees(*m_known);
        QAbstractItemModelTester t2(&mentees, QAbstractItemModelTester::FailureReportingMode::QtTest);
        storage::MenteeFilter jobReady;
        jobReady.targetGroup = domain::TargetGroup::JobReady;
        mentees.setFilter(jobReady);
        QCOMPARE(names(mentees), (QStringList{u"Aero, Anna"_s, u"Åberg, Jens"_s}));
        // The sort stays when the filter changes, and the filter when the sort changes.
        mentees.sort(gui::MenteeListModel::Postcode, Qt::AscendingOrder);
        QCOMPARE(names(mentees), (QStringList{u"Åberg, Jens"_s, u"Aero, Anna"_s}));
        mentees.sort(gui::MenteeListModel::Postcode, Qt::DescendingOrder);
        QCOMPARE(names(mentees), (QStringList{u"Aero, Anna"_s, u"Åberg, Jens"_s}));
        jobReady.search = u"a"_s;  // Aero, arabisk
        mentees.setFilter(jobReady);
        QCOMPARE(names(mentees), (QStringList{u"Aero, Anna"_s, u"Åberg, Jens"_s}));
        jobReady.search = u"aero"_s;
        mentees.setFilter(jobReady);
        QCOMPARE(names(mentees), QStringList{u"Aero, Anna"_s});
        storage::MenteeFilter scheme;
        scheme.schemeId = m_jobScheme;
        mentees.setFilter(scheme);
        QCOMPARE(names(mentees), QStringList{u"Åberg, Jens"_s});
        storage::MenteeFilter status;
        status.status = domain::MenteeStatus::Archived;
        mentees.setFilter(status);
        QCOMPARE(names(mentees), QStringList{u"Arkiv, Ole"_s});
        QCOMPARE(mentees.unfilteredCount(), 3);
        mentees.setFilter({});
        QCOMPARE(mentees.totalCount(), 3);
    }

    void activeCourseFilterSplitsTheRegisterInTwo()
    {
        gui::MenteeListModel model(*m_queries);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int all = model.totalCount();
        QCOMPARE(all, 200);
        // With or without an active course: two parts of the register, together all of it.
        storage::MenteeFilter with;
        with.hasActiveCourse = true;
        model.setFilter(with);
        const QSet<qint64> withCourse = ids(model);
        QCOMPARE(withCourse.size(), model.totalCount());
        storage::MenteeFilter without;
        without.hasActiveCourse = false;
        model.setFilter(without);
        const QSet<qint64> withoutCourse = ids(model);
        QVERIFY(!withCourse.isEmpty());
        QVERIFY(!withoutCourse.isEmpty());
        QVERIFY(!withCourse.intersects(withoutCourse));
        QCOMPARE(withCourse.size() + withoutCourse.size(), all);
    }

    void aSearchMatchingMoreThanAPageFetchesEveryMatchOnce()
    {
        gui::MentorListModel model(*m_queries);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Every demo mentor has an @example.dk address: one typed letter matches them all.
        storage::MentorFilter letter;
        letter.search = u"e"_s;
        model.setFilter(letter);
        const int matches = model.totalCount();
        QVERIFY2(matches > gui::MentorListModel::kPageSize, qPrintable(QString::number(matches)));
        QCOMPARE(model.rowCount(), int(gui::MentorListModel::kPageSize));
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::DescendingOrder);
            QCOMPARE(model.totalCount(), matches);
            QCOMPARE(ids(model).size(), matches);
        }
        QCOMPARE(m_queries->mentorCount(letter), matches);
        // Narrowing while more pages wait: back to one page, still consistent.
        letter.type = domain::MentorType::Volunteer;
        model.setFilter(letter);
        QVERIFY(model.totalCount() < matches);
        QCOMPARE(ids(model).size(), model.totalCount());
    }

    void menteeCourseAndWaitingModelsPassTheTester()
    {
        gui::MenteeListModel mentees(*m_queries);
        gui::CourseListModel courses(*m_queries);
        gui::WaitingListModel waiting(*m_queries, QDate::currentDate());
        QAbstractItemModelTester t1(&mentees, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&courses, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&waiting, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(mentees.totalCount(), 200);
        QVERIFY(courses.totalCount() > 0);
        // The course list opens on the open courses; the closed ones join when asked for.
        const QDate today = QDate::currentDate();
        storage::CourseFilter everyCourse;
        everyCourse.includeClosed = true;
        int closed = 0;
        for (const auto status : {domain::CourseStatus::Ended, domain::CourseStatus::Cancelled}) {
            storage::CourseFilter only;
            only.status = status;
            closed += m_queries->courseCount(only, today);
        }
        QCOMPARE(courses.totalCount() + closed, m_queries->courseCount(everyCourse, today));
        QVERIFY(waiting.totalCount() > 0 && waiting.totalCount() < 200);
        for (auto *model : std::initializer_list<gui::PagedModelBase *>{&mentees, &courses, &waiting})
            for (int column = 0; column < model->columnCount(); ++column) {
                model->sort(column, Qt::AscendingOrder);
                model->sort(column, Qt::DescendingOrder);
            }
        // Longest waiting first.
        waiting.sort(gui::WaitingListModel::WaitingDays, Qt::DescendingOrder);
        fetchAll(waiting);
        for (int row = 1; row < waiting.rowCount(); ++row)
            QVERIFY(waiting.index(row - 1, gui::WaitingListModel::WaitingDays).data().toInt()
                    >= waiting.index(row, gui::WaitingListModel::WaitingDays).data().toInt());
    }
};

QTEST_MAIN(TestListModels)
#include "tst_listmodels.moc"
