#pragma once

#include "storage/database.h"
#include "storage/timelinequeries.h"

#include <QList>
#include <QWidget>
#include <array>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mentordesk::gui {

// A course's history, newest first: meetings, logbook, phases, goals, matches, reviews, grants,
// agreements and the ending, each with a coloured marker. A row of check boxes hides kinds, so
// a busy course with weekly meetings and logbook entries stays readable.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    // The groups the filter row offers; the ending is always shown.
    enum class Group { Meetings, Logbook, Phases, Goals, Matches, Reviews, Grants, Agreements };
    static constexpr int kGroups = 8;

    TimelineView(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload();
    void setGroupShown(Group group, bool shown);
    bool isGroupShown(Group group) const;
    static Group groupOf(storage::TimelineEvent::Kind kind);

    // For the course page and tests.
    int eventCount() const { return int(m_events.size()); }
    // The events left after the filter, in the order shown.
    QList<storage::TimelineEvent> shownEvents() const;
    QTreeWidget *list() const { return m_list; }

Q_SIGNALS:
    // Double-click or Enter on an event: `kind` is int(storage::TimelineEvent::Kind).
    void eventActivated(int kind, qint64 entityId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyFilter();
    void activate(QTreeWidgetItem *item);

    storage::Database &m_db;
    qint64 m_courseId;
    QList<storage::TimelineEvent> m_events;
    std::array<QCheckBox *, kGroups> m_filters{};
    QLabel *m_showLabel;
    QLabel *m_count;
    QTreeWidget *m_list;
};

} // namespace mentordesk::gui
