#include "richtextdelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

#include <algorithm>

namespace mentordesk::gui {

namespace {
constexpr int kPadding = 4;  // room above and below the text

void setUp(QTextDocument &document, const QStyleOptionViewItem &option, const QString &html)
{
    document.setDocumentMargin(0);
    document.setDefaultFont(option.font);
    document.setHtml(html);
}
} // namespace

RichTextDelegate::RichTextDelegate(int htmlRole, int lines, QObject *parent)
    : QStyledItemDelegate(parent), m_htmlRole(htmlRole), m_lines(qMax(1, lines))
{
}

int RichTextDelegate::rowHeight(const QFont &font, int lines)
{
    return QFontMetrics(font).lineSpacing() * qMax(1, lines) + 2 * kPadding;
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();  // the style draws background, selection and focus; the text is ours
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    QTextDocument document;
    setUp(document, opt, html);
    // rowHeight() left room for the padding; the text is centred in it below.
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    document.setTextWidth(textRect.width());

    QAbstractTextDocumentLayout::PaintContext context;
    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                             : QPalette::Inactive;
    context.palette.setColor(QPalette::Text, opt.palette.color(group, (opt.state & QStyle::State_Selected)
                                                                          ? QPalette::HighlightedText
                                                                          : QPalette::Text));
    // Cut at the last whole line that fits, not through the middle of one, and centre what is
    // shown vertically, level with the plain cells beside it.
    const int lineHeight = QFontMetrics(opt.font).lineSpacing();
    const int shownLines = qMin(m_lines, qMax(1, textRect.height() / qMax(1, lineHeight)));
    const qreal shownHeight = std::min({qreal(textRect.height()), qreal(shownLines * lineHeight), document.size().height()});
    context.clip = QRectF(0, 0, textRect.width(), shownHeight);

    painter->save();
    painter->translate(textRect.left(), textRect.top() + (textRect.height() - shownHeight) / 2);
    painter->setClipRect(context.clip);
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString html = index.data(m_htmlRole).toString();
    if (html.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument document;
    setUp(document, opt, html);
    return {int(document.idealWidth()) + 2 * kPadding, rowHeight(opt.font, m_lines)};
}

} // namespace mentordesk::gui
