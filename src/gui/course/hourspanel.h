#pragma once

#include "storage/database.h"
#include "storage/hoursqueries.h"

#include <QDate>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mentordesk::gui {

// Hours granted against hours delivered on one course (DOMAIN.md §6): the totals so far with a
// marker when fewer than the organisation's share of the granted hours were delivered, the
// last weeks the needs-attention rule looks at, a row per ISO week (newest first) and the
// course's grants, which are added and corrected here.
class HoursPanel : public QWidget {
    Q_OBJECT
public:
    HoursPanel(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    // The day the figures run to; the database's today (the user's calendar day) unless set.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void reload();

    // What is shown, for the course page and tests.
    storage::HoursFigures total() const { return m_total; }
    storage::HoursFigures recent() const { return m_recent; }
    bool showsGap() const { return m_gap; }
    int weekRowCount() const;
    int grantRowCount() const;

public Q_SLOTS:
    void addGrant();
    void editSelectedGrant();

Q_SIGNALS:
    // A grant was added or changed.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Card {
        QLabel *caption;
        QLabel *value;
    };
    Card addCard(QHBoxLayout *row, const QString &name);
    void retranslate();
    void showFigures(int percent, int weeks);
    void showWeeks(const QList<storage::HoursWeek> &weeks, int percent);
    void showGrants();
    void updateButtons();

    storage::Database &m_db;
    qint64 m_courseId;
    QDate m_today;
    storage::HoursFigures m_total;
    storage::HoursFigures m_recent;
    bool m_gap = false;

    QLabel *m_gapLabel;
    Card m_granted{};
    Card m_delivered{};
    Card m_inPerson{};
    Card m_ratio{};
    Card m_recentCard{};
    QLabel *m_weeksTitle;
    QLabel *m_weeksEmpty;
    QTableWidget *m_weeks;
    QLabel *m_grantsTitle;
    QPushButton *m_addGrant;
    QPushButton *m_editGrant;
    QTableWidget *m_grants;
};

} // namespace mentordesk::gui
