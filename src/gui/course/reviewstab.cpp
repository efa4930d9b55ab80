#include "reviewstab.h"

#include "reviewdialog.h"

#include "storage/courserepository.h"
#include "storage/statusreviewrepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

ReviewsTab::ReviewsTab(storage::Database &db, qint64 courseId, QWidget *parent)
    : CourseTab(db, courseId, parent), m_nextReview(new QLabel(this))
{
    setObjectName(u"reviewsTab"_s);
    connect(addButton(u"newReviewButton"_s, tr("&New review…")), &QPushButton::clicked, this, &ReviewsTab::startNew);
    m_edit = addButton(u"editReviewButton"_s, tr("&Edit…"));
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedId()); });
    m_nextReview->setObjectName(u"nextReviewLabel"_s);
    buttonRow()->addWidget(m_nextReview);
    createList(u"reviewList"_s, {tr("Date"), tr("Reviewed by"), tr("Decision"), tr("Hours checked"), tr("Next review")});
    reload();
}

void ReviewsTab::reload()
{
    const qint64 selected = selectedId();
    const auto course = storage::CourseRepository(m_db).find(courseId());
    const QDate next = course ? course->nextReviewDate : QDate();
    m_nextReview->setText(next.isValid() ? tr("Next review: %1").arg(dateText(next)) : tr("No review planned"));
    list()->clear();
    for (const StatusReview &r : storage::StatusReviewRepository(m_db).forCourse(courseId())) {
        list()->addTopLevelItem(itemFor(r.id, {dateText(r.date), r.reviewedBy, label(r.decision),
                                               r.hoursDeliveredChecked ? tr("Yes") : tr("No"), dateText(r.nextReview)}));
    }
    selectRecord(selected);
    updateActions();
}

void ReviewsTab::startNew()
{
    StatusReview r;
    r.courseId = courseId();
    r.date = today();
    present(new ReviewDialog(m_db, r, today(), this));
}

void ReviewsTab::edit(qint64 id)
{
    if (const auto review = storage::StatusReviewRepository(m_db).find(id))
        present(new ReviewDialog(m_db, *review, today(), this));
}

void ReviewsTab::updateActions()
{
    m_edit->setEnabled(selectedId() != 0);
}

} // namespace mentordesk::gui
