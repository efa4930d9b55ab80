#include "goalstab.h"

#include "goaldialog.h"

#include "storage/goalrepository.h"

#include <QAction>
#include <QHash>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

GoalsTab::GoalsTab(storage::Database &db, qint64 courseId, QWidget *parent)
    : CourseTab(db, courseId, parent), m_statusMenu(new QMenu(this)), m_summary(new QLabel(this))
{
    setObjectName(u"goalsTab"_s);
    connect(addButton(u"newGoalButton"_s, tr("&New goal…")), &QPushButton::clicked, this, &GoalsTab::startNew);
    m_newSubGoal = addButton(u"newSubGoalButton"_s, tr("New s&ub-goal…"));
    connect(m_newSubGoal, &QPushButton::clicked, this, &GoalsTab::startNewSubGoal);
    m_edit = addButton(u"editGoalButton"_s, tr("&Edit…"));
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedId()); });
    m_status = addButton(u"setStatusButton"_s, tr("Set &status"));
    for (const auto &entry : enumEntries<GoalStatus>()) {
        QAction *action = m_statusMenu->addAction(label(entry.value));
        action->setObjectName(u"setStatus_"_s + toCode(entry.value));
        const GoalStatus status = entry.value;
        connect(action, &QAction::triggered, this, [this, status] { setSelectedStatus(status); });
    }
    m_status->setMenu(m_statusMenu);
    m_summary->setObjectName(u"goalSummaryLabel"_s);
    buttonRow()->addWidget(m_summary);

    QTreeWidget *goals = createList(u"goalList"_s, {tr("Goal"), tr("Kind"), tr("Due"), tr("Status"), tr("Progress notes")});
    goals->setRootIsDecorated(true);
    goals->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(goals, &QWidget::customContextMenuRequested, this, [this, goals](const QPoint &at) {
        if (goals->itemAt(at))
            m_statusMenu->popup(goals->viewport()->mapToGlobal(at));
    });
    reload();
}

void GoalsTab::reload()
{
    const qint64 selected = selectedId();
    list()->clear();
    // Ordered goal first, then its sub-goals.
    const QList<Goal> goals = storage::GoalRepository(m_db).forCourse(courseId());
    QHash<qint64, QTreeWidgetItem *> items;
    int reached = 0;
    for (const Goal &g : goals) {
        QTreeWidgetItem *item = itemFor(g.id, {firstLine(g.text), label(g.kind), dateText(g.due), label(g.status),
                                               firstLine(g.progressNotes)});
        item->setToolTip(0, g.text);
        if (QTreeWidgetItem *parentItem = items.value(g.parentGoalId))
            parentItem->addChild(item);
        else
            list()->addTopLevelItem(item);
        items.insert(g.id, item);
        reached += g.status == GoalStatus::Reached ? 1 : 0;
    }
    list()->expandAll();
    m_summary->setText(goals.isEmpty() ? tr("No goals yet") : tr("%1 of %2 reached").arg(reached).arg(goals.size()));
    selectRecord(selected);
    updateActions();
}

void GoalsTab::startNew()
{
    Goal g;
    g.courseId = courseId();
    present(new GoalDialog(m_db, g, this));
}

void GoalsTab::startNewSubGoal()
{
    Goal g;
    g.courseId = courseId();
    g.kind = GoalKind::SubGoal;
    g.parentGoalId = selectedGoalOrParent();
    present(new GoalDialog(m_db, g, this));
}

qint64 GoalsTab::selectedGoalOrParent() const
{
    const QTreeWidgetItem *item = list()->currentItem();
    if (item && item->parent())
        item = item->parent();
    return idOf(item);
}

bool GoalsTab::setSelectedStatus(GoalStatus status)
{
    storage::GoalRepository repository(m_db);
    auto goal = repository.find(selectedId());
    if (!goal)
        return false;
    if (goal->status == status)
        return true;
    goal->status = status;
    if (const storage::Status stored = repository.update(*goal); !stored) {
        QMessageBox::warning(this, tr("Goal not changed"), stored.error());
        return false;
    }
    reload();
    selectRecord(goal->id);
    Q_EMIT changed();
    return true;
}

void GoalsTab::edit(qint64 id)
{
    if (const auto goal = storage::GoalRepository(m_db).find(id))
        present(new GoalDialog(m_db, *goal, this));
}

void GoalsTab::updateActions()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_status->setEnabled(selected);
    m_newSubGoal->setEnabled(selected);
}

} // namespace mentordesk::gui
