#pragma once

#include "storage/listqueries.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace mentordesk::gui {

// The reports start page: the key figures of the open database, each with its definition.
class ReportsPage : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    void showFigures(const storage::KeyFigures &figures);
    // The value shown for figure `index` (0-based, in display order); for tests.
    QString valueText(int index) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    struct Card {
        QLabel *value;
        QLabel *title;
        QLabel *definition;
    };
    QLabel *m_heading;
    QList<Card> m_cards;
    storage::KeyFigures m_figures;
};

} // namespace mentordesk::gui
