#include "chemistrydialog.h"

#include "dialoglines.h"

#include "storage/attentionqueries.h"
#include "storage/courserepository.h"
#include "storage/courseworkflow.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

ChemistryDialog::ChemistryDialog(storage::Database &db, qint64 courseId, QWidget *parent)
    : QDialog(parent), m_db(db), m_courseId(courseId), m_works(new QRadioButton(label(Chemistry::Ok), this)),
      m_none(new QRadioButton(label(Chemistry::NotOk), this)), m_date(new QDateEdit(this)), m_hint(new QLabel(this)),
      m_error(lines::refusal(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"chemistryDialog"_s);
    setWindowTitle(tr("Chemistry check"));
    const std::optional<Course> course = storage::CourseRepository(db).find(courseId);
    std::optional<Match> match;
    if (course && course->currentMatchId > 0)
        match = storage::MatchRepository(db).find(course->currentMatchId);
    const std::optional<Mentor> mentor = match ? storage::MentorRepository(db).find(match->mentorId) : std::nullopt;

    const std::optional<Mentee> mentee = course ? storage::MenteeRepository(db).find(course->menteeId) : std::nullopt;
    auto *intro = new QLabel(!mentor ? tr("The course has no mentor whose chemistry could be checked.")
                             : mentee ? tr("Does the chemistry between %1 and %2 work?").arg(mentee->fullName(), mentor->fullName())
                                      : tr("Does the chemistry between the mentee and %1 work?").arg(mentor->fullName()),
                             this);
    intro->setObjectName(u"introLabel"_s);
    intro->setWordWrap(true);
    const int meetings = storage::AttentionQueries(db).thresholds().chemistryAfterMeetings;
    auto *rule = lines::note(meetings == 1 ? tr("The volunteer guide's rule: without chemistry the mentor asks for a change at "
                                                "the latest after the first meeting. A change is nobody's fault.")
                                           : tr("The volunteer guide's rule: without chemistry the mentor asks for a change at "
                                                "the latest after %1 meetings. A change is nobody's fault.")
                                                 .arg(meetings),
                             this);
    rule->setObjectName(u"ruleLabel"_s);

    m_works->setObjectName(u"chemistryOkRadio"_s);
    m_none->setObjectName(u"noChemistryRadio"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_works);
    group->addButton(m_none);
    m_works->setChecked(true);
    if (match && match->chemistry)
        (*match->chemistry == Chemistry::NotOk ? m_none : m_works)->setChecked(true);
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    if (course && course->startDate.isValid())
        m_date->setMinimumDate(course->startDate);
    m_hint->setObjectName(u"changeHint"_s);
    m_hint->setWordWrap(true);

    auto *answers = new QHBoxLayout;
    answers->addWidget(m_works);
    answers->addWidget(m_none);
    answers->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // dates and choices keep their size
    form->addRow(tr("Answer:"), answers);
    form->addRow(tr("Checked &on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(rule);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record check"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(match.has_value());
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChemistryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_none, &QRadioButton::toggled, this, &ChemistryDialog::updateHint);
    setToday(db.today());
    if (match && match->chemistryDate.isValid())
        m_date->setDate(match->chemistryDate);  // a check recorded before is corrected, not repeated
    updateHint();
    setMinimumWidth(460);
    resize(520, sizeHint().height());
}

void ChemistryDialog::setToday(const QDate &today)
{
    m_date->setMaximumDate(today);  // a check is recorded after it was asked, never ahead
    m_date->setDate(today);
}

Chemistry ChemistryDialog::chemistry() const
{
    return m_none->isChecked() ? Chemistry::NotOk : Chemistry::Ok;
}

QDate ChemistryDialog::date() const
{
    return m_date->date();
}

void ChemistryDialog::updateHint()
{
    m_hint->setText(noChemistry() ? tr("After recording it you can change the mentor; the course keeps its history.") : QString());
    m_hint->setVisible(noChemistry());
}

void ChemistryDialog::accept()
{
    const storage::Status recorded = storage::CourseWorkflow(m_db).recordChemistry(m_courseId, chemistry(), date());
    if (!recorded) {
        lines::showRefusal(m_error, recorded.error());
        return;
    }
    QDialog::accept();
}

} // namespace mentordesk::gui
