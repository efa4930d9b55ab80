#include "listpage.h"

#include "emptystate.h"
#include "models/pagedtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace mentordesk::gui {

ListPage::ListPage(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_table(new QTableView(this)), m_empty(new EmptyState(this)),
      m_stack(new QStackedLayout)
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

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addLayout(m_stack, 1);
}

void ListPage::setModel(PagedModelBase *model)
{
    m_model = model;
    m_table->setModel(model);
    updateView();
}

void ListPage::setTexts(const QString &title, const QString &emptyHeading, const QString &emptyExplanation)
{
    m_titleTemplate = title;
    m_empty->setTexts(emptyHeading, emptyExplanation);
    updateView();
}

void ListPage::reload()
{
    if (m_model)
        m_model->reload();
    updateView();
}

void ListPage::updateView()
{
    const int rows = m_model ? m_model->totalCount() : 0;
    m_title->setText(QString(m_titleTemplate).replace(QStringLiteral("%n"), QLocale().toString(rows)));
    m_stack->setCurrentWidget(rows > 0 ? static_cast<QWidget *>(m_table) : m_empty);
    if (rows > 0)
        m_table->resizeColumnsToContents();
}

} // namespace mentordesk::gui
