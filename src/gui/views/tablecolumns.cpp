#include "tablecolumns.h"

#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

TableColumns::TableColumns(QTableView *table, QSettings &settings, QString key)
    : QObject(table), m_table(table), m_settings(settings), m_key(std::move(key))
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &TableColumns::showMenu);
    // Saved on every change rather than on exit: QSettings only writes its cache to disk later.
    connect(header, &QHeaderView::sectionMoved, this, &TableColumns::save);
    connect(header, &QHeaderView::sectionResized, this, &TableColumns::save);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &TableColumns::save);
}

bool TableColumns::setModel(QAbstractItemModel *model)
{
    m_restoring = true;
    m_table->setModel(model);
    const QByteArray state = m_settings.value(m_key).toByteArray();
    // Also emits sortIndicatorChanged, on which the table sorts its model the saved way.
    const bool restored = model && !state.isEmpty() && m_table->horizontalHeader()->restoreState(state);
    m_restoring = false;
    return restored;
}

QMenu *TableColumns::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"columnMenu"_s);
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemModel *model = m_table->model();
    if (!model)
        return menu;
    const int visible = header->count() - header->hiddenSectionCount();
    // In the order the user sees the columns, hidden ones where they would appear.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        QAction *action = menu->addAction(model->headerData(logical, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(logical));
        action->setEnabled(header->isSectionHidden(logical) || visible > 1);
        connect(action, &QAction::toggled, this, [this, header, logical](bool shown) {
            header->setSectionHidden(logical, !shown);
            save();
        });
    }
    return menu;
}

void TableColumns::showMenu(const QPoint &pos)
{
    QMenu *menu = createMenu(m_table);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->horizontalHeader()->viewport()->mapToGlobal(pos));
}

void TableColumns::save()
{
    if (!m_restoring && m_table->model())
        m_settings.setValue(m_key, m_table->horizontalHeader()->saveState());
}

} // namespace mentordesk::gui
