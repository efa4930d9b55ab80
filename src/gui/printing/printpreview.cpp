#include "printpreview.h"

#include "agreements/documentprinter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

PagePainter htmlPages(const QString &html)
{
    const QString format = QCoreApplication::translate("PrintPreview", "Page %1 of %2");
    return [html, format](QPrinter *printer) {
        agreements::DocumentPrinter::paint(html, *printer, [&format](int page, int pages) { return format.arg(page).arg(pages); });
    };
}

bool showPrintPreview(QWidget *parent, const QString &title, const PagePainter &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    agreements::DocumentPrinter::setUpPage(printer);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    preview.resize(980, 900);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&paint](QPrinter *target) { paint(target); });
    // The preview accepts only once its print action has printed.
    return preview.exec() == QDialog::Accepted;
}

QString askPdfPath(QWidget *parent, const QString &fileName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("PrintPreview", "Save as PDF"),
                                                QDir(folder).filePath(fileName),
                                                QCoreApplication::translate("PrintPreview", "PDF files (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    return path;
}

} // namespace mentordesk::gui
