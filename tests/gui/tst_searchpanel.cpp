// The course-material search panel: typing finds meeting notes, logbook entries and goals with
// the matching words in bold, newest first; Show more; activation opens the course; the empty
// states.
#include "course/searchpanel.h"
#include "course/searchresultmodel.h"
#include "views/emptystate.h"

#include "guitestsupport.h"

#include "storage/courserepository.h"
#include "storage/goalrepository.h"
#include "storage/logbookrepository.h"
#include "storage/meetingrepository.h"
#include "storage/menteerepository.h"
#include "storage/schemerepository.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::gui;
using Kind = storage::SearchRepository::Kind;

namespace {

// One course of Fatima Hussein's; "today" is 14 June 2024, the day goals are set.
struct Fixture {
    guitest::ScratchDatabase db;
    Id course = 0;

    Fixture()
    {
        if (!db.open())
            qFatal("cannot open the test database");
        db->setClock([] { return QDateTime(QDate(2024, 6, 14), QTime(10, 0), Qt::UTC); });
        Scheme s;
        s.name = u"Frivillig integrationsmentor"_s;
        s.context = SchemeContext::VolunteerOrg;
        const Id scheme = *storage::SchemeRepository(*db).add(s);
        Mentee m;
        m.firstName = u"Fatima"_s;
        m.lastName = u"Hussein"_s;
        m.schemeId = scheme;
        const Id mentee = *storage::MenteeRepository(*db).add(m);
        Course c;
        c.menteeId = mentee;
        c.schemeId = scheme;
        c.startDate = QDate(2024, 1, 1);
        c.plannedEndDate = QDate(2024, 12, 1);
        course = *storage::CourseRepository(*db).add(c);
    }

    Id meeting(const QDate &date, const QString &note)
    {
        Meeting m;
        m.courseId = course;
        m.date = date;
        m.status = MeetingStatus::Held;
        m.minutes = 60;
        m.note = note;
        const auto id = storage::MeetingRepository(*db).add(m);
        if (!id)
            qFatal("cannot add a meeting");
        return *id;
    }
    Id logbook(const QDate &date, const QString &text)
    {
        LogbookEntry e;
        e.courseId = course;
        e.date = date;
        e.text = text;
        const auto id = storage::LogbookRepository(*db).add(e);
        if (!id)
            qFatal("cannot add a logbook entry");
        return *id;
    }
    Id goal(const QString &text)
    {
        Goal g;
        g.courseId = course;
        g.text = text;
        const auto id = storage::GoalRepository(*db).add(g);
        if (!id)
            qFatal("cannot add a goal");
        return *id;
    }
    int searchAudits() const
    {
        QSqlQuery q(db->connection());
        return q.exec(u"SELECT count(*) FROM audit_event WHERE action = 'search'"_s) && q.next() ? q.value(0).toInt() : -1;
    }
};

QStringList column(const SearchResultModel *model, int c, int role = Qt::DisplayRole)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts << model->index(row, c).data(role).toString();
    return texts;
}

