#include "menteedialog.h"

#include "formhelpers.h"
#include "ui_menteedialog.h"

#include "matching/matchhistorytree.h"

#include "domain/cpr.h"
#include "storage/courserepository.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QHeaderView>
#include <QTreeWidgetItem>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

MenteeDialog::MenteeDialog(storage::Database &db, const Mentee &mentee, const QDate &today, QWidget *parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::MenteeDialog>()), m_db(db), m_mentee(mentee), m_today(today)
{
    m_ui->setupUi(this);
    setUpCommon(m_ui->duplicateFrame, m_ui->duplicateLabel, m_ui->openDuplicateButton, m_ui->errorLabel,
                m_ui->buttonBox);
    setWindowTitle(mentee.id ? tr("Mentee: %1").arg(mentee.fullName()) : tr("New mentee"));

    form::fillCombo<Gender>(m_ui->genderCombo, tr("Not stated"), true);
    form::fillCombo<Gender>(m_ui->preferredGenderCombo, tr("No preference"), true);
    form::fillCombo<TargetGroup>(m_ui->targetGroupCombo);
    form::setUpOptionalYear(m_ui->birthYearSpin, today, tr("Not stated"));
    form::setUpOptionalHours(m_ui->hoursGrantedSpin, 37, tr("Not stated"));
    form::setUpOptionalAge(m_ui->preferredAgeFromSpin, tr("Any"));
    form::setUpOptionalAge(m_ui->preferredAgeToSpin, tr("Any"));
    // The band is one field in errors; focusing it (as the first error is) goes to the lower age.
    m_ui->preferredAgeBand->setFocusProxy(m_ui->preferredAgeFromSpin);
    m_ui->schemeCombo->addItem(tr("Choose a scheme"), Id(0));
    for (const Scheme &scheme : storage::SchemeRepository(db).all())
        m_ui->schemeCombo->addItem(scheme.name, scheme.id);

    mapField(u"first_name"_s, m_ui->firstNameEdit);
    mapField(u"last_name"_s, m_ui->lastNameEdit);
    mapField(u"cpr"_s, m_ui->cprEdit);
    mapField(u"email"_s, m_ui->emailEdit);
    mapField(u"phone"_s, m_ui->phoneEdit);
    mapField(u"address"_s, m_ui->addressEdit);
    mapField(u"postcode"_s, m_ui->postcodeEdit);
    mapField(u"gender"_s, m_ui->genderCombo);
    mapField(u"birth_year"_s, m_ui->birthYearSpin);
    mapField(u"languages"_s, m_ui->languagesEdit);
    mapField(u"interests"_s, m_ui->interestsEdit);
    mapField(u"scheme"_s, m_ui->schemeCombo);
    mapField(u"target_group"_s, m_ui->targetGroupCombo);
    mapField(u"ret_og_pligt"_s, m_ui->retOgPligtCheck);
    mapField(u"hours_per_week_granted"_s, m_ui->hoursGrantedSpin);
    mapField(u"preferred_mentor_gender"_s, m_ui->preferredGenderCombo);
    mapField(u"mentor_gender_required"_s, m_ui->genderRequiredCheck);
    mapField(u"preferred_mentor_age"_s, m_ui->preferredAgeBand);
    mapField(u"availability"_s, m_ui->availabilityBox);
    mapField(u"needs"_s, m_ui->needsEdit);
    mapField(u"goal"_s, m_ui->goalEdit);
    mapField(u"notes"_s, m_ui->notesEdit);

    m_ui->matchHistoryList->setCounterpart(MatchHistoryTree::Counterpart::Mentor);
    m_ui->courseTree->setHeaderLabels({tr("Mentor"), tr("State"), tr("From"), tr("To")});
    m_ui->courseTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    load(mentee);
    loadHistory();
    m_ui->archiveButton->setVisible(mentee.id != 0 && mentee.status != MenteeStatus::Archived);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &MenteeDialog::archive);
    const auto recheck = [this] {
        m_confirmedDuplicateEmail.clear();
        hideDuplicate();
    };
    connect(m_ui->emailEdit, &QLineEdit::textEdited, this, recheck);
    connect(m_ui->cprEdit, &QLineEdit::textEdited, this, recheck);
    watchForChanges();
    setModified(false);
    m_ui->firstNameEdit->setFocus();
}

MenteeDialog::~MenteeDialog() = default;

void MenteeDialog::load(const Mentee &m)
{
    m_ui->firstNameEdit->setText(m.firstName);
    m_ui->lastNameEdit->setText(m.lastName);
    m_ui->cprEdit->setText(m.cpr);
    m_ui->emailEdit->setText(m.email);
    m_ui->phoneEdit->setText(m.phone);
    m_ui->addressEdit->setText(m.address);
    m_ui->postcodeEdit->setText(m.postcode);
    form::setComboValue(m_ui->genderCombo, m.gender);
    form::setOptionalInt(m_ui->birthYearSpin, m.birthYear);
    m_ui->languagesEdit->setText(form::joinList(m.languages));
    m_ui->interestsEdit->setText(form::joinList(m.interests));
    m_ui->schemeCombo->setCurrentIndex(std::max(0, m_ui->schemeCombo->findData(m.schemeId)));
    form::setComboValue(m_ui->targetGroupCombo, std::optional(m.targetGroup));
    m_ui->retOgPligtCheck->setChecked(m.retOgPligt);
    form::setOptionalDouble(m_ui->hoursGrantedSpin, m.hoursPerWeekGranted);
    form::setComboValue(m_ui->preferredGenderCombo, m.preferredMentorGender);
    m_ui->genderRequiredCheck->setChecked(m.mentorGenderRequired);
    form::setOptionalInt(m_ui->preferredAgeFromSpin, m.preferredMentorAgeFrom);
    form::setOptionalInt(m_ui->preferredAgeToSpin, m.preferredMentorAgeTo);
    m_ui->availabilityGrid->setAvailability(m.availability);
    m_ui->needsEdit->setPlainText(m.needs);
    m_ui->goalEdit->setPlainText(m.goal);
    m_ui->notesEdit->setPlainText(m.notes);
}

