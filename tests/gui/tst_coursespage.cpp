// The Courses section: the needs-attention list and its count in the navigation, opening an
// item at the place that fixes it, the course form's activation rules, the course list with
// hours delivered against granted, and pictures of the course page and the timeline.
#include "course/attentionlistmodel.h"
#include "course/attentionpanel.h"
#include "course/courseform.h"
#include "course/coursespage.h"
#include "course/coursewindow.h"
#include "mainwindow.h"
#include "models/courselistmodel.h"
#include "views/listpage.h"
#include "widgets/coursefilterbar.h"

#include "demo/demodata.h"
#include "i18n/translations.h"
#include "storage/attentionqueries.h"
#include "storage/courserepository.h"
#include "storage/courseworkflow.h"
#include "storage/grantrepository.h"
#include "storage/meetingrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/matchworkflow.h"
#include "storage/phaserepository.h"
#include "storage/schemerepository.h"

#include <QCheckBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::gui;

namespace {

const QDate kToday(2026, 3, 2);

// A mentee with an approved mentor: the approval opens a planned course from 2026-01-05 with
// the documentation empty, so the course form and the needs-attention rules have work to show.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Id scheme = 0, mentor = 0, mentee = 0, course = 0;

    Fixture()
    {
        storage::OpenResult opened = storage::Database::open(dir.filePath(u"test.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        if (!opened.ok())
            qFatal("cannot open the test database");
        db = std::move(opened.database);
        setDay(QDate(2026, 1, 5));
        Scheme s;
        s.name = u"Frivillig integrationsmentor"_s;
        s.context = SchemeContext::VolunteerOrg;
        s.defaultGrantMonths = 6;
        scheme = *storage::SchemeRepository(*db).add(s);
        Mentor m;
        m.firstName = u"Søren"_s;
        m.lastName = u"Ærø"_s;
        m.email = u"soeren@example.dk"_s;
        m.capacity = 2;
        mentor = *storage::MentorRepository(*db).add(m);
        Mentee e;
        e.firstName = u"Åse"_s;
        e.lastName = u"Østergård"_s;
        e.schemeId = scheme;
        mentee = *storage::MenteeRepository(*db).add(e);
        storage::MatchWorkflow workflow(*db);
        const Id match = *workflow.propose({mentee, mentor, 80, {}, MatchSource::Manual});
        course = *workflow.approve(match);
        Grant g;
        g.courseId = course;
        g.from = QDate(2026, 1, 5);
        g.to = QDate(2026, 6, 30);
        g.hoursPerWeek = 2;
        if (!storage::GrantRepository(*db).add(g))
            qFatal("cannot add the grant");
        setDay(kToday);
    }
    void setDay(const QDate &day)
    {
        db->setClock([day] { return QDateTime(day, QTime(11, 0), Qt::UTC); });
    }
    void addHeldMeeting(const QDate &date, int minutes)
    {
        Meeting m;
        m.courseId = course;
        m.date = date;
        m.minutes = minutes;
        m.status = MeetingStatus::Held;
        if (!storage::MeetingRepository(*db).add(m))
            qFatal("cannot add the meeting");
    }
};

QString screenshotFolder(const QTemporaryDir &scratch)
{
    const QString folder = qEnvironmentVariable("MENTORDESK_SCREENSHOTS");
    return folder.isEmpty() ? scratch.path() : folder;
}

} // namespace

class TestCoursesPage : public QObject {
    Q_OBJECT
    i18n::Translations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_translations.apply(i18n::Language::English);  // "20 days", not "20 day(s)"
    }

    // Activation names every missing part in the form and marks the fields; once they are
    // filled the same button activates the course.
    void courseFormRefusesActivationUntilDocumented()
    {
        Fixture f;
        CourseForm form(*f.db, f.course);
        auto *activate = form.findChild<QPushButton *>(u"activateCourse"_s);
        QVERIFY(activate && activate->isVisibleTo(&form));
        QVERIFY(form.shownProblems().contains(u"The purpose of the mentor support is missing."_s));
        QVERIFY(!form.activate());
        for (const QString &missing : {u"purpose"_s, u"mentor_tasks"_s})
            QVERIFY2(form.findChild<QWidget *>(missing)->styleSheet().contains(u"b01c1c"_s), qPrintable(missing));
        QVERIFY(form.shownProblems().contains(u"mentor&#x27;s tasks"_s) || form.shownProblems().contains(u"mentor's tasks"_s));
        QCOMPARE(storage::CourseRepository(*f.db).find(f.course)->status, CourseStatus::Planned);

        form.findChild<QPlainTextEdit *>(u"purpose"_s)->setPlainText(u"Komme i praktik hos en tømrer"_s);
        form.findChild<QPlainTextEdit *>(u"mentor_tasks"_s)->setPlainText(u"Følge med til de første møder"_s);
        auto *qualifications = form.findChild<QPlainTextEdit *>(u"mentor_qualifications"_s);
        if (qualifications->toPlainText().isEmpty())
            qualifications->setPlainText(u"Uddannet socialrådgiver"_s);
        QVERIFY(form.shownProblems().contains(u"Ready to be activated."_s));
        QVERIFY(form.activate());
        const Course stored = *storage::CourseRepository(*f.db).find(f.course);
        QCOMPARE(stored.status, CourseStatus::Active);
        QCOMPARE(stored.purpose, u"Komme i praktik hos en tømrer"_s);
        QVERIFY(!activate->isVisibleTo(&form));
    }

