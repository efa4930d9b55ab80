#include "goaldialog.h"

#include "dialogs/formhelpers.h"

#include "storage/goalrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QPlainTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

GoalDialog::GoalDialog(storage::Database &db, const Goal &goal, QWidget *parent)
    : CourseRecordDialog(parent), m_db(db), m_goal(goal), m_text(textEdit(u"textEdit"_s, 3)),
      m_kind(new QComboBox(this)), m_parent(new QComboBox(this)), m_due(new QDateEdit(this)),
      m_status(new QComboBox(this)), m_progress(textEdit(u"progressEdit"_s, 5))
{
    setObjectName(u"goalDialog"_s);
    setWindowTitle(goal.id ? tr("Goal") : goal.kind == GoalKind::SubGoal ? tr("New sub-goal") : tr("New goal"));
    m_text->setPlaceholderText(tr("e.g. take public transport alone to the internship"));
    m_kind->setObjectName(u"kindCombo"_s);
    form::fillCombo<GoalKind>(m_kind);
    m_parent->setObjectName(u"parentCombo"_s);
    // The goals a sub-goal can belong to: the course's goals, not sub-goals, not itself.
    for (const Goal &g : storage::GoalRepository(db).forCourse(goal.courseId))
        if (g.kind == GoalKind::Goal && g.id != goal.id)
            m_parent->addItem(g.text.simplified(), g.id);
    m_due->setObjectName(u"dueEdit"_s);
    m_due->setCalendarPopup(true);
    form::setUpOptionalDate(m_due, tr("No due date"));
    m_status->setObjectName(u"statusCombo"_s);
    form::fillCombo<GoalStatus>(m_status);
    m_progress->setPlaceholderText(tr("What has happened towards the goal, with dates"));

    auto *formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("&Goal:"), withMessage(u"text"_s, m_text));
    formLayout->addRow(tr("&Kind:"), m_kind);
    formLayout->addRow(tr("Sub-goal &of:"), withMessage(u"parent_goal"_s, m_parent));
    formLayout->addRow(tr("&Due:"), m_due);
    formLayout->addRow(tr("&Status:"), m_status);
    formLayout->addRow(tr("&Progress notes:"), m_progress);

    m_text->setPlainText(goal.text);
    form::setComboValue(m_kind, std::optional(goal.kind));
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(goal.parentGoalId)));
    form::setOptionalDate(m_due, goal.due);
    form::setComboValue(m_status, std::optional(goal.status));
    m_progress->setPlainText(goal.progressNotes);
    updateParent();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &GoalDialog::updateParent);
    finishLayout(formLayout);
    resize(640, sizeHint().height());
    m_text->setFocus();
}

void GoalDialog::updateParent()
{
    m_parent->setEnabled(form::comboValue<GoalKind>(m_kind) == std::optional(GoalKind::SubGoal));
}

Goal GoalDialog::goal() const
{
    Goal g = m_goal;
    g.text = m_text->toPlainText().trimmed();
    g.kind = form::comboValue<GoalKind>(m_kind).value_or(GoalKind::Goal);
    g.parentGoalId = g.kind == GoalKind::SubGoal ? m_parent->currentData().toLongLong() : 0;
    g.due = form::optionalDate(m_due);
    g.status = form::comboValue<GoalStatus>(m_status).value_or(GoalStatus::Open);
    g.progressNotes = m_progress->toPlainText().trimmed();
    return g;
}

void GoalDialog::accept()
{
    Goal g = goal();
    storage::GoalRepository repository(m_db);
    if (save(repository, g, g.validate()))
        m_goal = g;
}

} // namespace mentordesk::gui
