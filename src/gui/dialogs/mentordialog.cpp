#include "mentordialog.h"

#include "formhelpers.h"
#include "ui_mentordialog.h"

#include <QMessageBox>

#include "matching/matchhistorytree.h"
#include "matching/mentorsuggestionsdialog.h"

#include "agreements/caseloadsheet.h"
#include "storage/auditrepository.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

void MentorDialog::printCaseload()
{
    const std::optional<QString> html = agreements::CaseloadSheet::html(m_db, m_mentor.id);
    if (!html)
        return;
    if (!m_print(this, tr("Caseload sheet: %1").arg(m_mentor.fullName()), htmlPages(*html)))
        return;
    if (const storage::Status audited = storage::AuditRepository(m_db).record(AuditAction::Print, u"mentor"_s, m_mentor.id); !audited)
        QMessageBox::warning(this, windowTitle(), audited.error());
}

MentorDialog::MentorDialog(storage::Database &db, const Mentor &mentor, const QDate &today, QWidget *parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::MentorDialog>()), m_db(db), m_mentor(mentor), m_today(today)
{
    m_ui->setupUi(this);
    setUpCommon(m_ui->duplicateFrame, m_ui->duplicateLabel, m_ui->openDuplicateButton, m_ui->errorLabel,
                m_ui->buttonBox);
    setWindowTitle(mentor.id ? tr("Mentor: %1").arg(mentor.fullName()) : tr("New mentor"));

    form::fillCombo<MentorType>(m_ui->mentorTypeCombo);
    form::fillCombo<Gender>(m_ui->genderCombo, tr("Not stated"), true);
    form::fillCombo<MentorStatus>(m_ui->statusCombo);
    form::setUpOptionalYear(m_ui->birthYearSpin, today, tr("Not stated"));
    form::setUpOptionalHours(m_ui->hoursSpin, 60, tr("Not stated"));
    form::setUpOptionalDate(m_ui->confidentialityDate, tr("Not signed"));
    m_ui->capacitySpin->setRange(1, 50);  // the domain's limits: 0 cannot even be typed

    mapField(u"first_name"_s, m_ui->firstNameEdit);
    mapField(u"last_name"_s, m_ui->lastNameEdit);
    mapField(u"mentor_type"_s, m_ui->mentorTypeCombo);
    mapField(u"email"_s, m_ui->emailEdit);
    mapField(u"phone"_s, m_ui->phoneEdit);
    mapField(u"organisation"_s, m_ui->organisationEdit);
    mapField(u"gender"_s, m_ui->genderCombo);
    mapField(u"birth_year"_s, m_ui->birthYearSpin);
    mapField(u"postcode"_s, m_ui->postcodeEdit);
    mapField(u"languages"_s, m_ui->languagesEdit);
    mapField(u"interests"_s, m_ui->interestsEdit);
    mapField(u"qualifications"_s, m_ui->qualificationsEdit);
    mapField(u"capacity"_s, m_ui->capacitySpin);
    mapField(u"hours_per_week"_s, m_ui->hoursSpin);
    mapField(u"availability"_s, m_ui->availabilityBox);
    mapField(u"confidentiality_signed"_s, m_ui->confidentialityDate);
    mapField(u"status"_s, m_ui->statusCombo);
    mapField(u"notes"_s, m_ui->notesEdit);

    m_ui->matchHistoryList->setCounterpart(MatchHistoryTree::Counterpart::Mentee);
    load(mentor);
    loadMatches();
    updateSuggestButton();
    connect(m_ui->suggestMenteesButton, &QPushButton::clicked, this, &MentorDialog::openSuggestions);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &MentorDialog::updateSuggestButton);
    m_ui->archiveButton->setVisible(mentor.id != 0 && mentor.status != MentorStatus::Archived);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &MentorDialog::archive);
    m_ui->caseloadButton->setVisible(mentor.id != 0);
    connect(m_ui->caseloadButton, &QPushButton::clicked, this, &MentorDialog::printCaseload);
    connect(m_ui->capacitySpin, &QSpinBox::valueChanged, this, &MentorDialog::updateFreePlaces);
    // A changed e-mail needs its own duplicate check.
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, [this] {
        m_confirmedDuplicateEmail.clear();
        hideDuplicate();
    });
    watchForChanges();
    setModified(false);
    m_ui->firstNameEdit->setFocus();
}

MentorDialog::~MentorDialog() = default;

void MentorDialog::load(const Mentor &m)
{
    m_ui->firstNameEdit->setText(m.firstName);
    m_ui->lastNameEdit->setText(m.lastName);
    form::setComboValue(m_ui->mentorTypeCombo, std::optional(m.mentorType));
    m_ui->emailEdit->setText(m.email);
    m_ui->phoneEdit->setText(m.phone);
    m_ui->organisationEdit->setText(m.organisation);
    form::setComboValue(m_ui->genderCombo, m.gender);
    form::setOptionalInt(m_ui->birthYearSpin, m.birthYear);
    m_ui->postcodeEdit->setText(m.postcode);
    m_ui->languagesEdit->setText(form::joinList(m.languages));
    m_ui->interestsEdit->setText(form::joinList(m.interests));
    m_ui->qualificationsEdit->setPlainText(m.qualifications);
    m_ui->capacitySpin->setValue(m.capacity);
    form::setOptionalDouble(m_ui->hoursSpin, m.hoursPerWeek);
    m_ui->availabilityGrid->setAvailability(m.availability);
    form::setOptionalDate(m_ui->confidentialityDate, m.confidentialitySigned);
    form::setComboValue(m_ui->statusCombo, std::optional(m.status));
    m_ui->notesEdit->setPlainText(m.notes);
}

