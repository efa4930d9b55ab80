#include "endcoursedialog.h"

#include "dialoglines.h"
#include "dialogs/formhelpers.h"
#include "widgets/optionaldateedit.h"

#include "storage/courserepository.h"
#include "storage/courseworkflow.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

EndCourseDialog::EndCourseDialog(storage::Database &db, qint64 courseId, QWidget *parent)
    : QDialog(parent), m_db(db), m_courseId(courseId), m_endDate(new QDateEdit(this)), m_reason(new QComboBox(this)),
      m_outcome(new QComboBox(this)), m_finalStatus(new QPlainTextEdit(this)),
      m_followUp(new OptionalDateEdit(tr("Agreed for"), this)), m_error(lines::refusal(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"endCourseDialog"_s);
    setWindowTitle(tr("End course"));
    const std::optional<Course> course = storage::CourseRepository(db).find(courseId);
    const std::optional<Mentee> mentee = course ? storage::MenteeRepository(db).find(course->menteeId) : std::nullopt;
    std::optional<Mentor> mentor;
    if (course && course->currentMatchId > 0)
        if (const std::optional<Match> match = storage::MatchRepository(db).find(course->currentMatchId))
            mentor = storage::MentorRepository(db).find(match->mentorId);
    m_courseStart = course ? course->startDate : QDate();

    auto *intro = new QLabel(mentee ? tr("End the course of %1, which started on %2.")
                                          .arg(mentee->fullName(), m_courseStart.toString(Qt::ISODate))
                                    : tr("End the course."),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    // What ending does beyond the course row, so nobody is surprised by the mentor's free place.
    auto *effect = lines::note(mentor ? tr("Ending frees %1's place for a new mentee, enters the Ending phase and marks the "
                                           "mentee ended. Goals, meetings, logbook and hours stay with the course.")
                                            .arg(mentor->fullName())
                                      : tr("Ending frees the mentor's place for a new mentee, enters the Ending phase and marks "
                                           "the mentee ended. Goals, meetings, logbook and hours stay with the course."),
                               this);
    effect->setObjectName(u"effectLabel"_s);

    m_endDate->setObjectName(u"endDateEdit"_s);
    m_endDate->setCalendarPopup(true);
    m_endDate->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_reason->setObjectName(u"reasonCombo"_s);
    form::fillCombo<EndingReason>(m_reason);
    m_outcome->setObjectName(u"outcomeCombo"_s);
    form::fillCombo<Outcome>(m_outcome);
    form::setComboValue(m_outcome, std::optional<Outcome>(Outcome::Unknown));
    m_finalStatus->setObjectName(u"finalStatusEdit"_s);
    m_finalStatus->setTabChangesFocus(true);
    m_finalStatus->setPlaceholderText(tr("Strengths the mentee has shown, and what is still hard"));
    m_followUp->setObjectName(u"followUpEdit"_s);
    m_followUp->setToolTip(tr("e.g. the mentee reports back in half a year"));

    auto *fields = new QFormLayout;
    fields->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // dates and choices keep their size
    fields->addRow(tr("End &date:"), m_endDate);
    fields->addRow(tr("&Reason:"), m_reason);
    fields->addRow(tr("&Outcome:"), m_outcome);
    fields->addRow(tr("&Final status:"), m_finalStatus);
    fields->addRow(tr("Follow-up &contact:"), m_followUp);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(effect);
    if (mentee && mentee->retOgPligt) {
        // The rule is checked by the domain; saying it up front spares a refusal.
        auto *rule = lines::note(tr("Ret-og-pligt: the support may only end when the mentee is in an active offer (or has "
                                    "moved, or moved to other support)."),
                                 this);
        rule->setObjectName(u"retOgPligtLabel"_s);
        layout->addWidget(rule);
    }
    layout->addLayout(fields);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("End course"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(course.has_value());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EndCourseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // "e.g. in half a year" [002]: ticking the follow-up box offers that date.
    connect(m_endDate, &QDateEdit::dateChanged, this, [this](const QDate &end) { m_followUp->setSuggestedDate(end.addMonths(6)); });
    setToday(db.today());
    setMinimumWidth(520);
    resize(600, sizeHint().height());
}

void EndCourseDialog::setToday(const QDate &today)
{
    // A course is not ended before it started; a planned start in the future is the earliest.
    m_endDate->setDate(m_courseStart.isValid() && today < m_courseStart ? m_courseStart : today);
}

Ending EndCourseDialog::ending() const
{
    Ending e;
    e.courseId = m_courseId;
    e.endDate = m_endDate->date();
    e.reason = form::comboValue<EndingReason>(m_reason).value_or(EndingReason::Other);
    e.outcome = form::comboValue<Outcome>(m_outcome).value_or(Outcome::Unknown);
    e.finalStatus = m_finalStatus->toPlainText().trimmed();
    e.followUpContact = m_followUp->date();
    return e;
}

void EndCourseDialog::accept()
{
    Ending e = ending();
    const storage::Result<Id> stored = storage::CourseWorkflow(m_db).end(e);
    if (!stored) {
        lines::showRefusal(m_error, stored.error());
        return;
    }
    m_endingId = stored.value();
    QDialog::accept();
}

} // namespace mentordesk::gui
