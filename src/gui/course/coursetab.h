#pragma once

#include <QDate>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;
class QVBoxLayout;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

class RecordDialog;

// What every tab of a course's records shares: the course it shows, the day that counts as
// today, a list of the records with their ids, and opening a record's form window-modal so the
// tab re-reads, selects the saved record and tells the course page.
class CourseTab : public QWidget {
    Q_OBJECT
public:
    CourseTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    // Tests fix the date; otherwise the calendar's.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    qint64 courseId() const { return m_courseId; }

    // Re-reads the records from the database.
    virtual void reload() = 0;
    // Opens the form for a new record.
    virtual void startNew() = 0;
    // Selects the record in the list; false when the tab does not show it.
    bool selectRecord(qint64 id);
    // The selected record's id; 0 without a selection.
    qint64 selectedId() const;

Q_SIGNALS:
    // A record was saved; the course page refreshes its header and timeline.
    void changed();

protected:
    // The list of records under the tab's buttons, with these columns.
    QTreeWidget *createList(const QString &objectName, const QStringList &headers);
    QTreeWidget *list() const { return m_list; }
    // A button in the row above the list, after the ones added before it.
    QPushButton *addButton(const QString &objectName, const QString &text);
    QHBoxLayout *buttonRow() const { return m_buttons; }
    // The tab's column: the button row, then what the tab adds, then the list.
    QVBoxLayout *pageLayout() const;
    // Opens the record's form for changes; the default does nothing.
    virtual void edit(qint64 id);
    // Shows `dialog` window-modal; when it saves, re-reads, selects the record and emits changed().
    void present(RecordDialog *dialog);
    // Enables what needs a selection.
    virtual void updateActions() {}

    static QTreeWidgetItem *itemFor(qint64 id, const QStringList &texts);
    static qint64 idOf(const QTreeWidgetItem *item);
    // The first line of a longer text, for a list cell.
    static QString firstLine(const QString &text);
    // yyyy-MM-dd, as the date fields show dates; empty for no date.
    static QString dateText(const QDate &date);

    storage::Database &m_db;

private:
    qint64 m_courseId;
    QDate m_today;
    QHBoxLayout *m_buttons;
    QTreeWidget *m_list = nullptr;
};

} // namespace mentordesk::gui
