#include "models/courselistmodel.h"
#include "models/menteelistmodel.h"
#include "models/mentorlistmodel.h"
#include "models/waitinglistmodel.h"

#include "demo/demodata.h"
#include "domain/sortkey.h"
#include "storage/listqueries.h"
#include "storage/mentorrepository.h"

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

    static void fetchAll(QAbstractItemModel &model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
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
    }

    void cleanupTestCase()
    {
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
        // Every mentee either waits or has an approved match, never both.
        QCOMPARE(waiting.totalCount() + courses.totalCount(), 200);
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
