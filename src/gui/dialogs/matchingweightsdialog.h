#pragma once

#include "domain/recordmeta.h"
#include "matching/criteria.h"

#include <QDialog>
#include <QMessageBox>
#include <array>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace Ui {
class MatchingWeightsDialog;
}

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// How much each matching criterion counts, per scheme: a slider and a spin box per criterion,
// each criterion's share of the total, and a reset to the recommended weights. Save stores the
// weights of the chosen scheme (weights equal to the defaults store nothing: the scheme follows
// the defaults) and closes; on a storage error the dialog stays open with the form as it was.
class MatchingWeightsDialog : public QDialog {
    Q_OBJECT
public:
    // Answers "Save the changes first?" with Save, Discard or Cancel.
    using UnsavedQuestion = std::function<QMessageBox::StandardButton()>;
    // Shows a storage error.
    using ErrorReport = std::function<void(const QString &message)>;

    // Opens on `schemeId` when given, else on the first scheme. Window-modal over a parent.
    explicit MatchingWeightsDialog(storage::Database &db, QWidget *parent = nullptr,
                                   std::optional<domain::Id> schemeId = {});
    ~MatchingWeightsDialog() override;

    // The scheme chosen now; 0 when there is none.
    domain::Id schemeId() const;
    // The weights as the form shows them.
    matching::Weights weights() const;
    void setWeights(const matching::Weights &weights);
    // The form differs from what the chosen scheme has stored.
    bool isModified() const;

    // Replace the message boxes (tests answer without a modal box).
    void setUnsavedQuestion(UnsavedQuestion question) { m_unsavedQuestion = std::move(question); }
    void setErrorReport(ErrorReport report) { m_errorReport = std::move(report); }

    // Saves and closes; stays open when the weights cannot be stored.
    void accept() override;
    // Esc, Cancel and the close button: asks first when there are unsaved changes.
    void reject() override;

Q_SIGNALS:
    void weightsSaved(domain::Id schemeId);

private:
    void addCriterionRows();
    void loadSchemes(std::optional<domain::Id> schemeId);
    void schemeChanged(int index);
    void load();
    bool save();
    // False when the user chose Cancel or the save failed: stay where we are.
    bool settleUnsavedChanges();
    void updateShares();

    std::unique_ptr<Ui::MatchingWeightsDialog> m_ui;
    storage::Database &m_db;
    std::array<QSlider *, matching::kCriterionCount> m_sliders{};
    std::array<QSpinBox *, matching::kCriterionCount> m_spins{};
    std::array<QLabel *, matching::kCriterionCount> m_shares{};
    matching::Weights m_loaded;  // what the chosen scheme has stored, defaults filled in
    bool m_loadedSameRegion = false;
    QCheckBox *m_sameRegion;     // the scheme's gate: mentors of the mentee's region only
    int m_schemeIndex = -1;      // the combo index the form belongs to
    UnsavedQuestion m_unsavedQuestion;
    ErrorReport m_errorReport;
};

} // namespace mentordesk::gui
