#include "matchhistorytree.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyledItemDelegate>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

QString dateText(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : QString();
}

// A row spanning the columns (a reason) wraps at the width of all the columns together, as the
// tree paints it; the tree alone would size it for one line and cut the rest off.
class SpannedRowDelegate : public QStyledItemDelegate {
public:
    explicit SpannedRowDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree) {}

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int indent = index.parent().isValid() ? m_tree->indentation() : 0;
        const int width = m_tree->header()->length() - indent;
        if (index.column() != 0 || !m_tree->isFirstColumnSpanned(index.row(), index.parent()) || width < 100)
            return QStyledItemDelegate::sizeHint(option, index);
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, width, 1);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QTreeView *m_tree;
};

} // namespace

MatchHistoryTree::MatchHistoryTree(QWidget *parent) : QTreeWidget(parent)
{
    setColumnCount(ColumnCount);
    setRootIsDecorated(false);
    setItemsExpandable(false);  // a reason is always shown under its match
    setExpandsOnDoubleClick(false);
    setIndentation(fontMetrics().averageCharWidth() * 2);
    setUniformRowHeights(false);
    setWordWrap(true);  // a long reason wraps rather than being cut off
    setItemDelegate(new SpannedRowDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);  // no name or date cut off
    // Wider or narrower columns wrap the reasons anew.
    connect(header(), &QHeaderView::sectionResized, this, [this] { scheduleDelayedItemsLayout(); });
    retranslate();
}

void MatchHistoryTree::setCounterpart(Counterpart counterpart)
{
    m_counterpart = counterpart;
    retranslate();
}

void MatchHistoryTree::showMatches(QList<Match> matches, const std::function<QString(const Match &)> &nameOf)
{
    clear();
    std::stable_sort(matches.begin(), matches.end(), [](const Match &a, const Match &b) {
        return a.proposedAt != b.proposedAt ? a.proposedAt > b.proposedAt : a.id > b.id;
    });
    for (const Match &match : std::as_const(matches)) {
        auto *item = new QTreeWidgetItem(this, {nameOf(match), label(match.state), dateText(match.proposedAt),
                                                dateText(match.decidedAt), match.score ? QString::number(*match.score) : u"–"_s});
        item->setData(PersonColumn, Qt::UserRole, match.id);
        item->setTextAlignment(ScoreColumn, Qt::AlignRight | Qt::AlignVCenter);
        QString why = match.reason;
        if (match.endReason)
            //: why a match ended (a fixed choice) – the coordinator's own words
            why = why.isEmpty() ? label(*match.endReason) : tr("%1 – %2").arg(label(*match.endReason), why);
        if (why.isEmpty())
            continue;
        //: below a rejected, withdrawn or ended match: why
        auto *reason = new QTreeWidgetItem(item, {tr("Reason: %1").arg(why)});
        reason->setFirstColumnSpanned(true);
        reason->setFlags(Qt::ItemIsEnabled);  // part of the row above, not a row to select
        item->setExpanded(true);
    }
    if (topLevelItemCount() == 0) {
        auto *none = new QTreeWidgetItem(this, {tr("No proposals yet")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
}

QTreeWidgetItem *MatchHistoryTree::reasonItem(const QTreeWidgetItem *matchItem)
{
    return matchItem && matchItem->childCount() > 0 ? matchItem->child(0) : nullptr;
}

void MatchHistoryTree::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void MatchHistoryTree::retranslate()
{
    setHeaderLabels({m_counterpart == Counterpart::Mentor ? tr("Mentor") : tr("Mentee"), tr("State"), tr("Proposed"),
                     tr("Decided"), tr("Score")});
}

} // namespace mentordesk::gui
