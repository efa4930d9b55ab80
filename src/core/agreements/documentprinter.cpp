#include "documentprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace mentordesk::agreements {

namespace {

// Decodes data: image URLs itself, so embedded logos never depend on what QTextDocument's
// default resource loader understands.
class HtmlDocument : public QTextDocument {
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        if (type == QTextDocument::ImageResource && name.scheme() == u"data"_s) {
            const QString path = name.path();
            const qsizetype comma = path.indexOf(u',');
            if (comma > 0 && path.left(comma).endsWith(u";base64"_s)) {
                const QImage image = QImage::fromData(QByteArray::fromBase64(path.mid(comma + 1).toLatin1()));
                if (!image.isNull())
                    return image;
            }
            return {};
        }
        return QTextDocument::loadResource(type, name);
    }
};

int pageOf(qreal y, qreal pageHeight)
{
    return int(y / pageHeight);
}

void breakBefore(const QTextBlock &block)
{
    QTextBlockFormat format = block.blockFormat();
    format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
    QTextCursor(block).setBlockFormat(format);
}

// Moved to a new page once and still cut (a heading over a table row taller than a page): it
// stays as it is.
bool movedAlready(const QTextBlock &block)
{
    return block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

// The first block of the main text a page end would cut, or a heading left at the foot of a
// page without what it heads; invalid when there is none.
QTextBlock blockToMove(const QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (QTextCursor(block).currentTable())
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextBlock next = block.next();
        if (block.blockFormat().headingLevel() > 0 && next.isValid() && !movedAlready(block)
            && pageOf(layout->blockBoundingRect(next).top(), pageHeight) > pageOf(rect.top(), pageHeight))
            return block;  // a heading goes with what it heads, a table included
        if (rect.height() >= pageHeight || pageOf(rect.top(), pageHeight) == pageOf(rect.bottom() - 1, pageHeight))
            continue;
        const QTextBlock heading = block.previous();
        const QTextBlock moved =
            heading.isValid() && heading.blockFormat().headingLevel() > 0 && !QTextCursor(heading).currentTable() ? heading : block;
        if (!movedAlready(moved))
            return moved;
    }
    return {};
}

// Moves to the next page every paragraph of the main text that a page end would cut, and a
// heading left at the foot of a page without what it heads. Besides reading better, this keeps
// each line of text on one page only: QTextLayout::draw also paints the line just outside the
// clip, invisible on paper but doubling that line in a PDF's text (search, copy, pdftotext).
// Paragraphs taller than a page are left as they are; table rows Qt moves itself.
void keepBlocksWhole(QTextDocument &doc, const QSizeF &pageSize)
{
    // Setting the page size lays the whole document out again; after a changed block format
    // the layout only redoes part of it, leaving later blocks unplaced (seen with Qt 6.4).
    for (;;) {
        doc.setPageSize(pageSize);
        const QTextBlock block = blockToMove(doc, pageSize.height());
        if (!block.isValid())
            return;
        breakBefore(block);
    }
}

} // namespace

void DocumentPrinter::setUpPage(QPagedPaintDevice &device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 16, 20, 14),
                                     QPageLayout::Millimeter));
}

int DocumentPrinter::paint(const QString &html, QPagedPaintDevice &device, const PageLabel &label)
{
    HtmlDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QFont font(u"DejaVu Sans"_s, 10);
    // No ligatures: with them a PDF's text says "ﬂere" for "flere", and searching it fails.
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    doc.setDocumentMargin(0);

    const int dpi = device.logicalDpiY();
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal footer = 10.0 / 25.4 * dpi;  // a 10 mm band for the page number
    const qreal pageHeight = area.height() - footer;
    // A page size of its own stops QTextDocument from stamping its own bare page numbers.
    keepBlocksWhole(doc, QSizeF(area.width(), pageHeight));
    const int pages = doc.pageCount();

    QPainter painter(&device);
    QFont footerFont(u"DejaVu Sans"_s, 8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * pageHeight);
        doc.drawContents(&painter, QRectF(0, i * pageHeight, area.width(), pageHeight));
        painter.restore();
        painter.setFont(footerFont);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(QRectF(0, pageHeight, area.width(), footer), Qt::AlignRight | Qt::AlignBottom, label(i + 1, pages));
    }
    painter.end();
    return pages;
}

storage::Result<int> DocumentPrinter::writePdf(const QString &html, const QString &path, const QString &title,
                                               const PageLabel &label)
{
    PdfFile pdf(path);
    const storage::Result<int> pages = pdf.write(html, title, label);
    if (!pages)
        return pages;
    if (const storage::Status committed = pdf.commit(); !committed)
        return committed;
    return pages;
}

PdfFile::PdfFile(const QString &path) : m_path(path), m_file(std::make_unique<QSaveFile>(path)) {}

PdfFile::~PdfFile() = default;  // an uncommitted QSaveFile removes its temporary file

storage::Status PdfFile::failed(const QString &why) const
{
    return storage::Status::failure(QCoreApplication::translate("DocumentPrinter", "The PDF could not be written to %1: %2")
                                        .arg(QDir::toNativeSeparators(m_path), why));
}

storage::Result<int> PdfFile::write(const QString &html, const QString &title, const PageLabel &label)
{
    if (!m_file->open(QIODevice::WriteOnly))
        return failed(m_file->errorString());
    m_file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QPdfWriter writer(m_file.get());
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(u"MentorDesk"_s);
    DocumentPrinter::setUpPage(writer);
    return DocumentPrinter::paint(html, writer, label);
}

storage::Status PdfFile::commit()
{
    if (!m_file->commit())
        return failed(m_file->errorString());
    return {};
}

} // namespace mentordesk::agreements
