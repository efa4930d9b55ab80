#pragma once

#include "agreements/agreementservice.h"
#include "domain/enums.h"
#include "domain/organisation.h"
#include "domain/recordmeta.h"

#include <QDialog>
#include <QHash>
#include <QPair>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// What every agreement prints besides the course: the organisation's name, address and logo,
// whom to contact when a course is not working, the complaint guidance and confidentiality
// texts in Danish and English, and each scheme's own template per language, edited as HTML
// with the list of placeholders and a live preview on a made-up course. A template that lacks
// a required part is refused on saving, naming the part.
class AgreementSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit AgreementSettingsDialog(storage::Database &db, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *schemeCombo() const { return m_scheme; }
    QComboBox *languageCombo() const { return m_language; }
    QPlainTextEdit *templateEdit() const { return m_template; }
    QTextBrowser *preview() const { return m_preview; }
    QLabel *problemsLabel() const { return m_problems; }
    QTreeWidget *placeholderList() const { return m_placeholders; }
    // The preview follows typing after a short pause; tests ask for it at once.
    void updatePreview();
    void setLogo(const QByteArray &png);
    void restoreDefault();
    // Tests replace the message box that reports a refused save.
    void setErrorReporter(std::function<void(const QString &)> report) { m_report = std::move(report); }
    void accept() override;

private:
    using TemplateKey = QPair<domain::Id, int>;  // scheme, AgreementLanguage
    QWidget *organisationPage();
    QWidget *textsPage();
    QWidget *templatesPage();
    domain::Organisation editedOrganisation() const;
    TemplateKey currentKey() const;
    void showTemplate();
    void keepTemplateEdit();
    void chooseLogo();
    void insertPlaceholder(const QString &name);

    storage::Database &m_db;
    agreements::AgreementService m_service;  // one for the dialog: the preview runs at every pause in typing
    domain::Organisation m_organisation;
    QTabWidget *m_tabs;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_contact;
    QLabel *m_logo;
    QPushButton *m_removeLogo;
    QLineEdit *m_coordinatorName;
    QLineEdit *m_coordinatorContact;
    QPlainTextEdit *m_complaintDa;
    QPlainTextEdit *m_complaintEn;
    QPlainTextEdit *m_confidentialityDa;
    QPlainTextEdit *m_confidentialityEn;
    QComboBox *m_scheme;
    QComboBox *m_language;
    QPlainTextEdit *m_template;
    QTreeWidget *m_placeholders;
    QTextBrowser *m_preview;
    QLabel *m_problems;
    QTimer *m_previewTimer;
    // Edited templates not saved yet; an empty text means "back to the shipped default".
    QHash<TemplateKey, QString> m_edits;
    TemplateKey m_shown{0, 0};
    bool m_loading = false;
    std::function<void(const QString &)> m_report;
};

} // namespace mentordesk::gui