QString explanationOf(EmptyState *empty)
{
    QStringList texts;
    for (const QLabel *label : empty->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

class TestSearchPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void typingFindsTheMaterialNewestFirstWithTheWordsInBold()
    {
        Fixture f;
        const Id meeting = f.meeting(QDate(2024, 6, 1), u"Aftalt nyt møde med <i>praktikstedet</i>"_s);
        f.logbook(QDate(2024, 5, 2), u"Mødte op til tiden"_s);
        f.goal(u"Komme til alle møder"_s);
        f.meeting(QDate(2024, 6, 2), u"Talte om weekenden"_s);
        SearchPanel panel(*f.db);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        auto *field = guitest::child<QLineEdit>(&panel, u"searchField"_s);
        QCOMPARE(field->placeholderText(), u"Search meeting notes, logbook entries and goals…"_s);

        QTest::keyClicks(field, u"mød"_s);
        QTRY_COMPARE(panel.model()->rowCount(), 3);
        const SearchResultModel *model = panel.model();
        QCOMPARE(column(model, SearchResultModel::What), (QStringList{u"Goal"_s, u"Meeting note"_s, u"Logbook entry"_s}));
        QCOMPARE(column(model, SearchResultModel::Date),
                 (QStringList{dateText(QDate(2024, 6, 14)), dateText(QDate(2024, 6, 1)), dateText(QDate(2024, 5, 2))}));
        QCOMPARE(column(model, SearchResultModel::Mentee), QStringList(3, u"Hussein, Fatima"_s));
        // The matching words in bold; what the user wrote stays text.
        QCOMPARE(column(model, SearchResultModel::Excerpt, SearchResultModel::HtmlRole),
                 (QStringList{u"Komme til alle <b>møder</b>"_s, u"Aftalt nyt <b>møde</b> med &lt;i&gt;praktikstedet&lt;/i&gt;"_s,
                              u"<b>Mødte</b> op til tiden"_s}));
        QCOMPARE(column(model, SearchResultModel::Excerpt).at(1), u"Aftalt nyt møde med <i>praktikstedet</i>"_s);
        QCOMPARE(model->hitAt(1).entityId, meeting);
        QVERIFY(guitest::child<QTableView>(&panel, u"searchResults"_s)->isVisible());
        QCOMPARE(guitest::child<QLabel>(&panel, u"searchCount"_s)->text(), u"Results shown: 3, newest first."_s);
        QVERIFY(!guitest::child<QPushButton>(&panel, u"showMoreButton"_s)->isVisible());
        // Typed in one go, the word was searched once: three hits audited, not those of "mø" too.
        QCOMPARE(f.searchAudits(), 3);

        // Another word narrows the search.
        QTest::keyClicks(field, u" tiden"_s);
        QTRY_COMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(column(model, SearchResultModel::What), QStringList{u"Logbook entry"_s});
    }

    void showMoreFetchesTheNextPage()
    {
        Fixture f;
        for (int i = 0; i < 120; ++i)
            f.logbook(QDate(2024, 1, 1).addDays(i), u"Samtale nummer %1"_s.arg(i));
        SearchPanel panel(*f.db);
        QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.show();
        auto *more = guitest::child<QPushButton>(&panel, u"showMoreButton"_s);
        auto *count = guitest::child<QLabel>(&panel, u"searchCount"_s);
        panel.setQuery(u"samtale"_s);
        QCOMPARE(panel.model()->rowCount(), 50);
        QVERIFY(more->isVisible());
        QCOMPARE(count->text(), u"Results shown: the newest 50. Show more for older ones."_s);
        QCOMPARE(panel.model()->hitAt(0).date, QDate(2024, 1, 1).addDays(119));

        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 100);
        QTest::mouseClick(more, Qt::LeftButton);
        QCOMPARE(panel.model()->rowCount(), 120);
        QVERIFY(!more->isVisible());
        QCOMPARE(count->text(), u"Results shown: 120, newest first."_s);
        // Every entry once, newest first, no page overlapping the one before.
        QSet<Id> ids;
        for (int row = 0; row < 120; ++row) {
            ids.insert(panel.model()->hitAt(row).entityId);
            QCOMPARE(panel.model()->hitAt(row).date, QDate(2024, 1, 1).addDays(119 - row));
        }
        QCOMPARE(ids.size(), 120);

        // A new search starts from the first page again.
        panel.setQuery(u"nummer 7"_s);
        QCOMPARE(column(panel.model(), SearchResultModel::Excerpt),
                 (QStringList{u"Samtale nummer 79"_s, u"Samtale nummer 78"_s, u"Samtale nummer 77"_s, u"Samtale nummer 76"_s,
                              u"Samtale nummer 75"_s, u"Samtale nummer 74"_s, u"Samtale nummer 73"_s, u"Samtale nummer 72"_s,
                              u"Samtale nummer 71"_s, u"Samtale nummer 70"_s, u"Samtale nummer 7"_s}));
        QVERIFY(!more->isVisible());
    }

    void activatingAHitAsksToOpenItsCourse()
    {
        Fixture f;
        const Id meeting = f.meeting(QDate(2024, 6, 1), u"Øvede jobsamtale"_s);
        const Id entry = f.logbook(QDate(2024, 6, 3), u"Jobsamtale i morgen"_s);
        SearchPanel panel(*f.db);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy opened(&panel, &SearchPanel::openCourse);
        panel.setQuery(u"jobsamtale"_s);
        QCOMPARE(panel.model()->rowCount(), 2);

        auto *view = guitest::child<QTableView>(&panel, u"searchResults"_s);
        view->setFocus();
        view->setCurrentIndex(panel.model()->index(1, SearchResultModel::Excerpt));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0), (QVariantList{f.course, int(Kind::Meeting), meeting}));

        // A double-click is a click followed by a double-click event on the same row.
        const QPoint first = view->visualRect(panel.model()->index(0, SearchResultModel::What)).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first);
        QCOMPARE(opened.count(), 1);  // one click only selects
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, first);
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1), (QVariantList{f.course, int(Kind::LogbookEntry), entry}));
    }

    void emptyStatesSayWhatToDo()
    {
        Fixture f;
        f.meeting(QDate(2024, 6, 1), u"Mødte op på biblioteket"_s);
        SearchPanel panel(*f.db);
        panel.show();
        auto *field = guitest::child<QLineEdit>(&panel, u"searchField"_s);
        auto *empty = guitest::child<EmptyState>(&panel, u"searchEmptyState"_s);
        auto *pause = guitest::child<QTimer>(&panel, u"searchPause"_s);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->heading(), u"Type a word to search…"_s);

        panel.setQuery(u"lufthavn"_s);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->heading(), u"Nothing found"_s);
        QVERIFY2(explanationOf(empty).contains(u"No meeting notes, logbook entries or goals contain “lufthavn”."_s),
                 qPrintable(explanationOf(empty)));

        // One letter waits for a second one (it would gather nearly every word); Enter searches it.
        field->clear();
        QTest::keyClicks(field, u"b"_s);
        QVERIFY(!pause->isActive());
        QCOMPARE(empty->heading(), u"Type a word to search…"_s);
        QCOMPARE(f.searchAudits(), 1);  // only "lufthavn" so far
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(panel.model()->rowCount(), 1);
        QVERIFY(!empty->isVisible());

        // Clearing the field goes back to the hint at once, results gone.
        QTest::keyClick(field, Qt::Key_Backspace);
        QVERIFY(!pause->isActive());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->heading(), u"Type a word to search…"_s);

        // Punctuation alone looks for nothing.
        panel.setQuery(u"\" * -"_s);
        QCOMPARE(empty->heading(), u"Type a word to search…"_s);
        QCOMPARE(f.searchAudits(), 2);
    }

    void screenshot()
    {
        Fixture f;
        f.meeting(QDate(2024, 6, 3), u"Etabler kontakten: kaffe på biblioteket. Fold historien ud: brev fra kommunen skabte uro. "
                                     "Mål for samtalen: forstå brevet. Udvikling: læste det sammen og ringede til sagsbehandleren."_s);
        f.logbook(QDate(2024, 5, 28), u"Aflyst møde, sygdom. Ny tid aftalt."_s);
        f.goal(u"Møde op til praktik hver dag i en måned"_s);
        f.meeting(QDate(2024, 5, 14), u"Etabler kontakten: snak om weekenden. Fold historien ud: bussen var forsinket to gange, "
                                      "så hun kom for sent til mødet med praktikvejlederen og blev ked af det. Mål for samtalen: "
                                      "en plan for morgenen. Udvikling: vækkeur og madpakke aftenen før."_s);
        f.meeting(QDate(2024, 5, 2), u"Gennemgik ugen. Mødte op alle dage i praktikken. Lille sejr: tog bussen alene."_s);
        SearchPanel panel(*f.db);
        panel.resize(900, 360);
        panel.show();
        panel.setQuery(u"mød"_s);
        QTemporaryDir scratch;
        QVERIFY(panel.grab().save(QDir(guitest::screenshotFolder(scratch)).filePath(u"search-course-material.png"_s)));
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
