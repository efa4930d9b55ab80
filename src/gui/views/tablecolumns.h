#pragma once

#include <QObject>
#include <QString>

class QAbstractItemModel;
class QMenu;
class QPoint;
class QSettings;
class QTableView;

namespace mentordesk::gui {

// Lets the user hide and show a table's columns from the header's context menu, and keeps the
// hidden columns, their order, widths and the sort column in QSettings under one key
// (QHeaderView::saveState), so the table looks the same after a restart.
class TableColumns : public QObject {
    Q_OBJECT
public:
    // Parented to `table`; `settings` must outlive it.
    TableColumns(QTableView *table, QSettings &settings, QString key);

    // Gives the table `model` and applies the saved layout to it; false when none was saved.
    // Nothing is saved meanwhile, so the default layout of the new model cannot overwrite it.
    bool setModel(QAbstractItemModel *model);
    // One checkable entry per column; the last visible column cannot be hidden.
    QMenu *createMenu(QWidget *parent);

private:
    void showMenu(const QPoint &pos);
    void save();

    QTableView *m_table;
    QSettings &m_settings;
    QString m_key;
    bool m_restoring = false;
};

} // namespace mentordesk::gui
