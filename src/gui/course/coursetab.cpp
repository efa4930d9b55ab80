#include "coursetab.h"

#include "dialogs/recorddialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

CourseTab::CourseTab(storage::Database &db, qint64 courseId, QWidget *parent)
    : QWidget(parent), m_db(db), m_courseId(courseId), m_buttons(new QHBoxLayout)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_buttons);
    m_buttons->addStretch(1);
}

QTreeWidget *CourseTab::createList(const QString &objectName, const QStringList &headers)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(objectName);
    m_list->setHeaderLabels(headers);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Dates, times and states are never cut off; the last column (text) takes the rest.
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (const qint64 id = idOf(item))
            edit(id);
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { updateActions(); });
    pageLayout()->addWidget(m_list, 1);
    return m_list;
}

QVBoxLayout *CourseTab::pageLayout() const
{
    return static_cast<QVBoxLayout *>(layout());
}

QPushButton *CourseTab::addButton(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    // Before the stretch, so the buttons line up on the left.
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

void CourseTab::edit(qint64) {}

void CourseTab::present(RecordDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RecordDialog::saved, this, [this](qint64 id) {
        reload();
        selectRecord(id);
        Q_EMIT changed();
    });
    // Window-modal: the course page stays visible behind the form.
    dialog->open();
}

bool CourseTab::selectRecord(qint64 id)
{
    if (!m_list || id <= 0)
        return false;
    for (QTreeWidgetItemIterator it(m_list); *it; ++it) {
        if (idOf(*it) == id) {
            m_list->setCurrentItem(*it);
            m_list->scrollToItem(*it);
            return true;
        }
    }
    return false;
}

qint64 CourseTab::selectedId() const
{
    return m_list ? idOf(m_list->currentItem()) : 0;
}

QTreeWidgetItem *CourseTab::itemFor(qint64 id, const QStringList &texts)
{
    auto *item = new QTreeWidgetItem(texts);
    item->setData(0, kIdRole, id);
    return item;
}

qint64 CourseTab::idOf(const QTreeWidgetItem *item)
{
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

QString CourseTab::firstLine(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(u'\n');
    return end < 0 ? trimmed : trimmed.left(end) + u" …"_s;
}

QString CourseTab::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace mentordesk::gui
