#include "timelineview.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using Kind = mentordesk::storage::TimelineEvent::Kind;

namespace mentordesk::gui {

namespace {

enum Column { DateColumn, EventColumn, DetailColumn, ColumnCount };

constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kIndexRole = Qt::UserRole + 2;

// One colour per group (the ending its own), told apart also by the title's first word.
QColor colourOf(Kind kind)
{
    switch (kind) {
    case Kind::Meeting: return {0x15, 0x65, 0xc0};
    case Kind::Logbook: return {0x00, 0x89, 0x7b};
    case Kind::Phase: return {0x6a, 0x1b, 0x9a};
    case Kind::Goal: return {0x2e, 0x7d, 0x32};
    case Kind::Proposed:
    case Kind::Approved:
    case Kind::MatchEnded: return {0xef, 0x6c, 0x00};
    case Kind::Review: return {0x8d, 0x6e, 0x63};
    case Kind::Grant: return {0x54, 0x6e, 0x7a};
    case Kind::Agreement: return {0xad, 0x14, 0x57};
    case Kind::Ending: return {0x21, 0x21, 0x21};
    }
    return Qt::gray;
}

Kind representative(TimelineView::Group group)
{
    switch (group) {
    case TimelineView::Group::Meetings: return Kind::Meeting;
    case TimelineView::Group::Logbook: return Kind::Logbook;
    case TimelineView::Group::Phases: return Kind::Phase;
    case TimelineView::Group::Goals: return Kind::Goal;
    case TimelineView::Group::Matches: return Kind::Approved;
    case TimelineView::Group::Reviews: return Kind::Review;
    case TimelineView::Group::Grants: return Kind::Grant;
    case TimelineView::Group::Agreements: return Kind::Agreement;
    }
    return Kind::Meeting;
}

// A round marker; a square one for the ending, which closes the course.
QIcon markerIcon(Kind kind, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colourOf(kind));
    const qreal inset = size / 5.0;
    const QRectF r(inset, inset, size - 2 * inset, size - 2 * inset);
    if (kind == Kind::Ending)
        painter.drawRect(r);
    else
        painter.drawEllipse(r);
    return QIcon(pixmap);
}

const char *const kFilterNames[TimelineView::kGroups] = {"filterMeetings", "filterLogbook", "filterPhases", "filterGoals",
                                                         "filterMatches",  "filterReviews", "filterGrants", "filterAgreements"};

} // namespace

TimelineView::TimelineView(storage::Database &db, qint64 courseId, QWidget *parent)
    : QWidget(parent), m_db(db), m_courseId(courseId), m_showLabel(new QLabel(this)), m_count(new QLabel(this)),
      m_list(new QTreeWidget(this))
{
    const int markerSize = fontMetrics().height();
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_showLabel);
    for (int g = 0; g < kGroups; ++g) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QString::fromLatin1(kFilterNames[g]));
        box->setChecked(true);
        box->setIcon(markerIcon(representative(Group(g)), markerSize));  // the legend of the markers
        box->setIconSize(QSize(markerSize, markerSize));
        connect(box, &QCheckBox::toggled, this, &TimelineView::applyFilter);
        filterRow->addWidget(box);
        m_filters[size_t(g)] = box;
    }
    filterRow->addStretch(1);

    m_count->setObjectName(u"countLabel"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_list->setObjectName(u"timelineList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setIconSize(QSize(markerSize, markerSize));
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setStyleSheet(u"QTreeWidget#timelineList::item { padding: 3px 2px; }"_s);  // dozens of rows stay readable
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(EventColumn, QHeaderView::Interactive);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);

    connect(m_list, &QTreeWidget::itemActivated, this, &TimelineView::activate);
    retranslate();
}

