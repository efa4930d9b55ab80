#include "agreementservice.h"

#include "agreementcontent.h"
#include "agreementlocale.h"
#include "placeholders.h"
#include "shippedtexts.h"
#include "templatetext.h"

#include "storage/agreementrepository.h"
#include "storage/agreementtemplaterepository.h"
#include "storage/auditrepository.h"
#include "storage/courserepository.h"
#include "storage/organisationrepository.h"
#include "storage/sqlerrors.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using mentordesk::storage::Result;
using mentordesk::storage::Status;

Q_LOGGING_CATEGORY(lcAgreements, "mentordesk.agreements")

namespace mentordesk::agreements {

namespace {

// The placeholders of a template whose later change makes its agreements out of date.
QStringList courseDataIn(const QString &templateHtml)
{
    QStringList names;
    for (const QString &name : placeholdersIn(templateHtml))
        if (const Placeholder *p = findPlaceholder(name); p && p->courseData)
            names << name;
    return names;
}

} // namespace

QString EffectiveTemplate::name() const
{
    const QString lang = toCode(language);
    return version == 0 ? u"default-"_s + lang : u"scheme-%1-%2-v%3"_s.arg(schemeId).arg(lang).arg(version);
}

EffectiveTemplate AgreementService::effectiveTemplate(Id schemeId, AgreementLanguage language) const
{
    if (const auto own = storage::AgreementTemplateRepository(m_db).find(schemeId, language))
        return {own->html, own->version, schemeId, language};
    return {defaultTemplate(language), 0, schemeId, language};
}

Status AgreementService::saveTemplate(Id schemeId, AgreementLanguage language, const QString &html)
{
    if (const QStringList problems = templateProblems(html); !problems.isEmpty())
        return Status::failure(tr("The template was not saved. %1").arg(problems.join(u' ')));
    const auto saved = storage::AgreementTemplateRepository(m_db).save(schemeId, language, html);
    if (!saved)
        return saved.status();
    qCInfo(lcAgreements) << "template of scheme" << schemeId << toCode(language) << "saved as version" << saved->version;
    return {};
}

Status AgreementService::restoreDefaultTemplate(Id schemeId, AgreementLanguage language)
{
    return storage::AgreementTemplateRepository(m_db).remove(schemeId, language);
}

Status AgreementService::saveSettings(const Organisation &organisation, const QList<TemplateChange> &templates)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(storage::SqlErrors::busyMessage());
    for (const TemplateChange &change : templates) {
        const EffectiveTemplate inUse = effectiveTemplate(change.schemeId, change.language);
        Status saved;
        if (change.html.isEmpty())
            saved = inUse.version == 0 ? Status() : restoreDefaultTemplate(change.schemeId, change.language);
        else if (change.html != inUse.html)
            saved = saveTemplate(change.schemeId, change.language, change.html);
        if (!saved)
            return saved;
    }
    if (const Status saved = storage::OrganisationRepository(m_db).save(organisation); !saved)
        return saved;
    if (!tx.commit())
        return Status::failure(storage::SqlErrors::commitMessage());
    return {};
}

QString AgreementService::preview(const QString &templateHtml, AgreementLanguage language, const Organisation &organisation) const
{
    const AgreementLocale &inLanguage = locale(language);
    const QDate today = m_db.today();
    const AgreementFields fields = agreementFields(sampleRecords(inLanguage, today), organisation, inLanguage, today, 1);
    return fillTemplate(templateHtml, fields);
}

Result<PreparedAgreement> AgreementService::prepare(Id courseId, AgreementLanguage language, std::optional<int> version) const
{
    const std::optional<CourseRecords> records = loadCourseRecords(m_db, courseId);
    if (!records)
        return Result<PreparedAgreement>::failure(tr("Course %1 does not exist.").arg(courseId));
    const QDate today = m_db.today();
    const Organisation organisation = storage::OrganisationRepository(m_db).read();
    if (const QStringList missing = missingForPrint(*records, organisation, today); !missing.isEmpty())
        return Result<PreparedAgreement>::failure(
            tr("The agreement for course %1 cannot be printed: it lacks %2.").arg(courseId).arg(missing.join(u", "_s)));
    const EffectiveTemplate used = effectiveTemplate(records->course.schemeId, language);
    PreparedAgreement prepared;
    prepared.courseId = courseId;
    prepared.language = language;
    prepared.version = version.value_or(storage::AgreementRepository(m_db).nextVersion(courseId));
    prepared.templateName = used.name();
    const AgreementFields fields = agreementFields(*records, organisation, locale(language), today, prepared.version);
    prepared.html = fillTemplate(used.html, fields);
    prepared.fields = fields.only(courseDataIn(used.html));
    return prepared;
}

Status AgreementService::recordReprint(Id agreementId)
{
    return storage::AuditRepository(m_db).record(AuditAction::Print, u"agreement"_s, agreementId);
}

