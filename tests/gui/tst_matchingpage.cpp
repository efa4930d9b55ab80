// The Matching section: suggestions with explanations, propose → approve / reject / end, the
// bulk assignment dialog, and weights re-ranking the suggestions.
#include "matching/bulkassignmentdialog.h"
#include "matching/decisiondialog.h"
#include "matching/matchespanel.h"
#include "matching/matchingpage.h"
#include "matching/matchlistmodel.h"
#include "matching/suggestionpanel.h"

#include "demo/demodata.h"
#include "storage/courserepository.h"
#include "storage/matchingqueries.h"
#include "storage/matchrepository.h"
#include "storage/matchworkflow.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::gui;

namespace {

// One mentee who speaks Arabic and likes football; three mentors: a close fit (a student
// mentor, less suited to refugees than a volunteer), a weaker fit (a volunteer in another
// region) and one who is full.
struct Fixture {
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    Id scheme = 0, mentee = 0, goodMentor = 0, weakMentor = 0, fullMentor = 0;

    Fixture()
    {
        storage::OpenResult opened = storage::Database::open(dir.filePath(u"test.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        if (!opened.ok())
            qFatal("cannot open the test database");
        db = std::move(opened.database);
        db->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC); });
        Scheme s;
        s.name = u"Frivillig integrationsmentor"_s;
        s.context = SchemeContext::VolunteerOrg;
        s.defaultGrantMonths = 6;
        scheme = *storage::SchemeRepository(*db).add(s);
        Mentee m;
        m.firstName = u"Amal"_s;
        m.lastName = u"Hassan"_s;
        m.schemeId = scheme;
        m.languages = {u"arabisk"_s, u"dansk"_s};
        m.interests = {u"fodbold"_s};
        m.postcode = u"8000"_s;
        m.targetGroup = TargetGroup::RefugeeImmigrant;
        mentee = *storage::MenteeRepository(*db).add(m);
        goodMentor = addMentor(u"Søren"_s, u"Ærø"_s, MentorType::Student, {u"arabisk"_s, u"dansk"_s}, {u"fodbold"_s}, u"8000"_s, 2);
        weakMentor = addMentor(u"Bo"_s, u"Dahl"_s, MentorType::Volunteer, {u"dansk"_s}, {u"strik"_s}, u"9000"_s, 2);
        fullMentor = addMentor(u"Åse"_s, u"Østergaard"_s, MentorType::Volunteer, {u"arabisk"_s}, {u"fodbold"_s}, u"8000"_s, 1);
        // The full mentor has an approved mentee already.
        Mentee other = m;
        other.firstName = u"Omar"_s;
        const Id otherId = *storage::MenteeRepository(*db).add(other);
        const Id proposal = *storage::MatchWorkflow(*db).propose({otherId, fullMentor, 50, {}, MatchSource::Manual});
        if (!storage::MatchWorkflow(*db).approve(proposal))
            qFatal("cannot approve the set-up match");
    }

    Id addMentor(const QString &first, const QString &last, MentorType type, const QStringList &languages,
                 const QStringList &interests, const QString &postcode, int capacity)
    {
        Mentor m;
        m.firstName = first;
        m.lastName = last;
        m.mentorType = type;
        m.email = first.toLower() + u"@example.dk"_s;
        m.languages = languages;
        m.interests = interests;
        m.postcode = postcode;
        m.capacity = capacity;
        return *storage::MentorRepository(*db).add(m);
    }

    QString mentorName(Id id) const { return storage::MentorRepository(*db).find(id)->fullName(); }
};

QStringList column(const QTreeWidget *tree, int c)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts << tree->topLevelItem(i)->text(c);
    return texts;
}

QStringList lines(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

// Answers the modal decision dialog that `action` opens.
void answerDecision(const std::function<void()> &action, const QString &reason, bool exclude)
{
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<DecisionDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(reason);
        dialog->findChild<QCheckBox *>(u"excludeCheck"_s)->setChecked(exclude);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    action();
    QVERIFY(answered);
}

int selectRow(MatchesPanel &panel, Id matchId)
{
    for (int row = 0; row < panel.model()->rowCount(); ++row)
        if (panel.model()->rowAt(row).id == matchId) {
            panel.table()->selectRow(row);
            return row;
        }
    return -1;
}

} // namespace

class TestMatchingPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void suggestionsRankMentorsAndExplainTheScore()
    {
        Fixture f;
        SuggestionPanel panel;
        panel.setDatabase(f.db.get());
        panel.showForMentee(f.mentee);
        auto *list = panel.findChild<QTreeWidget *>(u"suggestionList"_s);
        QCOMPARE(column(list, 1), (QStringList{f.mentorName(f.goodMentor), f.mentorName(f.weakMentor)}));
        QVERIFY(column(list, 0).at(0).toInt() > column(list, 0).at(1).toInt());
        QCOMPARE(panel.findChild<QLabel *>(u"suggestionTitle"_s)->text(), u"Best mentors for Amal Hassan"_s);
        // The best is chosen and explained line by line.
        const QStringList explanation = lines(panel.findChild<QListWidget *>(u"explanationList"_s));
        QVERIFY2(explanation.contains(u"+20 speaks arabisk and dansk"_s), qPrintable(explanation.join(u" | "_s)));
        QVERIFY(explanation.contains(u"+15 shares interests: fodbold"_s));
        QVERIFY(explanation.contains(u"+15 lives in the same postcode (8000)"_s));
        QCOMPARE(panel.findChild<QLabel *>(u"scoreLabel"_s)->text(), u"Score %1 of 100"_s.arg(column(list, 0).at(0)));

        // The full mentor appears on request, with the gate that closed the pair.
        panel.findChild<QCheckBox *>(u"showExcluded"_s)->setChecked(true);
        QCOMPARE(list->topLevelItemCount(), 3);
        QCOMPARE(list->topLevelItem(2)->text(1), f.mentorName(f.fullMentor));
        QCOMPARE(list->topLevelItem(2)->text(2), u"excluded: no free capacity (1 of 1 places taken)"_s);
        list->setCurrentItem(list->topLevelItem(2));
        QVERIFY(!panel.findChild<QPushButton *>(u"proposeButton"_s)->isEnabled());
    }

    void saysWhyNobodyCanBeProposed()
    {
        Fixture f;
        Mentee m = *storage::MenteeRepository(*f.db).find(f.mentee);
        m.preferredMentorGender = Gender::Male;
        m.mentorGenderRequired = true;  // no mentor of the fixture has a gender recorded
        QVERIFY(storage::MenteeRepository(*f.db).update(m).ok());
        SuggestionPanel panel;
        panel.setDatabase(f.db.get());
        panel.showForMentee(f.mentee);
        QCOMPARE(panel.findChild<QTreeWidget *>(u"suggestionList"_s)->topLevelItemCount(), 0);
        QCOMPARE(panel.findChild<QLabel *>(u"scoreLabel"_s)->text(),
                 u"Nobody can be proposed now: no admissible mentor (required mentor gender: 2, no free capacity: 1). "
                 "Tick \"Show excluded mentors\" to see each one."_s);
    }

    void changedWeightsReRankTheSuggestions()
    {
        Fixture f;
        SuggestionPanel panel;
        panel.setDatabase(f.db.get());
        panel.showForMentee(f.mentee);
        auto *list = panel.findChild<QTreeWidget *>(u"suggestionList"_s);
        QCOMPARE(column(list, 1).first(), f.mentorName(f.goodMentor));
        // When only the mentor type counts, the volunteer suits a refugee better than the student.
        QHash<QString, int> weights;
        for (const QString &code : allCodes<matching::Criterion>())
            weights.insert(code, 0);
        weights.insert(u"mentor_type_fit"_s, 100);
        storage::MatchingQueries queries(*f.db);
        QVERIFY(queries.setWeights(f.scheme, weights).ok());
        panel.refresh();
        QCOMPARE(column(list, 1), (QStringList{f.mentorName(f.weakMentor), f.mentorName(f.goodMentor)}));
        QCOMPARE(column(list, 0), (QStringList{u"100"_s, u"50"_s}));
        // Back to the defaults: the close fit leads again.
        QVERIFY(queries.resetWeights(f.scheme).ok());
        panel.refresh();
        QCOMPARE(column(list, 1).first(), f.mentorName(f.goodMentor));
    }

    void proposeApproveAndEndAMatch()
    {
        Fixture f;
        MatchingPage page;
        page.setDatabase(f.db.get());
        QSignalSpy changed(&page, &MatchingPage::dataChanged);
        page.suggestions()->showForMentee(f.mentee);
        auto *propose = page.suggestions()->findChild<QPushButton *>(u"proposeButton"_s);
        propose->click();
        QCOMPARE(changed.count(), 1);
        // The proposed pair stays in the list, marked, and cannot be proposed twice.
        auto *suggestions = page.suggestions()->findChild<QTreeWidget *>(u"suggestionList"_s);
        QCOMPARE(suggestions->currentItem()->text(1), f.mentorName(f.goodMentor));
        QCOMPARE(suggestions->currentItem()->text(2), u"proposed, waiting for a decision"_s);
        QVERIFY(!propose->isEnabled());
        MatchesPanel *matches = page.matches();
        QAbstractItemModelTester tester(matches->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(matches->model()->rowCount(), 1);
        const storage::MatchRow proposal = matches->model()->rowAt(0);
        QCOMPARE(proposal.mentorId, f.goodMentor);
        QCOMPARE(proposal.source, u"suggestion"_s);
        QVERIFY(!proposal.reasons.isEmpty());
        QVERIFY(page.tabs()->tabText(1).contains(u"(1)"_s));

        selectRow(*matches, proposal.id);
        matches->findChild<QPushButton *>(u"approveButton"_s)->click();
        const auto match = storage::MatchRepository(*f.db).find(proposal.id);
        QCOMPARE(match->state, MatchState::Approved);
        QVERIFY(match->courseId > 0);
        QCOMPARE(storage::CourseRepository(*f.db).find(match->courseId)->status, CourseStatus::Planned);
        QCOMPARE(matches->model()->rowCount(), 0);  // no open proposals left

        // End it: the mentee can be matched again, and the pair is not proposed again.
        matches->findChild<QComboBox *>(u"showCombo"_s)->setCurrentIndex(int(MatchListModel::Show::Approved));
        QCOMPARE(matches->model()->rowCount(), 2);
        selectRow(*matches, proposal.id);
        answerDecision([&] { matches->findChild<QPushButton *>(u"endButton"_s)->click(); }, u"no chemistry by the third meeting"_s, true);
        QCOMPARE(storage::MatchRepository(*f.db).find(proposal.id)->state, MatchState::Ended);
        QCOMPARE(storage::MenteeRepository(*f.db).find(f.mentee)->status, MenteeStatus::Waiting);
        page.suggestions()->showForMentee(f.mentee);
        auto *list = page.suggestions()->findChild<QTreeWidget *>(u"suggestionList"_s);
        QVERIFY(!column(list, 1).contains(f.mentorName(f.goodMentor)));
    }

    void showingThePageReadsProposalsMadeElsewhere()
    {
        Fixture f;
        MatchingPage page;
        page.setDatabase(f.db.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.matches()->model()->rowCount(), 0);
        page.hide();
        // A proposal from a mentor's form, while the page is not shown.
        QVERIFY(storage::MatchWorkflow(*f.db).propose({f.mentee, f.weakMentor, 40, {}, MatchSource::Suggestion}).ok());
        page.show();
        QCOMPARE(page.matches()->model()->rowCount(), 1);
        QCOMPARE(page.tabs()->tabText(1), u"Proposals and matches (1)"_s);
    }

    void rejectNeedsAReasonAndCanExcludeThePair()
    {
        Fixture f;
        const Id proposal = *storage::MatchWorkflow(*f.db).propose({f.mentee, f.weakMentor, 40, {}, MatchSource::Manual});
        {
            DecisionDialog dialog(DecisionDialog::Kind::Reject, u"Amal Hassan – Bo Dahl"_s);
            auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            dialog.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"  "_s);
            QVERIFY(!ok->isEnabled());
            dialog.findChild<QPlainTextEdit *>(u"reasonEdit"_s)->setPlainText(u"lives too far away"_s);
            QVERIFY(ok->isEnabled());
        }
        MatchesPanel panel;
        panel.setDatabase(f.db.get());
        QSignalSpy decided(&panel, &MatchesPanel::decided);
        selectRow(panel, proposal);
        QVERIFY(panel.findChild<QPushButton *>(u"rejectButton"_s)->isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(u"endButton"_s)->isEnabled());
        answerDecision([&] { panel.rejectSelected(); }, u"lives too far away"_s, true);
        QCOMPARE(decided.count(), 1);
        const auto match = storage::MatchRepository(*f.db).find(proposal);
        QCOMPARE(match->state, MatchState::Rejected);
        QCOMPARE(match->reason, u"lives too far away"_s);
        QVERIFY(match->excludePairInFuture);
        QVERIFY(storage::MatchingQueries(*f.db).excludedPairs().contains(storage::PairIds{f.mentee, f.weakMentor}));
    }

    void bulkAssignmentProposesTheOptimum()
    {
        Fixture f;
        BulkAssignmentDialog dialog(*f.db);
        QSignalSpy finished(&dialog, &BulkAssignmentDialog::runFinished);
        QSignalSpy proposed(&dialog, &BulkAssignmentDialog::proposed);
        dialog.run();
        QVERIFY(finished.wait(10000));
        auto *results = dialog.findChild<QTableWidget *>(u"resultTable"_s);
        QCOMPARE(results->rowCount(), 1);
        QCOMPARE(results->item(0, 1)->text(), u"Amal Hassan"_s);
        QCOMPARE(results->item(0, 2)->text(), f.mentorName(f.goodMentor));
        QCOMPARE(results->item(0, 5)->text().section(u" ("_s, 0, 0), f.mentorName(f.weakMentor));  // the best alternative
        QVERIFY(dialog.findChild<QLabel *>(u"summaryLabel"_s)->text().startsWith(u"Matched 1 of 1 waiting mentees"_s));

        // Pin the alternative: the next run gives the mentee the weaker mentor, marked pinned.
        results->selectRow(0);
        dialog.findChild<QPushButton *>(u"pinAlternativeButton"_s)->click();
        dialog.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(results->item(0, 2)->text(), f.mentorName(f.weakMentor));
        QCOMPARE(results->item(0, 0)->text(), u"pinned"_s);
        // Unpin it, and exclude the better pair instead: the same result, not pinned.
        results->selectRow(0);
        dialog.togglePinSelected();
        dialog.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(results->item(0, 2)->text(), f.mentorName(f.goodMentor));
        results->selectRow(0);
        dialog.excludeSelected();
        dialog.run();
        QVERIFY(finished.wait(10000));
        QCOMPARE(results->item(0, 2)->text(), f.mentorName(f.weakMentor));
        QCOMPARE(results->item(0, 0)->text(), QString());
        dialog.proposeAll();
        QCOMPARE(proposed.count(), 1);
        const QList<Match> stored = storage::MatchRepository(*f.db).forMentee(f.mentee);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().mentorId, f.weakMentor);
        QCOMPARE(stored.first().source, MatchSource::Bulk);
    }

    // The Matching section on demo data, as a coordinator sees it; the images go to
    // MENTORDESK_SCREENSHOTS (a folder) when it is set, else to a temporary folder.
    void rendersOnDemoData()
    {
        QTemporaryDir dir;
        auto opened = storage::Database::open(dir.filePath(u"demo.sqlite"_s), storage::Database::Mode::CreateIfMissing);
        QVERIFY(opened.ok());
        demo::DemoOptions options;
        options.mentors = 40;
        options.mentees = 120;
        QVERIFY(demo::DemoDataGenerator(*opened.database).generate(options).ok());
        QString folder = qEnvironmentVariable("MENTORDESK_SCREENSHOTS");
        if (folder.isEmpty())
            folder = dir.path();
        const QList<Mentee> open = storage::MenteeRepository(*opened.database).openForMatching();
        QVERIFY(!open.isEmpty());

        SuggestionPanel panel;
        panel.resize(620, 560);
        panel.setDatabase(opened.database.get());
        panel.showForMentee(open.first().id);
        QVERIFY(panel.findChild<QTreeWidget *>(u"suggestionList"_s)->topLevelItemCount() > 0);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(folder + u"/matching-suggestions.png"_s));

        BulkAssignmentDialog dialog(*opened.database);
        QSignalSpy finished(&dialog, &BulkAssignmentDialog::runFinished);
        dialog.run();
        QVERIFY(finished.wait(20000));
        QVERIFY(dialog.findChild<QTableWidget *>(u"resultTable"_s)->rowCount() > 0);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.grab().save(folder + u"/bulk-assignment.png"_s));
    }
};

QTEST_MAIN(TestMatchingPage)
#include "tst_matchingpage.moc"