    // The form holds typed text while another tab or button changes the course row (here a
    // mentor change clears the current match and a new phase is entered): saving the text must
    // not write the form's old copy of the other columns back over them.
    void savingTheFormKeepsChangesMadeElsewhere()
    {
        Fixture f;
        CourseForm form(*f.db, f.course);
        form.findChild<QPlainTextEdit *>(u"purpose"_s)->setPlainText(u"Komme i praktik hos en tømrer"_s);
        QVERIFY(form.isModified());
        storage::MentorChange change;
        change.reason = u"Ingen kemi"_s;
        QVERIFY(storage::CourseWorkflow(*f.db).changeMentor(f.course, change));
        PhaseEntry phase;
        phase.courseId = f.course;
        phase.phase = Phase::GoalsAndDirection;
        phase.enteredOn = kToday;
        QVERIFY(storage::PhaseRepository(*f.db).add(phase));

        QVERIFY(form.save());
        const Course stored = *storage::CourseRepository(*f.db).find(f.course);
        QCOMPARE(stored.purpose, u"Komme i praktik hos en tømrer"_s);
        QCOMPARE(stored.currentMatchId, Id(0));
        QCOMPARE(stored.phase, Phase::GoalsAndDirection);
    }

    // The planned course lacks its documentation and agreement: those items are listed, and
    // opening the purpose item opens the course form with the purpose field in focus.
    void attentionItemOpensTheCourseAtTheMissingField()
    {
        Fixture f;
        CoursesPage page;
        page.setDatabase(f.db.get());
        page.setToday(kToday);
        AttentionPanel *panel = page.attention();
        QCOMPARE(panel->courseCount(), 1);
        QStringList texts;
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            texts << panel->model()->index(row, AttentionListModel::What).data().toString();
        QVERIFY(texts.contains(u"The purpose of the support is missing"_s));
        QVERIFY(texts.contains(u"No mentor agreement has been printed"_s));

        panel->showOnly(storage::AttentionRule::MissingPurpose);
        QCOMPARE(panel->model()->rowCount(), 1);
        QSignalSpy opened(panel, &AttentionPanel::openCourse);
        panel->table()->setCurrentIndex(panel->model()->index(0, 0));
        Q_EMIT panel->table()->activated(panel->table()->currentIndex());
        QCOMPARE(opened.count(), 1);
        CourseWindow *window = page.openWindow(f.course);
        QVERIFY(window);
        QCOMPARE(window->tabs()->currentIndex(), int(CourseWindow::FormTabIndex));
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(QApplication::focusWidget(), window->form()->findChild<QWidget *>(u"purpose"_s));
        QVERIFY(window->attentionText().contains(u"The purpose of the support is missing"_s));
        // Opening the same course again raises the page instead of a second one.
        QCOMPARE(page.openCourse(f.course), window);
        window->close();
    }

    // Closing the page with typing in the course form asks first; "no" keeps page and text.
    void closingAsksBeforeDroppingFormEdits()
    {
        Fixture f;
        CoursesPage page;
        page.setDatabase(f.db.get());
        QPointer<CourseWindow> window = page.openCourse(f.course);
        QVERIFY(window);
        int asked = 0;
        bool discard = false;
        window->setDiscardQuestion([&] {
            ++asked;
            return discard;
        });
        window->tabs()->setCurrentIndex(CourseWindow::MeetingsTabIndex);
        auto *purpose = window->form()->findChild<QPlainTextEdit *>(u"purpose"_s);
        purpose->setFocus();
        QTest::keyClicks(purpose, u"Praktik"_s);
        QVERIFY(window->form()->isModified());
        window->close();
        QCOMPARE(asked, 1);
        QVERIFY(window && window->isVisible());
        QCOMPARE(window->tabs()->currentIndex(), int(CourseWindow::FormTabIndex));
        discard = true;
        window->close();
        QCOMPARE(asked, 2);
        QTRY_VERIFY(!window);  // deleted on close
    }

    // An active course without meetings for more than 14 days is listed, and a meeting held
    // yesterday takes it off the list; the thresholds move the limit.
    void noRecentMeetingFollowsTheMeetingsAndThresholds()
    {
        Fixture f;
        {
            Course c = *storage::CourseRepository(*f.db).find(f.course);
            c.purpose = u"Praktik"_s;
            c.mentorTasks = u"Følge med"_s;
            c.mentorQualifications = u"Socialrådgiver"_s;
            c.status = CourseStatus::Active;
            QVERIFY(storage::CourseRepository(*f.db).update(c));
        }
        f.addHeldMeeting(kToday.addDays(-20), 60);
        AttentionPanel panel;
        panel.setToday(kToday);
        panel.setDatabase(f.db.get());
        panel.showOnly(storage::AttentionRule::NoRecentMeeting);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->index(0, 0).data().toString(), u"No meeting held for 20 days"_s);

