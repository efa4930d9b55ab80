#pragma once

#include "agreementfields.h"
#include "agreementlocale.h"
#include "documentprinter.h"

#include "domain/agreement.h"
#include "domain/organisation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <array>
#include <functional>
#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace mentordesk::agreements {

// The template a scheme prints with in one language: its own, or the shipped default.
struct EffectiveTemplate {
    QString html;
    int version = 0;  // 0: the shipped default
    QString name() const;  // stored with each agreement: "default-da", "scheme-3-da-v2"
    domain::Id schemeId = 0;
    domain::AgreementLanguage language = domain::AgreementLanguage::Danish;
};

// A scheme's template as edited in the settings; an empty text means back to the shipped one.
struct TemplateChange {
    domain::Id schemeId = 0;
    domain::AgreementLanguage language = domain::AgreementLanguage::Danish;
    QString html;
};

// An agreement filled in and ready to print, not yet saved.
struct PreparedAgreement {
    domain::Id courseId = 0;
    domain::AgreementLanguage language = domain::AgreementLanguage::Danish;
    int version = 1;
    QString templateName;
    QString html;
    AgreementFields fields;  // the values of the course data placeholders its template uses
};

// Whether a course's newest printed agreement still says what the course says.
struct AgreementState {
    std::optional<domain::Agreement> latest;
    QStringList changed;  // placeholder names whose values changed since it was printed
    bool untracked = false;  // printed before MentorDesk kept the values: cannot be compared
    bool current() const { return latest && !untracked && changed.isEmpty(); }
};

// What printing the agreements due came to.
struct DueReport {
    int due = 0;
    int printed = 0;
    QStringList problems;  // one sentence per course not printed, naming what it lacks
};

// Called after each course with (done, total); false stops before the next.
using DueProgress = std::function<bool(int done, int total)>;

// Mentor agreements (mentoraftaler): templates per scheme and language, filling them from a
// course, printing and saving the snapshot of what was printed, reprints of a saved version,
// and whether a new agreement is due.
class AgreementService {
    Q_DECLARE_TR_FUNCTIONS(AgreementService)
public:
    explicit AgreementService(storage::Database &db) : m_db(db) {}

    EffectiveTemplate effectiveTemplate(domain::Id schemeId, domain::AgreementLanguage language) const;
    // Refuses a template that lacks a required part, naming it; nothing is saved then.
    storage::Status saveTemplate(domain::Id schemeId, domain::AgreementLanguage language, const QString &html);
    storage::Status restoreDefaultTemplate(domain::Id schemeId, domain::AgreementLanguage language);
    // The settings dialog's save: the organisation and the changed templates, all or nothing.
    // A text equal to the one in use is no new version.
    storage::Status saveSettings(const domain::Organisation &organisation, const QList<TemplateChange> &templates);
    // The template filled with a made-up course and these organisation settings (perhaps not
    // saved yet).
    QString preview(const QString &templateHtml, domain::AgreementLanguage language, const domain::Organisation &organisation) const;

    // Fills the course's scheme's template as its next version (or as `version`: the demo data
    // fills the agreements it saved). Refuses, naming every missing part, when the course lacks
    // what the law requires the agreement to state.
    storage::Result<PreparedAgreement> prepare(domain::Id courseId, domain::AgreementLanguage language,
                                               std::optional<int> version = std::nullopt) const;
    // Saves what was printed as the next version of the course's agreement, with an audit entry
    // of the print, in one transaction.
    storage::Result<domain::Agreement> record(const PreparedAgreement &prepared);
    // Writes the PDF and records it, both or neither: if the record cannot be saved no file is
    // written (an existing one at `path` stays as it was).
    storage::Result<domain::Agreement> savePdf(const PreparedAgreement &prepared, const QString &path);
    // prepare and savePdf.
    storage::Result<domain::Agreement> issuePdf(domain::Id courseId, domain::AgreementLanguage language, const QString &path);

    // A saved version exactly as it was printed, into a PDF; audited.
    storage::Status reprintPdf(const domain::Agreement &agreement, const QString &path);
    // The audit entry of a saved version printed again (paint its snapshot with paint()).
    storage::Status recordReprint(domain::Id agreementId);

    AgreementState state(domain::Id courseId) const;
    // The language of the course's newest agreement, else Danish: a renewal keeps the language
    // the mentee was given before.
    domain::AgreementLanguage usualLanguage(domain::Id courseId) const;
    // Open courses (planned, active, paused) whose newest agreement is missing or out of date.
    storage::Result<QList<domain::Id>> coursesDue() const;
    // Prints each of those into `folder` (made if missing) as pdfFileName(), saved as its next
    // version, in `language` or its usual one. A course that cannot be printed is reported and
    // the others are printed.
    storage::Result<DueReport> printDue(const QString &folder, std::optional<domain::AgreementLanguage> language,
                                        const DueProgress &progress = {});

    // Paints an agreement's HTML with its language's page footer.
    int paint(const QString &html, domain::AgreementLanguage language, QPagedPaintDevice &device) const;
    PageLabel pageLabel(domain::AgreementLanguage language) const;
    QString title(domain::AgreementLanguage language) const;
    // "mentoraftale-12-v3.pdf", "mentor-agreement-12-v3.pdf".
    static QString pdfFileName(domain::Id courseId, int version, domain::AgreementLanguage language);

private:
    // The agreement languages' texts, loaded once per service: a batch asks for them per course.
    const AgreementLocale &locale(domain::AgreementLanguage language) const;

    storage::Database &m_db;
    mutable std::array<std::unique_ptr<AgreementLocale>, 2> m_locales;
};

} // namespace mentordesk::agreements
