#pragma once

#include <QString>
#include <functional>

class QPrinter;
class QWidget;

namespace mentordesk::gui {

// Paints the pages of a document onto a printer (set up by the caller or the preview).
using PagePainter = std::function<void(QPrinter *printer)>;

// Paints HTML onto the printer's pages with "Page 1 of 2" footers in the program's language.
PagePainter htmlPages(const QString &html);

// Shows Qt's print preview of what `paint` draws, from which the user prints to any printer,
// or to a PDF file through the print dialog. True when it was printed.
bool showPrintPreview(QWidget *parent, const QString &title, const PagePainter &paint);
// The same signature, for tests that print without a modal dialog.
using PrintRunner = std::function<bool(QWidget *parent, const QString &title, const PagePainter &paint)>;

// Asks where to save a PDF, suggesting `fileName` in the documents folder; empty when cancelled.
QString askPdfPath(QWidget *parent, const QString &fileName);
using PdfPathChooser = std::function<QString(QWidget *parent, const QString &fileName)>;

} // namespace mentordesk::gui