        storage::AttentionThresholds limits;
        limits.daysWithoutMeeting = 21;
        QVERIFY(storage::AttentionQueries(*f.db).setThresholds(limits));
        panel.refresh();
        panel.showOnly(storage::AttentionRule::NoRecentMeeting);
        QCOMPARE(panel.model()->rowCount(), 0);

        QVERIFY(storage::AttentionQueries(*f.db).setThresholds({}));
        f.addHeldMeeting(kToday.addDays(-1), 60);
        panel.refresh();
        panel.showOnly(storage::AttentionRule::NoRecentMeeting);
        QCOMPARE(panel.model()->rowCount(), 0);
    }

    // The list shows delivered against granted hours and marks a gap; the filter keeps only
    // courses with one.
    void courseListShowsTheHoursGap()
    {
        Fixture f;
        // 2026-01-05 to 2026-03-02: 57 days of 2 h/week = 16.3 h granted; 3 h delivered.
        f.addHeldMeeting(QDate(2026, 1, 12), 90);
        f.addHeldMeeting(QDate(2026, 2, 2), 90);
        storage::ListQueries queries(*f.db);
        CourseListModel model(queries);
        model.setToday(kToday);
        model.reload();
        QCOMPARE(model.rowCount(), 1);
        const QString hours = model.index(0, CourseListModel::Hours).data().toString();
        QVERIFY2(hours.contains(u"3.0 / 16.3 (18 %)"_s), qPrintable(hours));
        QVERIFY(hours.startsWith(u"\u26a0"_s));
        QVERIFY(model.index(0, CourseListModel::Hours).data(Qt::ForegroundRole).isValid());

        CourseFilterBar bar;
        bar.findChild<QCheckBox *>(u"hoursGapFilter"_s)->setChecked(true);
        bar.applyTo(&model);  // reloads
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.filter().onlyWithHoursGap);
        for (int day = 14; day < 60; day += 7)
            f.addHeldMeeting(QDate(2026, 1, 5).addDays(day), 120);
        model.reload();
        QCOMPARE(model.rowCount(), 0);  // 3 + 14 h of 16.3: no gap any more
    }

    // The main window shows the courses needing attention beside the section's name.
    void navigationCountsCoursesNeedingAttention()
    {
        Fixture f;
        QTemporaryDir settingsDir;
        QSettings settings(settingsDir.filePath(u"s.ini"_s), QSettings::IniFormat);
        i18n::Translations translations;
        MainWindow window(settings, translations);
        window.setDatabase(std::move(f.db));
        const QString text = window.navigation()->item(int(MainWindow::Section::Courses))->text();
        QVERIFY2(text.endsWith(u"\u26a0 1"_s), qPrintable(text));
        QCOMPARE(window.coursesPage()->attentionCount(), 1);
    }

    // Demo data as a coordinator sees it: the needs-attention list, a course page and its
    // timeline; the pictures go to MENTORDESK_SCREENSHOTS when it is set.
    void rendersOnDemoData()
    {
        QTemporaryDir dir;
        auto opened = storage::Database::open(dir.filePath(u"demo.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        demo::DemoOptions options;
        options.mentors = 40;
        options.mentees = 120;
        options.seed = 2026;
        options.today = QDate(2026, 11, 23);
        opened.database->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(11, 0), Qt::UTC); });
        QVERIFY(demo::DemoDataGenerator(*opened.database).generate(options).ok());
        const QString folder = screenshotFolder(dir);

        storage::ListQueries queries(*opened.database);
        CoursesPage page;
        page.resize(1100, 640);
        page.courseList()->setModel(new CourseListModel(queries, &page));
        page.setDatabase(opened.database.get());
        page.setToday(options.today);
        QVERIFY(page.attentionCount() > 0);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.grab().save(folder + u"/needs-attention.png"_s));

        // The active course with the most meetings makes the richest page.
        const QList<storage::CourseListRow> rows = storage::ListQueries(*opened.database)
                                                       .courses({}, options.today, 0, 50,
                                                                storage::ListQueries::CourseColumn::Hours,
                                                                Qt::DescendingOrder);
        QVERIFY(!rows.isEmpty());
        Id best = rows.first().id;
        int most = -1;
        for (const storage::CourseListRow &row : rows) {
            const int held = storage::MeetingRepository(*opened.database).countHeld(row.id);
            if (row.status == CourseStatus::Active && held > most) {
                most = held;
                best = row.id;
            }
        }
        CourseWindow *window = page.openCourse(best);
        QVERIFY(window);
        window->resize(1180, 820);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->headerText().contains(u"Hours delivered:"_s));
        window->tabs()->setCurrentIndex(CourseWindow::MeetingsTabIndex);
        QVERIFY(window->grab().save(folder + u"/course-page.png"_s));
        window->tabs()->setCurrentIndex(CourseWindow::TimelineTabIndex);
        QVERIFY(window->grab().save(folder + u"/course-timeline.png"_s));
        window->close();
    }
};

QTEST_MAIN(TestCoursesPage)
#include "tst_coursespage.moc"