Mentee MenteeDialog::mentee() const
{
    Mentee m = m_mentee;
    m.firstName = m_ui->firstNameEdit->text().trimmed();
    m.lastName = m_ui->lastNameEdit->text().trimmed();
    m.cpr = m_ui->cprEdit->text().trimmed();
    m.email = m_ui->emailEdit->text().trimmed();
    m.phone = m_ui->phoneEdit->text().trimmed();
    m.address = m_ui->addressEdit->text().trimmed();
    m.postcode = m_ui->postcodeEdit->text().trimmed();
    m.gender = form::comboValue<Gender>(m_ui->genderCombo);
    m.birthYear = form::optionalInt(m_ui->birthYearSpin);
    m.languages = form::splitList(m_ui->languagesEdit->text());
    m.interests = form::splitList(m_ui->interestsEdit->text());
    m.schemeId = m_ui->schemeCombo->currentData().toLongLong();
    m.targetGroup = form::comboValue<TargetGroup>(m_ui->targetGroupCombo).value_or(TargetGroup::Other);
    m.retOgPligt = m_ui->retOgPligtCheck->isChecked();
    m.hoursPerWeekGranted = form::optionalDouble(m_ui->hoursGrantedSpin);
    m.preferredMentorGender = form::comboValue<Gender>(m_ui->preferredGenderCombo);
    m.mentorGenderRequired = m_ui->genderRequiredCheck->isChecked();
    m.preferredMentorAgeFrom = form::optionalInt(m_ui->preferredAgeFromSpin);
    m.preferredMentorAgeTo = form::optionalInt(m_ui->preferredAgeToSpin);
    m.availability = m_ui->availabilityGrid->availability();
    m.needs = m_ui->needsEdit->toPlainText().trimmed();
    m.goal = m_ui->goalEdit->toPlainText().trimmed();
    m.notes = m_ui->notesEdit->toPlainText().trimmed();
    if (m.id == 0 && !m.registeredOn.isValid())
        m.registeredOn = m_today;  // the waiting time counts from registration
    return m;
}

void MenteeDialog::loadHistory()
{
    const QList<Match> matches = m_mentee.id ? storage::MatchRepository(m_db).forMentee(m_mentee.id) : QList<Match>();
    const storage::MentorRepository mentors(m_db);
    const auto mentorName = [&mentors](Id id) {
        const auto mentor = mentors.find(id);
        return mentor ? mentor->fullName() : QString();
    };
    m_ui->matchHistoryList->showMatches(matches, [&](const Match &match) { return mentorName(match.mentorId); });

    auto *courses = m_ui->courseTree;
    courses->clear();
    QHash<Id, Id> mentorOfMatch;
    for (const Match &match : matches)
        mentorOfMatch.insert(match.id, match.mentorId);
    if (m_mentee.id)
        for (const Course &course : storage::CourseRepository(m_db).forMentee(m_mentee.id)) {
            const Id mentor = mentorOfMatch.value(course.currentMatchId);
            new QTreeWidgetItem(courses, {mentor ? mentorName(mentor) : QString(), label(course.status),
                                          dateText(course.startDate), dateText(course.plannedEndDate)});
        }
    if (courses->topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(courses, {tr("No courses yet")});
        none->setFirstColumnSpanned(true);
    }
}

bool MenteeDialog::passesDuplicateCheck(const Mentee &m)
{
    const storage::MenteeRepository repository(m_db);
    // The same CPR number is the same person: never a second record, also not when editing.
    if (!m.cpr.isEmpty()) {
        if (const auto same = repository.withCpr(m.cpr); same && same->id != m.id) {
            const QString text = tr("A mentee with this CPR number is already registered: %1").arg(same->fullName());
            showErrors({{u"cpr"_s, text}});
            showDuplicate(text, same->id, {});
            return false;
        }
    }
    if (m.id == 0 && !m.email.isEmpty() && m_confirmedDuplicateEmail != m.email.toLower()) {
        if (const QList<Mentee> same = repository.withEmail(m.email); !same.isEmpty()) {
            showErrors({});
            showDuplicate(tr("A mentee with this e-mail address is already registered: %1").arg(same.first().fullName()),
                          same.first().id, tr("Save anyway"));
            m_confirmedDuplicateEmail = m.email.toLower();
            return false;
        }
    }
    return true;
}

void MenteeDialog::accept()
{
    Mentee m = mentee();
    if (const Errors errors = m.validate(m_today); !errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    if (!passesDuplicateCheck(m))
        return;
    storage::MenteeRepository repository(m_db);
    const storage::Status stored = m.id ? repository.update(m) : repository.add(m).status();
    if (!stored) {
        showErrors({}, stored.error());
        return;
    }
    showErrors({});
    m_mentee = m;
    setModified(false);
    Q_EMIT saved(m.id);
    QDialog::accept();
}

void MenteeDialog::archive()
{
    if (!confirmArchive(mentee().fullName()))
        return;
    // The form has no status field of its own; a refused save keeps the old status.
    const MenteeStatus before = m_mentee.status;
    m_mentee.status = MenteeStatus::Archived;
    accept();
    if (result() != QDialog::Accepted)
        m_mentee.status = before;
}

} // namespace mentordesk::gui
