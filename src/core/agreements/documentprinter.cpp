#include "documentprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
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
    doc.setDefaultFont(QFont(u"DejaVu Sans"_s, 10));
    doc.setHtml(html);
    doc.setDocumentMargin(0);

    const int dpi = device.logicalDpiY();
    const QRectF area = device.pageLayout().paintRectPixels(device.logicalDpiX());
    const qreal footer = 10.0 / 25.4 * dpi;  // a 10 mm band for the page number
    const qreal pageHeight = area.height() - footer;
    // A page size of its own stops QTextDocument from stamping its own bare page numbers.
    doc.setPageSize(QSizeF(area.width(), pageHeight));
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
    auto failed = [&](const QString &why) {
        return storage::Result<int>::failure(
            QCoreApplication::translate("DocumentPrinter", "The PDF could not be written to %1: %2").arg(QDir::toNativeSeparators(path), why));
    };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);  // it holds personal data
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"MentorDesk"_s);
        setUpPage(writer);
        pages = paint(html, writer, label);
    }
    if (!file.commit())
        return failed(file.errorString());
    return pages;
}

} // namespace mentordesk::agreements
