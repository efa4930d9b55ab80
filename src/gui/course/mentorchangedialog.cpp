#include "mentorchangedialog.h"

#include "dialoglines.h"

#include "storage/courserepository.h"
#include "storage/courseworkflow.h"
#include "storage/matchrepository.h"
#include "storage/mentorrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

MentorChangeDialog::MentorChangeDialog(storage::Database &db, qint64 courseId, QWidget *parent)
    : QDialog(parent), m_db(db), m_courseId(courseId), m_why(new QComboBox(this)), m_reason(new QPlainTextEdit(this)),
      m_exclude(new QCheckBox(this)), m_findNow(new QCheckBox(this)), m_error(lines::refusal(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"mentorChangeDialog"_s);
    setWindowTitle(tr("Change mentor"));
    const std::optional<Course> course = storage::CourseRepository(db).find(courseId);
    std::optional<Match> match;
    std::optional<Mentor> mentor;
    if (course && course->currentMatchId > 0)
        match = storage::MatchRepository(db).find(course->currentMatchId);
    if (match)
        mentor = storage::MentorRepository(db).find(match->mentorId);
    m_hasMentor = mentor.has_value();

    auto *current = new QLabel(this);
    current->setObjectName(u"currentMentorLabel"_s);
    current->setWordWrap(true);
    if (mentor) {
        const QDate since = match->decidedAt.isValid() ? match->decidedAt.toLocalTime().date() : QDate();
        current->setText(since.isValid() ? tr("Current mentor: <b>%1</b>, since %2").arg(mentor->fullName().toHtmlEscaped(), since.toString(Qt::ISODate))
                                         : tr("Current mentor: <b>%1</b>").arg(mentor->fullName().toHtmlEscaped()));
    } else {
        current->setText(tr("The course has no mentor to change."));
    }
    auto *effect = lines::note(tr("The match ends and the mentor's place is free again. The course stays open without a mentor "
                                  "until a new match is approved: goals, logbook, meetings and hours stay with the course. "
                                  "A change is nobody's fault; say so to both."),
                               this);
    effect->setObjectName(u"effectLabel"_s);

    m_why->setObjectName(u"whyCombo"_s);
    for (const auto &entry : enumEntries<MatchEndReason>())
        if (entry.value != MatchEndReason::CourseEnded)  // that is the course ending, not a change
            m_why->addItem(label(entry.value), toCode(entry.value));
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("e.g. no chemistry by the third meeting; the mentee asked for a change"));
    m_exclude->setObjectName(u"excludeCheck"_s);
    m_exclude->setText(tr("&Do not propose this pair again"));
    m_findNow->setObjectName(u"findNowCheck"_s);
    m_findNow->setText(tr("&Find a new mentor in Matching now"));
    m_findNow->setChecked(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // dates and choices keep their size
    form->addRow(tr("&Why:"), m_why);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(QString(), m_exclude);
    form->addRow(QString(), m_findNow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(current);
    layout->addWidget(effect);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change mentor"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MentorChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &MentorChangeDialog::updateOk);
    updateOk();
    setMinimumWidth(500);
    resize(560, sizeHint().height());
}

MatchEndReason MentorChangeDialog::why() const
{
    return fromCode<MatchEndReason>(m_why->currentData().toString()).value_or(MatchEndReason::Other);
}

QString MentorChangeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

bool MentorChangeDialog::excludePair() const
{
    return m_exclude->isChecked();
}

bool MentorChangeDialog::findNewMentorNow() const
{
    return m_findNow->isChecked();
}

void MentorChangeDialog::updateOk()
{
    // The reason is required: a change is a decision the law expects documented.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_hasMentor && !reason().isEmpty());
}

void MentorChangeDialog::accept()
{
    storage::MentorChange change;
    change.why = why();
    change.reason = reason();
    change.excludePair = excludePair();
    change.newMentorId = 0;  // proposed from Matching, where the suggestions are
    const storage::Result<Id> changed = storage::CourseWorkflow(m_db).changeMentor(m_courseId, change);
    if (!changed) {
        lines::showRefusal(m_error, changed.error());
        return;
    }
    QDialog::accept();
}

} // namespace mentordesk::gui
