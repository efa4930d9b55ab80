#include "phasedialog.h"

#include "dialogs/formhelpers.h"

#include "domain/conversationguide.h"
#include "storage/phaserepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {
// The phase after `current`; the last phase stays.
Phase nextPhase(Phase current)
{
    const auto &phases = enumEntries<Phase>();
    for (std::size_t i = 0; i + 1 < phases.size(); ++i)
        if (phases.at(i).value == current)
            return phases.at(i + 1).value;
    return current;
}
} // namespace

PhaseDialog::PhaseDialog(storage::Database &db, qint64 courseId, Phase current, const QDate &today, QWidget *parent)
    : CourseRecordDialog(parent), m_db(db), m_courseId(courseId), m_current(current), m_phase(new QComboBox(this)),
      m_date(new QDateEdit(this)), m_note(textEdit(u"noteEdit"_s, 6)), m_questions(new QLabel(this)),
      m_backHint(new QLabel(this))
{
    setObjectName(u"phaseDialog"_s);
    setWindowTitle(tr("Enter the next phase"));
    m_phase->setObjectName(u"phaseCombo"_s);
    form::fillCombo<Phase>(m_phase);
    form::setComboValue(m_phase, std::optional(nextPhase(current)));
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(today);
    m_note->setPlaceholderText(tr("What the course is about now, and why it moves on (or back)"));
    m_backHint->setObjectName(u"backHintLabel"_s);
    m_backHint->setWordWrap(true);
    m_backHint->setStyleSheet(u"color: #8a5a00;"_s);
    m_backHint->setText(tr("This goes back to an earlier phase: say why in the note."));
    m_questions->setObjectName(u"phaseQuestionsLabel"_s);
    m_questions->setWordWrap(true);
    m_questions->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_questions->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("&Phase:"), m_phase);
    formLayout->addRow(QString(), m_backHint);
    formLayout->addRow(tr("&From:"), withMessage(u"entered_on"_s, m_date));
    formLayout->addRow(tr("&Note:"), withMessage(u"note"_s, m_note));
    auto *questionsBox = new QGroupBox(tr("Questions for this phase"), this);
    auto *questionsLayout = new QVBoxLayout(questionsBox);
    questionsLayout->addWidget(m_questions);
    questionsLayout->addStretch(1);

    auto *content = new QHBoxLayout;
    content->addLayout(formLayout, 3);
    content->addWidget(questionsBox, 2);
    connect(m_phase, &QComboBox::currentIndexChanged, this, &PhaseDialog::showPhase);
    showPhase();
    finishLayout(content);
    resize(900, std::max(420, sizeHint().height()));
    m_note->setFocus();
}

void PhaseDialog::showPhase()
{
    const Phase chosen = form::comboValue<Phase>(m_phase).value_or(Phase::Clarification);
    m_questions->setText(ConversationGuide::asBullets(ConversationGuide::phaseQuestions(chosen)));
    m_backHint->setVisible(static_cast<int>(chosen) < static_cast<int>(m_current));
}

QString PhaseDialog::questionsText() const
{
    return m_questions->text();
}

PhaseEntry PhaseDialog::entry() const
{
    PhaseEntry e;
    e.courseId = m_courseId;
    e.phase = form::comboValue<Phase>(m_phase).value_or(Phase::Clarification);
    e.enteredOn = m_date->date();
    e.note = m_note->toPlainText().trimmed();
    return e;
}

void PhaseDialog::accept()
{
    PhaseEntry e = entry();
    storage::PhaseRepository repository(m_db);
    // The form checks its own fields; whether the note is required depends on the phase before
    // the chosen date, which the repository works out.
    const Errors errors = e.validate(std::nullopt);
    if (!save(repository, e, errors) && errors.isEmpty())
        m_note->setFocus();
}

} // namespace mentordesk::gui