Mentor MentorDialog::mentor() const
{
    Mentor m = m_mentor;
    m.firstName = m_ui->firstNameEdit->text().trimmed();
    m.lastName = m_ui->lastNameEdit->text().trimmed();
    m.mentorType = form::comboValue<MentorType>(m_ui->mentorTypeCombo).value_or(MentorType::Volunteer);
    m.email = m_ui->emailEdit->text().trimmed();
    m.phone = m_ui->phoneEdit->text().trimmed();
    m.organisation = m_ui->organisationEdit->text().trimmed();
    m.gender = form::comboValue<Gender>(m_ui->genderCombo);
    m.birthYear = form::optionalInt(m_ui->birthYearSpin);
    m.postcode = m_ui->postcodeEdit->text().trimmed();
    m.languages = form::splitList(m_ui->languagesEdit->text());
    m.interests = form::splitList(m_ui->interestsEdit->text());
    m.qualifications = m_ui->qualificationsEdit->toPlainText().trimmed();
    m.capacity = m_ui->capacitySpin->value();
    m.hoursPerWeek = form::optionalDouble(m_ui->hoursSpin);
    m.availability = m_ui->availabilityGrid->availability();
    m.confidentialitySigned = form::optionalDate(m_ui->confidentialityDate);
    m.status = form::comboValue<MentorStatus>(m_ui->statusCombo).value_or(MentorStatus::Active);
    m.notes = m_ui->notesEdit->toPlainText().trimmed();
    return m;
}

void MentorDialog::loadMatches()
{
    m_ui->currentMenteesList->clear();
    m_approvedMentees = 0;
    const QList<Match> matches = m_mentor.id ? storage::MatchRepository(m_db).forMentor(m_mentor.id) : QList<Match>();
    const storage::MenteeRepository mentees(m_db);
    const auto nameOf = [this, &mentees](const Match &match) {
        const auto mentee = mentees.find(match.menteeId);
        return mentee ? mentee->fullName() : tr("(unknown mentee %1)").arg(match.menteeId);
    };
    for (const Match &match : matches) {
        if (match.state != MatchState::Approved)
            continue;
        ++m_approvedMentees;
        m_ui->currentMenteesList->addItem(nameOf(match));
    }
    if (m_approvedMentees == 0)
        m_ui->currentMenteesList->addItem(tr("No current mentees"));
    m_ui->matchHistoryList->showMatches(matches, nameOf);
    updateFreePlaces();
}

void MentorDialog::updateFreePlaces()
{
    const int capacity = m_ui->capacitySpin->value();
    m_ui->freePlacesLabel->setText(tr("Free places: %1 of %2").arg(std::max(0, capacity - m_approvedMentees)).arg(capacity));
}

void MentorDialog::updateSuggestButton()
{
    // Suggestions rank the mentor as stored: a new one must be saved first, and only an active
    // mentor (stored so, and not being changed to another status) can take a mentee.
    const bool active = m_mentor.status == MentorStatus::Active
                        && form::comboValue<MentorStatus>(m_ui->statusCombo) == std::optional(MentorStatus::Active);
    auto *button = m_ui->suggestMenteesButton;
    button->setEnabled(m_mentor.id != 0 && active);
    if (m_mentor.id == 0)
        button->setToolTip(tr("Save the mentor first to see which mentees would suit them."));
    else if (!active)
        button->setToolTip(tr("Suggestions are for active mentors only."));
    else
        button->setToolTip(tr("The waiting mentees who suit this mentor best, each with the score explained."));
}

void MentorDialog::openSuggestions()
{
    if (!m_ui->suggestMenteesButton->isEnabled())
        return;
    auto *dialog = new MentorSuggestionsDialog(m_db, m_mentor.id, m_mentor.fullName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorSuggestionsDialog::proposed, this, &MentorDialog::loadMatches);
    dialog->show();
}

void MentorDialog::accept()
{
    Mentor m = mentor();
    if (const Errors errors = m.validate(m_today); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    storage::MentorRepository repository(m_db);
    // A new mentor with a known e-mail is most often the same person registered twice; a
    // second OK saves anyway (two people can share a family address).
    if (m.id == 0 && !m.email.isEmpty() && m_confirmedDuplicateEmail != m.email.toLower()) {
        if (const QList<Mentor> same = repository.withEmail(m.email); !same.isEmpty()) {
            showErrors({});
            showDuplicate(tr("A mentor with this e-mail address is already registered: %1").arg(same.first().fullName()),
                          same.first().id, tr("Save anyway"));
            m_confirmedDuplicateEmail = m.email.toLower();
            return;
        }
    }
    const storage::Status stored = m.id ? repository.update(m) : repository.add(m).status();
    if (!stored) {
        showErrors({}, stored.error());
        return;
    }
    showErrors({});
    m_mentor = m;
    setModified(false);
    Q_EMIT saved(m.id);
    QDialog::accept();
}

void MentorDialog::archive()
{
    if (!confirmArchive(mentor().fullName()))
        return;
    const int before = m_ui->statusCombo->currentIndex();
    form::setComboValue(m_ui->statusCombo, std::optional(MentorStatus::Archived));
    accept();
    if (result() != QDialog::Accepted)
        m_ui->statusCombo->setCurrentIndex(before);  // a refused save must not look archived
}

} // namespace mentordesk::gui
