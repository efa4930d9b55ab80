#include "matchingweightsdialog.h"

#include "ui_matchingweightsdialog.h"

#include "storage/matchingqueries.h"
#include "storage/schemerepository.h"
#include "storage/sqlerrors.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>

using namespace Qt::StringLiterals;
using mentordesk::matching::Criterion;
using mentordesk::matching::Weights;

namespace mentordesk::gui {

namespace {

constexpr int kHeaderRows = 1;  // row 0 of the grid holds the column captions

} // namespace

MatchingWeightsDialog::MatchingWeightsDialog(storage::Database &db, QWidget *parent, std::optional<domain::Id> schemeId)
    : QDialog(parent), m_ui(std::make_unique<Ui::MatchingWeightsDialog>()), m_db(db), m_sameRegion(new QCheckBox(this))
{
    m_ui->setupUi(this);
    m_sameRegion->setObjectName(u"sameRegionCheck"_s);
    m_sameRegion->setText(tr("Propose only mentors who live in the mentee's &region"));
    m_sameRegion->setToolTip(tr("A rule, not a weight: mentors of other regions are left out of this scheme's suggestions and bulk runs."));
    m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->weightsBox) + 1, m_sameRegion);
    if (parent)
        setWindowModality(Qt::WindowModal);
    addCriterionRows();
    m_ui->totalLabel->setContentsMargins(4, 0, 4, 0);
    connect(m_ui->resetButton, &QPushButton::clicked, this, [this] { setWeights(Weights::defaults()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &MatchingWeightsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &MatchingWeightsDialog::reject);
    loadSchemes(schemeId);
    connect(m_ui->schemeCombo, &QComboBox::currentIndexChanged, this, &MatchingWeightsDialog::schemeChanged);
    // Wide enough for the slider to be worth dragging and the labels to fit on one line.
    setMinimumWidth(std::max(620, minimumSizeHint().width()));
    resize(std::max(680, sizeHint().width()), sizeHint().height());
}

MatchingWeightsDialog::~MatchingWeightsDialog() = default;

void MatchingWeightsDialog::addCriterionRows()
{
    auto *grid = m_ui->weightsGrid;
    // A share is at most "100%": keep the column that wide so it does not jump while dragging.
    const int shareWidth = QFontMetrics(font()).horizontalAdvance(tr("%1%").arg(100)) + 8;
    for (const auto &entry : domain::enumEntries<Criterion>()) {
        const int i = static_cast<int>(entry.value);
        const int row = kHeaderRows + i;
        const QString code = QString::fromLatin1(entry.code);
        auto *label = new QLabel(domain::label(entry.value), m_ui->weightsBox);
        label->setObjectName(u"label_"_s + code);
        auto *slider = new QSlider(Qt::Horizontal, m_ui->weightsBox);
        slider->setObjectName(u"weightSlider_"_s + code);
        slider->setRange(0, 100);
        slider->setPageStep(10);
        slider->setMinimumWidth(180);
        slider->setAccessibleName(label->text());
        auto *spin = new QSpinBox(m_ui->weightsBox);
        spin->setObjectName(u"weight_"_s + code);
        spin->setRange(0, 100);
        spin->setAccessibleName(label->text());
        label->setBuddy(spin);
        auto *share = new QLabel(m_ui->weightsBox);
        share->setObjectName(u"share_"_s + code);
        share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        share->setMinimumWidth(shareWidth);
        grid->addWidget(label, row, 0);
        grid->addWidget(slider, row, 1);
        grid->addWidget(spin, row, 2);
        grid->addWidget(share, row, 3);
        // setValue does not signal an unchanged value, so the pair cannot loop.
        connect(slider, &QSlider::valueChanged, spin, &QSpinBox::setValue);
        connect(spin, &QSpinBox::valueChanged, slider, &QSlider::setValue);
        connect(spin, &QSpinBox::valueChanged, this, &MatchingWeightsDialog::updateShares);
        m_sliders[size_t(i)] = slider;
        m_spins[size_t(i)] = spin;
        m_shares[size_t(i)] = share;
    }
    grid->setColumnStretch(1, 1);
}

void MatchingWeightsDialog::loadSchemes(std::optional<domain::Id> schemeId)
{
    auto *combo = m_ui->schemeCombo;
    const QSignalBlocker blocker(combo);
    for (const domain::Scheme &scheme : storage::SchemeRepository(m_db).all()) {
        // Archived schemes propose nobody; one is listed only when asked for by name.
        if (scheme.archived && scheme.id != schemeId)
            continue;
        combo->addItem(scheme.archived ? tr("%1 (archived)").arg(scheme.name) : scheme.name, scheme.id);
    }
    const bool any = combo->count() > 0;
    if (!any)
        combo->setPlaceholderText(tr("No schemes yet"));
    combo->setEnabled(any);
    m_ui->weightsBox->setEnabled(any);
    m_ui->resetButton->setEnabled(any);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(any);
    combo->setCurrentIndex(any ? std::max(0, schemeId ? combo->findData(*schemeId) : 0) : -1);
    m_schemeIndex = combo->currentIndex();
    load();
}

domain::Id MatchingWeightsDialog::schemeId() const
{
    return m_schemeIndex >= 0 ? m_ui->schemeCombo->itemData(m_schemeIndex).toLongLong() : 0;
}

Weights MatchingWeightsDialog::weights() const
{
    Weights w;
    for (const auto &entry : domain::enumEntries<Criterion>())
        w.set(entry.value, m_spins[size_t(entry.value)]->value());
    return w;
}

void MatchingWeightsDialog::setWeights(const Weights &weights)
{
    for (const auto &entry : domain::enumEntries<Criterion>())
        m_spins[size_t(entry.value)]->setValue(weights.of(entry.value));
    updateShares();
}

bool MatchingWeightsDialog::isModified() const
{
    return weights() != m_loaded || m_sameRegion->isChecked() != m_loadedSameRegion;
}

void MatchingWeightsDialog::load()
{
    const domain::Id id = schemeId();
    m_loaded = id ? Weights::fromCodes(storage::MatchingQueries(m_db).weights(id)) : Weights::defaults();
    const std::optional<domain::Scheme> scheme = id ? storage::SchemeRepository(m_db).find(id) : std::nullopt;
    m_loadedSameRegion = scheme && scheme->sameRegionOnly;
    m_sameRegion->setChecked(m_loadedSameRegion);
    m_sameRegion->setEnabled(scheme.has_value());
    setWeights(m_loaded);
}

bool MatchingWeightsDialog::save()
{
    const domain::Id id = schemeId();
    if (!id)
        return false;
    const Weights w = weights();
    // The defaults are stored as no rows at all, so the scheme follows the recommended
    // weights if they are ever tuned.
    storage::MatchingQueries queries(m_db);
    storage::WriteTransaction tx(m_db);  // the weights and the region rule together, or neither
    storage::Status stored = tx.begun() ? storage::Status() : storage::Status::failure(storage::SqlErrors::busyMessage());
    if (stored)
        stored = w == Weights::defaults() ? queries.resetWeights(id) : queries.setWeights(id, w.toCodes());
    if (stored && m_sameRegion->isChecked() != m_loadedSameRegion) {
        std::optional<domain::Scheme> scheme = storage::SchemeRepository(m_db).find(id);
        if (scheme) {
            scheme->sameRegionOnly = m_sameRegion->isChecked();
            stored = storage::SchemeRepository(m_db).update(*scheme);
        }
    }
    if (stored && !tx.commit())
        stored = storage::Status::failure(storage::SqlErrors::commitMessage());
    if (!stored) {
        const QString message = tr("The weights could not be saved. %1").arg(stored.error());
        if (m_errorReport)
            m_errorReport(message);
        else
            QMessageBox::warning(this, tr("Matching weights"), message);
        return false;
    }
    m_loaded = w;
    m_loadedSameRegion = m_sameRegion->isChecked();
    Q_EMIT weightsSaved(id);
    return true;
}

bool MatchingWeightsDialog::settleUnsavedChanges()
{
    if (!isModified())
        return true;
    QMessageBox::StandardButton answer = QMessageBox::Cancel;
    if (m_unsavedQuestion) {
        answer = m_unsavedQuestion();
    } else {
        answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("The weights of %1 have been changed. Save them?").arg(m_ui->schemeCombo->itemText(m_schemeIndex)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    }
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        return true;
    default:
        return false;
    }
}

void MatchingWeightsDialog::schemeChanged(int index)
{
    if (index == m_schemeIndex)
        return;
    if (!settleUnsavedChanges()) {
        // Back to the scheme the form belongs to, with everything typed kept.
        const QSignalBlocker blocker(m_ui->schemeCombo);
        m_ui->schemeCombo->setCurrentIndex(m_schemeIndex);
        return;
    }
    m_schemeIndex = index;
    load();
}

void MatchingWeightsDialog::updateShares()
{
    const Weights w = weights();
    const int total = w.total();
    const QLocale locale;
    for (const auto &entry : domain::enumEntries<Criterion>()) {
        const int weight = w.of(entry.value);
        m_shares[size_t(entry.value)]->setText(total > 0 ? tr("%1%").arg(locale.toString(qRound(100.0 * weight / total)))
                                                         : u"–"_s);
    }
    if (total > 0) {
        m_ui->totalLabel->setStyleSheet({});
        m_ui->totalLabel->setText(tr("Total of the weights: %1").arg(locale.toString(total)));
    } else {
        m_ui->totalLabel->setStyleSheet(u"color: #c62828;"_s);
        m_ui->totalLabel->setText(tr("All weights are 0: every pair would score 0, so the proposals would be in "
                                     "no useful order."));
    }
}

void MatchingWeightsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void MatchingWeightsDialog::reject()
{
    if (settleUnsavedChanges())
        QDialog::reject();
}

} // namespace mentordesk::gui
