#pragma once

#include "storage/result.h"

#include <QString>
#include <functional>
#include <memory>

class QPagedPaintDevice;
class QSaveFile;

namespace mentordesk::agreements {

// The footer of each page: "Side 1 af 4" for page 1 of 4.
using PageLabel = std::function<QString(int page, int pages)>;

// Lays HTML out on A4 pages with a page-number footer: the one machinery behind preview,
// paper and PDF, so the three cannot differ (DESIGN.md §7). Images may be data: URLs, so a
// snapshot carries its logo with it.
class DocumentPrinter {
public:
    // A4 portrait with MentorDesk's margins.
    static void setUpPage(QPagedPaintDevice &device);
    // Paints every page on a device already set up (a QPrinter from a preview, a QPdfWriter);
    // returns the number of pages.
    static int paint(const QString &html, QPagedPaintDevice &device, const PageLabel &label);
    // Writes a PDF (A4, 300 dpi) through a temporary file, so a full disk leaves no half file
    // and an existing file untouched. Returns the number of pages.
    static storage::Result<int> writePdf(const QString &html, const QString &path, const QString &title,
                                         const PageLabel &label);
};

// A PDF written into a temporary file beside `path`: the file at `path` (perhaps an older one
// the user chose to replace) changes only on commit(), and stays as it was if the writer is
// dropped first. Mode 0600: it holds personal data.
class PdfFile {
public:
    explicit PdfFile(const QString &path);
    ~PdfFile();
    PdfFile(const PdfFile &) = delete;
    PdfFile &operator=(const PdfFile &) = delete;

    // Returns the number of pages.
    storage::Result<int> write(const QString &html, const QString &title, const PageLabel &label);
    storage::Status commit();

private:
    storage::Status failed(const QString &why) const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
};

} // namespace mentordesk::agreements
