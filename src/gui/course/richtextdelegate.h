#pragma once

#include <QStyledItemDelegate>

namespace mentordesk::gui {

// Draws a cell from the HTML its model gives under `htmlRole` (bold, italics), with the style's
// background, selection and focus, in `lines` lines at most. Cells without HTML are drawn as
// usual. The view's rows must be tall enough for the lines (a fixed section size).
class RichTextDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    RichTextDelegate(int htmlRole, int lines, QObject *parent = nullptr);

    // The row height `lines` lines of `font` need, for the view's fixed vertical header.
    static int rowHeight(const QFont &font, int lines);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
    int m_lines;
};

} // namespace mentordesk::gui
