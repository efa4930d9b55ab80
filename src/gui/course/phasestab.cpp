#include "phasestab.h"

#include "phasedialog.h"

#include "domain/conversationguide.h"
#include "storage/courserepository.h"
#include "storage/phaserepository.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

PhasesTab::PhasesTab(storage::Database &db, qint64 courseId, QWidget *parent)
    : CourseTab(db, courseId, parent), m_current(new QLabel(this)), m_questions(new QLabel(this))
{
    setObjectName(u"phasesTab"_s);
    connect(addButton(u"enterPhaseButton"_s, tr("Enter &next phase…")), &QPushButton::clicked, this,
            &PhasesTab::startNew);
    m_current->setObjectName(u"currentPhaseLabel"_s);
    buttonRow()->insertWidget(0, m_current);
    buttonRow()->insertSpacing(1, 16);

    auto *questionsBox = new QGroupBox(tr("Questions for the current phase"), this);
    m_questions->setObjectName(u"currentQuestionsLabel"_s);
    m_questions->setWordWrap(true);
    m_questions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    (new QVBoxLayout(questionsBox))->addWidget(m_questions);
    pageLayout()->addWidget(questionsBox);
    createList(u"phaseList"_s, {tr("Phase"), tr("Entered on"), tr("Note")});
    reload();
}

void PhasesTab::reload()
{
    const qint64 selected = selectedId();
    const auto course = storage::CourseRepository(m_db).find(courseId());
    const Phase current = course ? course->phase : Phase::Clarification;
    const QList<PhaseEntry> entries = storage::PhaseRepository(m_db).forCourse(courseId());  // oldest first

    // The course's phase is that of its latest entry, or the first phase before any.
    QDate since;
    if (!entries.isEmpty() && entries.constLast().phase == current)
        since = entries.constLast().enteredOn;
    m_current->setText(since.isValid()
                           ? tr("Current phase: <b>%1</b>, since %2").arg(label(current).toHtmlEscaped(), dateText(since))
                           : tr("Current phase: <b>%1</b>").arg(label(current).toHtmlEscaped()));
    m_questions->setText(ConversationGuide::asBullets(ConversationGuide::phaseQuestions(current)));

    list()->clear();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QTreeWidgetItem *item = itemFor(it->id, {label(it->phase), dateText(it->enteredOn), firstLine(it->note)});
        item->setToolTip(2, it->note);
        list()->addTopLevelItem(item);
    }
    selectRecord(selected);
}

void PhasesTab::startNew()
{
    const auto course = storage::CourseRepository(m_db).find(courseId());
    present(new PhaseDialog(m_db, courseId(), course ? course->phase : Phase::Clarification, today(), this));
}

} // namespace mentordesk::gui
