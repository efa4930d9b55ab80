#pragma once

#include "coursetab.h"

#include "printing/printpreview.h"

#include "agreements/agreementservice.h"

class QComboBox;
class QLabel;

namespace mentordesk::gui {

// The course's mentor agreements (mentoraftaler): whether the newest printed one still says
// what the course says (and which fields changed if not), a new agreement in Danish or English
// printed from the preview or saved as PDF, and every printed version with its signatures,
// re-printable exactly as it was printed.
class AgreementTab : public CourseTab {
    Q_OBJECT
public:
    AgreementTab(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload() override;
    // Opens the print preview of a new agreement.
    void startNew() override;
    void saveNewAsPdf();
    void reprintSelected();
    void saveSelectedAsPdf();
    void editSignatures();

    // The line above the list: current, due (naming the changed fields), or none yet.
    QString statusText() const;
    // Tests replace the modal preview, file dialog and message box.
    void setPrintRunner(PrintRunner runner) { m_print = std::move(runner); }
    void setPdfPathChooser(PdfPathChooser chooser) { m_choosePdf = std::move(chooser); }
    void setErrorReporter(std::function<void(const QString &)> report) { m_report = std::move(report); }

protected:
    void edit(qint64 id) override;
    void updateActions() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showError(const QString &message);
    // The new agreement in the chosen language; none (the reason shown) when it cannot be printed.
    std::optional<agreements::PreparedAgreement> prepareNew();

    QLabel *m_status;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_reprintButton;
    QPushButton *m_reprintPdfButton;
    QPushButton *m_signaturesButton;
    PrintRunner m_print = &showPrintPreview;
    PdfPathChooser m_choosePdf = &askPdfPath;
    std::function<void(const QString &)> m_report;
    qsizetype m_versionsShown = -1;
};

} // namespace mentordesk::gui