Result<Agreement> AgreementService::record(const PreparedAgreement &prepared)
{
    storage::WriteTransaction tx(m_db);
    if (!tx.begun())
        return Result<Agreement>::failure(storage::SqlErrors::busyMessage());
    Agreement agreement;
    agreement.courseId = prepared.courseId;
    agreement.language = prepared.language;
    agreement.templateName = prepared.templateName;
    agreement.snapshotHtml = prepared.html;
    agreement.fields = prepared.fields.toJson();
    const auto id = storage::AgreementRepository(m_db).add(agreement);
    if (!id)
        return id.status();
    if (agreement.version != prepared.version)  // the number printed on the page must be the one saved
        return Result<Agreement>::failure(tr("Another agreement for course %1 was saved meanwhile. Print again.").arg(prepared.courseId));
    if (const Status audited = storage::AuditRepository(m_db).record(AuditAction::Print, u"agreement"_s, *id); !audited)
        return audited;
    if (!tx.commit())
        return Result<Agreement>::failure(storage::SqlErrors::commitMessage());
    qCInfo(lcAgreements) << "agreement" << *id << "of course" << prepared.courseId << "printed as version" << agreement.version;
    return agreement;
}

Result<Agreement> AgreementService::savePdf(const PreparedAgreement &prepared, const QString &path)
{
    // The record and the file go together: the file is put in place only when the record is
    // saved but not yet committed, so a refused record leaves any earlier file at `path` as it
    // was, and a PDF is never without its snapshot.
    storage::WriteTransaction tx(m_db);
    if (!tx.begun())
        return Result<Agreement>::failure(storage::SqlErrors::busyMessage());
    PdfFile pdf(path);
    if (const auto pages = pdf.write(prepared.html, title(prepared.language), pageLabel(prepared.language)); !pages)
        return pages.status();
    const auto recorded = record(prepared);
    if (!recorded)
        return recorded;
    if (const Status placed = pdf.commit(); !placed)
        return placed;
    if (!tx.commit()) {
        QFile::remove(path);
        return Result<Agreement>::failure(storage::SqlErrors::commitMessage());
    }
    return recorded;
}

Result<Agreement> AgreementService::issuePdf(Id courseId, AgreementLanguage language, const QString &path)
{
    const auto prepared = prepare(courseId, language);
    if (!prepared)
        return prepared.status();
    return savePdf(*prepared, path);
}

Status AgreementService::reprintPdf(const Agreement &agreement, const QString &path)
{
    const auto pages = DocumentPrinter::writePdf(agreement.snapshotHtml, path, title(agreement.language), pageLabel(agreement.language));
    if (!pages)
        return pages.status();
    return recordReprint(agreement.id);
}

AgreementState AgreementService::state(Id courseId) const
{
    AgreementState state;
    state.latest = storage::AgreementRepository(m_db).latest(courseId);
    if (!state.latest)
        return state;
    if (state.latest->fields.isEmpty()) {
        state.untracked = true;
        return state;
    }
    const std::optional<CourseRecords> records = loadCourseRecords(m_db, courseId);
    if (!records)
        return state;
    const AgreementFields now = courseDataFields(*records, locale(state.latest->language), m_db.today());
    state.changed = now.changedSince(AgreementFields::fromJson(state.latest->fields));
    return state;
}

AgreementLanguage AgreementService::usualLanguage(Id courseId) const
{
    const auto latest = storage::AgreementRepository(m_db).latest(courseId);
    return latest ? latest->language : AgreementLanguage::Danish;
}

QString AgreementService::pdfFileName(Id courseId, int version, AgreementLanguage language)
{
    return (language == AgreementLanguage::Danish ? u"mentoraftale-%1-v%2.pdf"_s : u"mentor-agreement-%1-v%2.pdf"_s)
        .arg(courseId)
        .arg(version);
}

Result<QList<Id>> AgreementService::coursesDue() const
{
    const auto open = storage::CourseRepository(m_db).openCourseIds();
    if (!open)
        return open;
    QList<Id> due;
    for (const Id courseId : *open)
        if (!state(courseId).current())
            due << courseId;
    return due;
}

Result<DueReport> AgreementService::printDue(const QString &folder, std::optional<AgreementLanguage> language,
                                             const DueProgress &progress)
{
    if (!QDir().mkpath(folder))
        return Result<DueReport>::failure(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    const auto due = coursesDue();
    if (!due)
        return due.status();
    const QDir dir(folder);
    DueReport report;
    report.due = int(due->size());
    for (const Id courseId : *due) {
        const auto prepared = prepare(courseId, language.value_or(usualLanguage(courseId)));
        const auto saved = prepared ? savePdf(*prepared, dir.filePath(pdfFileName(courseId, prepared->version, prepared->language)))
                                    : Result<Agreement>(prepared.status());
        if (saved)
            ++report.printed;
        else
            report.problems << saved.error();
        if (progress && !progress(report.printed + int(report.problems.size()), report.due))
            break;
    }
    return report;
}

const AgreementLocale &AgreementService::locale(AgreementLanguage language) const
{
    std::unique_ptr<AgreementLocale> &cached = m_locales[language == AgreementLanguage::Danish ? 0 : 1];
    if (!cached)
        cached = std::make_unique<AgreementLocale>(language);
    return *cached;
}

PageLabel AgreementService::pageLabel(AgreementLanguage language) const
{
    const QString format = locale(language).text(QT_TRANSLATE_NOOP("AgreementText", "Page %1 of %2"));
    return [format](int page, int pages) { return format.arg(page).arg(pages); };
}

QString AgreementService::title(AgreementLanguage language) const
{
    return locale(language).text(QT_TRANSLATE_NOOP("AgreementText", "Mentor agreement"));
}

int AgreementService::paint(const QString &html, AgreementLanguage language, QPagedPaintDevice &device) const
{
    return DocumentPrinter::paint(html, device, pageLabel(language));
}

} // namespace mentordesk::agreements
