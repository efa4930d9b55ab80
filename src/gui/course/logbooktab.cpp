#include "logbooktab.h"

#include "logbookdialog.h"
#include "logbooktags.h"

#include "storage/logbookrepository.h"

#include <QPushButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

LogbookTab::LogbookTab(storage::Database &db, qint64 courseId, QWidget *parent) : CourseTab(db, courseId, parent)
{
    setObjectName(u"logbookTab"_s);
    connect(addButton(u"newEntryButton"_s, tr("&New entry…")), &QPushButton::clicked, this, &LogbookTab::startNew);
    m_edit = addButton(u"editEntryButton"_s, tr("&Edit…"));
    connect(m_edit, &QPushButton::clicked, this, [this] { edit(selectedId()); });
    createList(u"logbookList"_s, {tr("Date"), tr("Written by"), tr("Tags"), tr("Shared"), tr("Entry")});
    reload();
}

void LogbookTab::reload()
{
    const qint64 selected = selectedId();
    list()->clear();
    for (const LogbookEntry &e : storage::LogbookRepository(m_db).forCourse(courseId())) {
        QTreeWidgetItem *item = itemFor(e.id, {dateText(e.date), label(e.author), logbookTagsText(e.tags),
                                               e.sharedWithCaseworker ? tr("Caseworker") : QString(), firstLine(e.text)});
        item->setToolTip(4, e.text);
        list()->addTopLevelItem(item);
    }
    selectRecord(selected);
    updateActions();
}

void LogbookTab::startNew()
{
    LogbookEntry e;
    e.courseId = courseId();
    e.date = today();
    present(new LogbookDialog(m_db, e, today(), this));
}

void LogbookTab::edit(qint64 id)
{
    if (const auto entry = storage::LogbookRepository(m_db).find(id))
        present(new LogbookDialog(m_db, *entry, today(), this));
}

void LogbookTab::updateActions()
{
    m_edit->setEnabled(selectedId() != 0);
}

} // namespace mentordesk::gui
