#include "agreementtab.h"

#include "agreementsignaturesdialog.h"

#include "agreements/agreementservice.h"
#include "agreements/placeholders.h"
#include "domain/enumcodec.h"
#include "storage/agreementrepository.h"
#include "storage/courserepository.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using mentordesk::agreements::AgreementService;

namespace mentordesk::gui {

namespace {

// "default-da" and "scheme-3-da-v2", the names stored with each agreement, as a coordinator
// reads them.
QString templateLabel(const QString &name)
{
    static const QRegularExpression own(u"^scheme-\\d+-[a-z]+-v(\\d+)$"_s);
    if (name.startsWith(u"default-"_s))
        return AgreementTab::tr("Standard");
    if (const QRegularExpressionMatch m = own.match(name); m.hasMatch())
        return AgreementTab::tr("The scheme's own, version %1").arg(m.captured(1));
    return name;  // written by an earlier program
}

} // namespace

AgreementTab::AgreementTab(storage::Database &db, qint64 courseId, QWidget *parent)
    : CourseTab(db, courseId, parent), m_status(new QLabel(this)), m_languageLabel(new QLabel(this)),
      m_language(new QComboBox(this))
{
    setObjectName(u"agreementTab"_s);
    m_status->setObjectName(u"agreementStatus"_s);
    m_status->setTextFormat(Qt::RichText);
    m_status->setWordWrap(true);
    m_language->setObjectName(u"agreementLanguage"_s);
    for (const auto &entry : enumEntries<AgreementLanguage>())
        m_language->addItem(QString(), QVariant::fromValue(int(entry.value)));
    m_languageLabel->setBuddy(m_language);
    buttonRow()->insertWidget(0, m_languageLabel);
    buttonRow()->insertWidget(1, m_language);
    m_printButton = addButton(u"printAgreementButton"_s, QString());
    m_pdfButton = addButton(u"agreementPdfButton"_s, QString());
    buttonRow()->insertSpacing(buttonRow()->count() - 1, 16);
    m_reprintButton = addButton(u"reprintAgreementButton"_s, QString());
    m_reprintPdfButton = addButton(u"reprintAgreementPdfButton"_s, QString());
    m_signaturesButton = addButton(u"agreementSignaturesButton"_s, QString());
    connect(m_printButton, &QPushButton::clicked, this, &AgreementTab::startNew);
    connect(m_pdfButton, &QPushButton::clicked, this, &AgreementTab::saveNewAsPdf);
    connect(m_reprintButton, &QPushButton::clicked, this, &AgreementTab::reprintSelected);
    connect(m_reprintPdfButton, &QPushButton::clicked, this, &AgreementTab::saveSelectedAsPdf);
    connect(m_signaturesButton, &QPushButton::clicked, this, &AgreementTab::editSignatures);
    pageLayout()->insertWidget(1, m_status);
    createList(u"agreementList"_s, {QString(), QString(), QString(), QString(), QString(), QString()});
    retranslate();
}

void AgreementTab::reload()
{
    const qint64 selected = selectedId();
    const QList<Agreement> agreements = storage::AgreementRepository(m_db).forCourse(courseId());  // newest first
    // A renewal keeps the last agreement's language; the user's choice stands until a print.
    if (agreements.size() != m_versionsShown)
        m_language->setCurrentIndex(m_language->findData(int(AgreementService(m_db).usualLanguage(courseId()))));
    m_versionsShown = agreements.size();

    const QLocale locale;
    list()->clear();
    for (const Agreement &a : agreements) {
        QStringList signatures;
        for (const auto &[who, day] : {std::pair{tr("mentee"), a.signedByMentee}, std::pair{tr("mentor"), a.signedByMentor},
                                       std::pair{tr("coordinator"), a.signedByCoordinator}})
            if (day.isValid())
                signatures << tr("%1 on %2").arg(who, dateText(day));
        list()->addTopLevelItem(itemFor(a.id, {QString::number(a.version), locale.toString(a.printedAt.toLocalTime(), QLocale::ShortFormat),
                                               a.printedBy, label(a.language), templateLabel(a.templateName),
                                               signatures.isEmpty() ? tr("not signed yet") : signatures.join(u", "_s)}));
    }
    m_status->setText(statusText());
    // The newest version is the one usually reprinted or signed.
    if (!selectRecord(selected) && list()->topLevelItemCount() > 0)
        list()->setCurrentItem(list()->topLevelItem(0));
    updateActions();
}

QString AgreementTab::statusText() const
{
    const agreements::AgreementState state = AgreementService(m_db).state(courseId());
    if (!state.latest)
        return u"<span style='color:#b01c1c'>\u26a0 %1</span>"_s.arg(tr("No agreement has been printed for this course yet.").toHtmlEscaped());
    const int version = state.latest->version;
    const QString printedOn = dateText(state.latest->printedAt.toLocalTime().date());
    // An ended or cancelled course needs no new agreement, whatever changed.
    if (const auto course = storage::CourseRepository(m_db).find(courseId()); course && !Course::isOpen(course->status))
        return tr("Version %1, printed %2.").arg(version).arg(printedOn).toHtmlEscaped();
    if (state.untracked)
        return tr("Version %1, printed %2, was printed before MentorDesk kept the values it was filled with, so changes since "
                  "cannot be shown. Print a new version to follow them.")
            .arg(version)
            .arg(printedOn)
            .toHtmlEscaped();
    if (state.changed.isEmpty())
        return u"<span style='color:#1b5e20'>\u2714 %1</span>"_s.arg(
            tr("Version %1, printed %2, still says what the course says.").arg(version).arg(printedOn).toHtmlEscaped());
    QStringList fields;
    for (const QString &name : state.changed)
        if (const agreements::Placeholder *p = agreements::findPlaceholder(name))
            fields << agreements::description(*p);
    return u"<span style='color:#b01c1c'>\u26a0 %1</span>"_s.arg(
        tr("A new agreement is due: changed since version %1 was printed: %2.").arg(version).arg(fields.join(u", "_s)).toHtmlEscaped());
}

void AgreementTab::updateActions()
{
    const bool selected = selectedId() > 0;
    m_reprintButton->setEnabled(selected);
    m_reprintPdfButton->setEnabled(selected);
    m_signaturesButton->setEnabled(selected);
}

void AgreementTab::showError(const QString &message)
{
    if (m_report)
        m_report(message);
    else
        QMessageBox::warning(this, tr("Mentor agreement"), message);
}

std::optional<agreements::PreparedAgreement> AgreementTab::prepareNew()
{
    const auto prepared =
        AgreementService(m_db).prepare(courseId(), AgreementLanguage(m_language->currentData().toInt()));
    if (!prepared) {
        showError(prepared.error());
        return std::nullopt;
    }
    return *prepared;
}

void AgreementTab::startNew()
{
    const std::optional<agreements::PreparedAgreement> prepared = prepareNew();
    if (!prepared)
        return;
    const AgreementLanguage language = prepared->language;
    AgreementService service(m_db);
    const QString title = tr("Mentor agreement, version %1").arg(prepared->version);
    const bool printed = m_print(this, title, [&](QPrinter *printer) { service.paint(prepared->html, language, *printer); });
    if (!printed)
        return;
    if (const auto saved = service.record(*prepared); !saved) {
        showError(tr("The agreement was printed, but MentorDesk could not save it as version %1: %2")
                      .arg(prepared->version)
                      .arg(saved.error()));
        return;
    }
    reload();
    Q_EMIT changed();
}

void AgreementTab::saveNewAsPdf()
{
    const std::optional<agreements::PreparedAgreement> prepared = prepareNew();
    if (!prepared)
        return;
    const QString path = m_choosePdf(this, AgreementService::pdfFileName(courseId(), prepared->version, prepared->language));
    if (path.isEmpty())
        return;
    if (const auto saved = AgreementService(m_db).savePdf(*prepared, path); !saved) {
        showError(saved.error());
        return;
    }
    reload();
    Q_EMIT changed();
}

void AgreementTab::edit(qint64)
{
    reprintSelected();
}

void AgreementTab::reprintSelected()
{
    const std::optional<Agreement> agreement = storage::AgreementRepository(m_db).find(selectedId());
    if (!agreement)
        return;
    AgreementService service(m_db);
    const QString title = tr("Mentor agreement, version %1 (reprint)").arg(agreement->version);
    const bool printed = m_print(this, title, [&](QPrinter *printer) {
        service.paint(agreement->snapshotHtml, agreement->language, *printer);
    });
    if (!printed)
        return;
    if (const storage::Status s = service.recordReprint(agreement->id); !s)
        showError(s.error());
}

void AgreementTab::saveSelectedAsPdf()
{
    const std::optional<Agreement> agreement = storage::AgreementRepository(m_db).find(selectedId());
    if (!agreement)
        return;
    const QString path = m_choosePdf(this, AgreementService::pdfFileName(courseId(), agreement->version, agreement->language));
    if (path.isEmpty())
        return;
    if (const storage::Status s = AgreementService(m_db).reprintPdf(*agreement, path); !s)
        showError(s.error());
}

void AgreementTab::editSignatures()
{
    const std::optional<Agreement> agreement = storage::AgreementRepository(m_db).find(selectedId());
    if (!agreement)
        return;
    AgreementSignaturesDialog dialog(m_db, *agreement, today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void AgreementTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    CourseTab::changeEvent(event);
}

void AgreementTab::retranslate()
{
    m_languageLabel->setText(tr("&Language:"));
    for (int i = 0; i < m_language->count(); ++i)
        m_language->setItemText(i, label(AgreementLanguage(m_language->itemData(i).toInt())));
    m_printButton->setText(tr("&Print new agreement…"));
    m_pdfButton->setText(tr("Save new as P&DF…"));
    m_reprintButton->setText(tr("&Reprint…"));
    m_reprintPdfButton->setText(tr("Reprint as PDF…"));
    m_signaturesButton->setText(tr("&Signatures…"));
    list()->setHeaderLabels({tr("Version"), tr("Printed"), tr("By"), tr("Language"), tr("Template"), tr("Signed")});
    reload();  // the rows and the status line are in the language too
}

} // namespace mentordesk::gui