TimelineView::Group TimelineView::groupOf(Kind kind)
{
    switch (kind) {
    case Kind::Meeting: return Group::Meetings;
    case Kind::Logbook: return Group::Logbook;
    case Kind::Phase:
    case Kind::Ending: return Group::Phases;  // not filtered, see applyFilter
    case Kind::Goal: return Group::Goals;
    case Kind::Proposed:
    case Kind::Approved:
    case Kind::MatchEnded: return Group::Matches;
    case Kind::Review: return Group::Reviews;
    case Kind::Grant: return Group::Grants;
    case Kind::Agreement: return Group::Agreements;
    }
    return Group::Meetings;
}

void TimelineView::setGroupShown(Group group, bool shown)
{
    m_filters[size_t(group)]->setChecked(shown);
}

bool TimelineView::isGroupShown(Group group) const
{
    return m_filters[size_t(group)]->isChecked();
}

void TimelineView::reload()
{
    m_events = storage::TimelineQueries(m_db).forCourse(m_courseId);
    m_list->clear();
    const QLocale locale;
    QList<QTreeWidgetItem *> items;
    items.reserve(m_events.size());
    const int markerSize = m_list->iconSize().height();
    for (int i = 0; i < m_events.size(); ++i) {
        const storage::TimelineEvent &e = m_events.at(i);
        auto *item = new QTreeWidgetItem({locale.toString(e.date, QLocale::ShortFormat), e.title, e.detail});
        item->setIcon(EventColumn, markerIcon(e.kind, markerSize));
        item->setData(DateColumn, kKindRole, int(e.kind));
        item->setData(DateColumn, kIdRole, e.entityId);
        item->setData(DateColumn, kIndexRole, i);
        item->setToolTip(EventColumn, e.title);
        if (!e.detail.isEmpty())
            item->setToolTip(DetailColumn, e.detail);
        if (e.kind == Kind::Ending) {
            QFont bold = item->font(EventColumn);
            bold.setBold(true);
            item->setFont(EventColumn, bold);
        }
        items << item;
    }
    m_list->addTopLevelItems(items);
    m_list->resizeColumnToContents(EventColumn);
    // Titles are short; a very long one must not push the detail out of sight.
    m_list->setColumnWidth(EventColumn, std::min(m_list->columnWidth(EventColumn) + 12, fontMetrics().averageCharWidth() * 48));
    applyFilter();
}

void TimelineView::applyFilter()
{
    int shown = 0;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        const auto kind = Kind(item->data(DateColumn, kKindRole).toInt());
        const bool visible = kind == Kind::Ending || isGroupShown(groupOf(kind));
        item->setHidden(!visible);
        shown += visible ? 1 : 0;
    }
    if (m_events.isEmpty())
        m_count->setText(tr("Nothing has been recorded on this course yet."));
    else if (shown == m_events.size())
        m_count->setText(shown == 1 ? tr("1 event") : tr("%1 events").arg(shown));
    else
        m_count->setText(tr("%1 of %2 events shown; tick more kinds above to see the rest.").arg(shown).arg(m_events.size()));
}

QList<storage::TimelineEvent> TimelineView::shownEvents() const
{
    QList<storage::TimelineEvent> shown;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (const QTreeWidgetItem *item = m_list->topLevelItem(i); !item->isHidden())
            shown << m_events.at(item->data(DateColumn, kIndexRole).toInt());
    return shown;
}

void TimelineView::activate(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT eventActivated(item->data(DateColumn, kKindRole).toInt(), item->data(DateColumn, kIdRole).toLongLong());
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineView::retranslate()
{
    m_showLabel->setText(tr("Show:"));
    const QString names[kGroups] = {tr("Meetings"), tr("Logbook"), tr("Phases"),  tr("Goals"),
                                    tr("Matches"),  tr("Reviews"), tr("Grants"), tr("Agreements")};
    for (int g = 0; g < kGroups; ++g)
        m_filters[size_t(g)]->setText(names[g]);
    m_list->setHeaderLabels({tr("Date"), tr("Event"), tr("Detail")});
    reload();  // the titles come translated from storage
}

} // namespace mentordesk::gui
