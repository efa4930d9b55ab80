#include "meetingstab.h"

#include "meetingdialog.h"

#include "domain/nextmeeting.h"
#include "storage/meetingrepository.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {
enum Column { Date, Start, Minutes, Form, Kind, Status, Place };
} // namespace

MeetingsTab::MeetingsTab(storage::Database &db, qint64 courseId, QWidget *parent)
    : CourseTab(db, courseId, parent), m_held(new QLabel(this))
{
    setObjectName(u"meetingsTab"_s);
    connect(addButton(u"newMeetingButton"_s, tr("&New meeting…")), &QPushButton::clicked, this, &MeetingsTab::startNew);
    QPushButton *next = addButton(u"nextMeetingButton"_s, tr("Ne&xt meeting…"));
    next->setToolTip(tr("A planned meeting like the last one: same start, duration, place and form, "
                        "as many days later as between the last two meetings (or a week)."));
    connect(next, &QPushButton::clicked, this, &MeetingsTab::startNext);
    m_edit = addButton(u"editMeetingButton"_s, tr("&Edit…"));
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedId()); });
    m_held->setObjectName(u"heldLabel"_s);
    buttonRow()->addWidget(m_held);
    createList(u"meetingList"_s, {tr("Date"), tr("Start"), tr("Minutes"), tr("Form"), tr("Kind"), tr("Status"), tr("Place")});
    reload();
}

void MeetingsTab::reload()
{
    const qint64 selected = selectedId();
    list()->clear();
    const QList<Meeting> meetings = storage::MeetingRepository(m_db).forCourse(courseId());
    int heldCount = 0;
    int heldMinutes = 0;
    for (const Meeting &m : meetings) {  // newest first
        QTreeWidgetItem *item = itemFor(m.id, {dateText(m.date), m.start.isValid() ? m.start.toString(u"HH:mm"_s) : QString(),
                                               m.minutes ? QString::number(*m.minutes) : QString(), label(m.form),
                                               m.kind ? label(*m.kind) : QString(), label(m.status), m.place});
        item->setTextAlignment(Minutes, Qt::AlignRight | Qt::AlignVCenter);
        list()->addTopLevelItem(item);
        if (m.isHeld()) {
            ++heldCount;
            heldMinutes += m.minutes.value_or(0);
        }
    }
    m_held->setText(tr("Held: %n meeting(s), %1 h %2 min", nullptr, heldCount).arg(heldMinutes / 60).arg(heldMinutes % 60));
    selectRecord(selected);
    updateActions();
}

void MeetingsTab::startNew()
{
    Meeting m;
    m.courseId = courseId();
    m.date = today();
    if (list()->topLevelItemCount() == 0)
        m.kind = MeetingKind::First;  // the one that agrees frequency, contact and cancelling [002]
    present(new MeetingDialog(m_db, m, today(), this));
}

void MeetingsTab::startNext()
{
    const QList<Meeting> meetings = storage::MeetingRepository(m_db).forCourse(courseId());
    present(new MeetingDialog(m_db, nextMeeting(meetings, courseId(), today()), today(), this));
}

void MeetingsTab::edit(qint64 id)
{
    if (const auto meeting = storage::MeetingRepository(m_db).find(id))
        present(new MeetingDialog(m_db, *meeting, today(), this));
}

void MeetingsTab::updateActions()
{
    m_edit->setEnabled(selectedId() != 0);
}

} // namespace mentordesk::gui
