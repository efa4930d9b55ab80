#include "listpage.h"

#include "emptystate.h"
#include "models/pagedtablemodel.h"
#include "tablecolumns.h"
#include "widgets/filterbar.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

ListPage::ListPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableView(this)), m_empty(new EmptyState(this)),
      m_noMatches(new EmptyState(this)), m_stack(new QStackedLayout)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Fixed row height: ResizeToContents on a 100,000-row model freezes the window for seconds.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    // `activated` is the platform's "open": double-click, or Enter on the current row.
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const QVariant id = index.data(Qt::UserRole); id.isValid())
            Q_EMIT recordActivated(id.toLongLong());
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_noMatches);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addLayout(m_stack, 1);
    retranslate();
}

void ListPage::setModel(PagedModelBase *model)
{
    m_model = model;
    if (m_columns) {
        m_columnsSized = m_columns->setModel(model);
    } else {
        m_table->setModel(model);
        m_columnsSized = false;
    }
    // A new model (another database) starts unfiltered; give it what the bar shows.
    if (m_model && m_filterBar && m_filterBar->isActive())
        m_filterBar->applyTo(m_model);
    updateView();
}

void ListPage::setTexts(const QString &title, const QString &emptyHeading, const QString &emptyExplanation)
{
    m_titleTemplate = title;
    m_empty->setTexts(emptyHeading, emptyExplanation);
    updateView();
}

QString ListPage::title() const
{
    return m_title->text();
}

void ListPage::setFilterBar(FilterBar *bar)
{
    m_filterBar = bar;
    bar->setParent(this);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(1, bar);
    m_noMatches->addAction(bar->clearAction());
    connect(bar, &FilterBar::changed, this, &ListPage::applyFilter);
    // Ctrl+F on the page goes to the search field.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, bar, [bar] {
        bar->searchField()->setFocus(Qt::ShortcutFocusReason);
        bar->searchField()->selectAll();
    });
    addAction(find);
}

void ListPage::setColumnSettings(QSettings &settings, const QString &key)
{
    m_columns = new TableColumns(m_table, settings, key);
}

void ListPage::reload()
{
    if (m_model && m_filterBar)
        m_filterBar->applyTo(m_model);  // reloads; the scheme list may have changed the filter
    else if (m_model)
        m_model->reload();
    updateView();
}

void ListPage::applyFilter()
{
    if (!m_model)
        return;
    m_filterBar->applyTo(m_model);
    updateView();
    Q_EMIT filterChanged();
}

void ListPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ListPage::retranslate()
{
    m_noMatches->setTexts(tr("No matches"), tr("Nothing in this register matches the search and the filters. "
                                               "Check the spelling, type less, or clear the filters."));
}

void ListPage::updateView()
{
    const int rows = m_model ? m_model->totalCount() : 0;
    m_title->setText(QString(m_titleTemplate).replace(QStringLiteral("%n"), QLocale().toString(rows)));
    if (rows > 0)
        m_stack->setCurrentWidget(m_table);
    else if (m_filterBar && m_filterBar->isActive())
        m_stack->setCurrentWidget(m_noMatches);
    else
        m_stack->setCurrentWidget(m_empty);
    // Fit the columns to the first rows once; after that they are the user's (and remembered).
    if (rows > 0 && !m_columnsSized) {
        m_table->resizeColumnsToContents();
        m_columnsSized = true;
    }
}

} // namespace mentordesk::gui
