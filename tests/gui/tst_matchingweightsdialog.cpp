#include "guitestsupport.h"

#include "dialogs/matchingweightsdialog.h"

#include "storage/matchingqueries.h"
#include "storage/schemerepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSqlQuery>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace mentordesk;
using gui::MatchingWeightsDialog;
using guitest::child;
using matching::Criterion;
using matching::Weights;

namespace {

QSpinBox *weightSpin(QWidget *dialog, const char *code)
{
    return child<QSpinBox>(dialog, u"weight_"_s + QLatin1StringView(code));
}

// As a user does it: select the spin box's text and type the new number.
void typeWeight(QWidget *dialog, const char *code, int weight)
{
    QSpinBox *spin = weightSpin(dialog, code);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(weight));
}

void clickSave(QWidget *dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class TestMatchingWeightsDialog : public QObject {
    Q_OBJECT

private:
    guitest::ScratchDatabase m_db;
    domain::Id m_jobcentre = 0;
    domain::Id m_school = 0;

    domain::Id addScheme(const QString &name, bool archived = false)
    {
        domain::Scheme scheme;
        scheme.name = name;
        scheme.archived = archived;
        auto added = storage::SchemeRepository(*m_db).add(scheme);
        if (!added.ok())
            qWarning() << added.error();
        return added.ok() ? *added : 0;
    }

    QHash<QString, int> stored(domain::Id schemeId) const { return storage::MatchingQueries(*m_db).weights(schemeId); }

private Q_SLOTS:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QVERIFY(m_db.open());
        m_jobcentre = addScheme(u"Jobcentre mentor"_s);
        m_school = addScheme(u"School mentor"_s);
        QVERIFY(m_jobcentre && m_school);
    }

    void cleanup()
    {
        m_db.close();
    }

    void loadsTheStoredWeights()
    {
        QVERIFY(storage::MatchingQueries(*m_db).setWeights(m_jobcentre, {{u"languages"_s, 40}, {u"load"_s, 0}}).ok());
        MatchingWeightsDialog dialog(*m_db, nullptr, m_jobcentre);
        QCOMPARE(dialog.schemeId(), m_jobcentre);
        QCOMPARE(child<QComboBox>(&dialog, u"schemeCombo"_s)->currentText(), u"Jobcentre mentor"_s);
        QCOMPARE(weightSpin(&dialog, "languages")->value(), 40);
        QCOMPARE(child<QSlider>(&dialog, u"weightSlider_languages"_s)->value(), 40);
        QCOMPARE(weightSpin(&dialog, "load")->value(), 0);
        // Criteria without a row show their default.
        QCOMPARE(weightSpin(&dialog, "interests")->value(), Weights::defaults().of(Criterion::Interests));
        QVERIFY(!dialog.isModified());
        // Every criterion has a row with its name.
        for (const auto &entry : domain::enumEntries<Criterion>()) {
            QVERIFY(weightSpin(&dialog, entry.code));
            QCOMPARE(child<QLabel>(&dialog, u"label_"_s + QLatin1StringView(entry.code))->text(), domain::label(entry.value));
        }
    }

    void opensOnTheFirstSchemeAndIsWindowModalOverAWindow()
    {
        QWidget window;
        MatchingWeightsDialog dialog(*m_db, &window);
        QCOMPARE(dialog.windowModality(), Qt::WindowModal);
        QCOMPARE(dialog.schemeId(), m_jobcentre);
        QCOMPARE(dialog.weights(), Weights::defaults());
    }

    void sliderAndSpinBoxMoveTogetherAndSharesFollow()
    {
        MatchingWeightsDialog dialog(*m_db, nullptr, m_jobcentre);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The defaults add up to 100, so shares equal weights.
        QCOMPARE(child<QLabel>(&dialog, u"share_languages"_s)->text(), u"20%"_s);
        auto *slider = child<QSlider>(&dialog, u"weightSlider_distance"_s);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_PageUp);  // 15 + 10
        QCOMPARE(weightSpin(&dialog, "distance")->value(), 25);
        typeWeight(&dialog, "languages", 30);
        QCOMPARE(child<QSlider>(&dialog, u"weightSlider_languages"_s)->value(), 30);
        QCOMPARE(dialog.weights().total(), 120);
        QCOMPARE(child<QLabel>(&dialog, u"share_languages"_s)->text(), u"25%"_s);
        QVERIFY(child<QLabel>(&dialog, u"totalLabel"_s)->text().contains(u"120"_s));
        Weights none;
        dialog.setWeights(none);
        QCOMPARE(child<QLabel>(&dialog, u"share_languages"_s)->text(), u"–"_s);
        QVERIFY(child<QLabel>(&dialog, u"totalLabel"_s)->text().contains(u"score 0"_s));
    }

    void editingAndSavingStoresTheWeights()
    {
        MatchingWeightsDialog dialog(*m_db, nullptr, m_school);
        QSignalSpy saved(&dialog, &MatchingWeightsDialog::weightsSaved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeWeight(&dialog, "languages", 55);
        typeWeight(&dialog, "experience", 0);
        QVERIFY(dialog.isModified());
        clickSave(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<domain::Id>(), m_school);
        const QHash<QString, int> weights = stored(m_school);
        QCOMPARE(weights.value(u"languages"_s), 55);
        QCOMPARE(weights.value(u"experience"_s, -1), 0);
        Weights expected = Weights::defaults();
        expected.set(Criterion::Languages, 55);
        expected.set(Criterion::Experience, 0);
        QCOMPARE(Weights::fromCodes(weights), expected);
        QVERIFY(stored(m_jobcentre).isEmpty());  // the other scheme is untouched
    }

    void theRegionRuleIsSavedWithTheScheme()
    {
        MatchingWeightsDialog dialog(*m_db, nullptr, m_school);
        auto *sameRegion = child<QCheckBox>(&dialog, u"sameRegionCheck"_s);
        QVERIFY(!sameRegion->isChecked());
        sameRegion->setChecked(true);
        QVERIFY(dialog.isModified());
        clickSave(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(storage::SchemeRepository(*m_db).find(m_school)->sameRegionOnly);
        QVERIFY(!storage::SchemeRepository(*m_db).find(m_jobcentre)->sameRegionOnly);
        QVERIFY(stored(m_school).isEmpty());  // the weights stayed the defaults
        // Opened again, it shows the rule; unticked and saved, the rule is gone.
        MatchingWeightsDialog again(*m_db, nullptr, m_school);
        sameRegion = child<QCheckBox>(&again, u"sameRegionCheck"_s);
        QVERIFY(sameRegion->isChecked());
        QVERIFY(!again.isModified());
        sameRegion->setChecked(false);
        clickSave(&again);
        QVERIFY(!storage::SchemeRepository(*m_db).find(m_school)->sameRegionOnly);
    }

    void resetThenSaveLeavesNoStoredRows()
    {
        QVERIFY(storage::MatchingQueries(*m_db).setWeights(m_jobcentre, {{u"languages"_s, 90}, {u"distance"_s, 1}}).ok());
        MatchingWeightsDialog dialog(*m_db, nullptr, m_jobcentre);
        QSignalSpy saved(&dialog, &MatchingWeightsDialog::weightsSaved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(&dialog, u"resetButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.weights(), Weights::defaults());
        QCOMPARE(weightSpin(&dialog, "languages")->value(), Weights::defaults().of(Criterion::Languages));
        QVERIFY(dialog.isModified());
        QVERIFY(!stored(m_jobcentre).isEmpty());  // only the form changed so far
        clickSave(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.size(), 1);
        QVERIFY(stored(m_jobcentre).isEmpty());
        QSqlQuery rows(m_db->connection());
        QVERIFY(rows.exec(u"SELECT count(*) FROM matching_weight"_s));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toInt(), 0);
    }

    void switchingSchemeLoadsItsWeights()
    {
        QVERIFY(storage::MatchingQueries(*m_db).setWeights(m_jobcentre, {{u"languages"_s, 40}}).ok());
        QVERIFY(storage::MatchingQueries(*m_db).setWeights(m_school, {{u"languages"_s, 70}, {u"distance"_s, 0}}).ok());
        MatchingWeightsDialog dialog(*m_db, nullptr, m_jobcentre);
        int asked = 0;
        dialog.setUnsavedQuestion([&asked] { ++asked; return QMessageBox::Cancel; });
        auto *combo = child<QComboBox>(&dialog, u"schemeCombo"_s);
        QCOMPARE(weightSpin(&dialog, "languages")->value(), 40);
        combo->setCurrentIndex(combo->findData(m_school));
        QCOMPARE(asked, 0);  // nothing changed: nothing to ask
        QCOMPARE(dialog.schemeId(), m_school);
        QCOMPARE(weightSpin(&dialog, "languages")->value(), 70);
        QCOMPARE(weightSpin(&dialog, "distance")->value(), 0);
        QCOMPARE(child<QSlider>(&dialog, u"weightSlider_distance"_s)->value(), 0);
        combo->setCurrentIndex(combo->findData(m_jobcentre));
        QCOMPARE(weightSpin(&dialog, "distance")->value(), Weights::defaults().of(Criterion::Distance));
    }

    void switchingWithUnsavedChangesAsks()
    {
        MatchingWeightsDialog dialog(*m_db, nullptr, m_jobcentre);
        QSignalSpy saved(&dialog, &MatchingWeightsDialog::weightsSaved);
        QMessageBox::StandardButton answer = QMessageBox::Cancel;
        int asked = 0;
        dialog.setUnsavedQuestion([&] { ++asked; return answer; });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *combo = child<QComboBox>(&dialog, u"schemeCombo"_s);
        typeWeight(&dialog, "interests", 33);

        // Cancel: stay on the scheme, with the change kept.
        combo->setCurrentIndex(combo->findData(m_school));
        QCOMPARE(asked, 1);
        QCOMPARE(combo->currentData().value<domain::Id>(), m_jobcentre);
        QCOMPARE(dialog.schemeId(), m_jobcentre);
        QCOMPARE(weightSpin(&dialog, "interests")->value(), 33);

        // Save: stored for the scheme left, then the other one is shown.
        answer = QMessageBox::Save;
        combo->setCurrentIndex(combo->findData(m_school));
        QCOMPARE(asked, 2);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().value<domain::Id>(), m_jobcentre);
        QCOMPARE(stored(m_jobcentre).value(u"interests"_s), 33);
        QCOMPARE(dialog.schemeId(), m_school);
        QCOMPARE(weightSpin(&dialog, "interests")->value(), Weights::defaults().of(Criterion::Interests));

        // Discard: the change is dropped, nothing stored.
        answer = QMessageBox::Discard;
        typeWeight(&dialog, "interests", 77);
        combo->setCurrentIndex(combo->findData(m_jobcentre));
        QCOMPARE(asked, 3);
        QCOMPARE(saved.size(), 1);
        QVERIFY(stored(m_school).isEmpty());
        QCOMPARE(weightSpin(&dialog, "interests")->value(), 33);

        // Closing with changes asks the same; Cancel keeps the dialog open.
        answer = QMessageBox::Cancel;
        typeWeight(&dialog, "interests", 12);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(asked, 4);
        QVERIFY(dialog.isVisible());
        answer = QMessageBox::Discard;
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(stored(m_jobcentre).value(u"interests"_s), 33);
    }

    void aStorageErrorKeepsTheForm()
    {
        MatchingWeightsDialog dialog(*m_db, nullptr, m_jobcentre);
        QStringList reported;
        dialog.setErrorReport([&reported](const QString &message) { reported << message; });
        QSignalSpy saved(&dialog, &MatchingWeightsDialog::weightsSaved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        typeWeight(&dialog, "languages", 61);
        QSqlQuery drop(m_db->connection());
        QVERIFY(drop.exec(u"DROP TABLE matching_weight"_s));
        clickSave(&dialog);
        QCOMPARE(reported.size(), 1);
        QVERIFY(!reported.first().isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(saved.size(), 0);
        QCOMPARE(weightSpin(&dialog, "languages")->value(), 61);
        QVERIFY(dialog.isModified());
        // Reset goes through the other storage call, which fails the same way.
        QTest::mouseClick(child<QPushButton>(&dialog, u"resetButton"_s), Qt::LeftButton);
        clickSave(&dialog);
        QCOMPARE(reported.size(), 2);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.weights(), Weights::defaults());
    }

    void archivedSchemesOnlyWhenAskedFor()
    {
        const domain::Id old = addScheme(u"Old scheme"_s, true);
        {
            MatchingWeightsDialog dialog(*m_db);
            QCOMPARE(child<QComboBox>(&dialog, u"schemeCombo"_s)->findData(old), -1);
        }
        MatchingWeightsDialog dialog(*m_db, nullptr, old);
        QCOMPARE(dialog.schemeId(), old);
        QCOMPARE(child<QComboBox>(&dialog, u"schemeCombo"_s)->currentText(), u"Old scheme (archived)"_s);
    }

    void withoutSchemesNothingCanBeSaved()
    {
        QTemporaryDir dir;
        const auto empty = guitest::createDatabase(dir);
        QVERIFY(empty);
        MatchingWeightsDialog dialog(*empty);
        QCOMPARE(dialog.schemeId(), domain::Id(0));
        QVERIFY(!child<QComboBox>(&dialog, u"schemeCombo"_s)->isEnabled());
        QVERIFY(!child<QDialogButtonBox>(&dialog, u"buttonBox"_s)->button(QDialogButtonBox::Save)->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
    }

    // The image goes to MENTORDESK_SCREENSHOTS (a folder) when it is set, else to a temporary one.
    void rendersForTheScreenshot()
    {
        QVERIFY(guitest::addDemoData(*m_db, 5, 5));
        domain::Id shown = 0;
        for (const domain::Scheme &scheme : storage::SchemeRepository(*m_db).all())
            if (scheme.name.contains(u"§ 93"_s))
                shown = scheme.id;
        QVERIFY(shown);
        QVERIFY(storage::MatchingQueries(*m_db)
                    .setWeights(shown, {{u"languages"_s, 25}, {u"availability"_s, 25}, {u"age_band"_s, 0}})
                    .ok());
        MatchingWeightsDialog dialog(*m_db, nullptr, shown);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Nothing cut off: every label gets the width it asks for.
        for (auto *label : dialog.findChildren<QLabel *>())
            if (label->isVisible() && !label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->objectName()));
        const QTemporaryDir scratch;
        QVERIFY(dialog.grab().save(guitest::screenshotFolder(scratch) + u"/matching-weights.png"_s));
    }
};

QTEST_MAIN(TestMatchingWeightsDialog)
#include "tst_matchingweightsdialog.moc"
