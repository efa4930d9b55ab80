#include "registerexporter.h"

#include "cellvalues.h"

#include "storage/auditrepository.h"
#include "storage/exportqueries.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

#include <QDir>
#include <QHash>
#include <QLoggingCategory>
#include <QSaveFile>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::storage;

Q_LOGGING_CATEGORY(lcExport, "mentordesk.export")

namespace mentordesk::csv {

namespace {

constexpr int kProgressEvery = 500;

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString optionalDecimal(const std::optional<double> &value, QChar point)
{
    return value ? CellValues::decimalText(*value, point) : QString();
}

template <typename E>
QString optionalCodeText(const std::optional<E> &value)
{
    return value ? toCode(*value) : QString();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// The cells of one person in the register's column order.
template <typename Person>
QString commonCell(const Person &p, Column column, QChar point)
{
    Q_UNUSED(point)
    switch (column) {
    case Column::ExternalId: return p.externalId;
    case Column::FirstName: return p.firstName;
    case Column::LastName: return p.lastName;
    case Column::Email: return p.email;
    case Column::Phone: return p.phone;
    case Column::Gender: return optionalCodeText(p.gender);
    case Column::BirthYear: return optionalNumber(p.birthYear);
    case Column::Postcode: return p.postcode;
    case Column::Languages: return p.languages.join(u", "_s);
    case Column::Interests: return p.interests.join(u", "_s);
    case Column::Notes: return p.notes;
    default: return {};
    }
}

QStringList mentorRow(const Mentor &m, QChar point)
{
    QStringList row;
    for (Column column : RegisterColumns::columns(Register::Mentors)) {
        switch (column) {
        case Column::MentorType: row << toCode(m.mentorType); break;
        case Column::Capacity: row << QString::number(m.capacity); break;
        case Column::HoursPerWeek: row << optionalDecimal(m.hoursPerWeek, point); break;
        case Column::Organisation: row << m.organisation; break;
        default: row << commonCell(m, column, point);
        }
    }
    return row;
}

QStringList menteeRow(const Mentee &m, QChar point, const QHash<Id, QString> &schemeNames)
{
    QStringList row;
    for (Column column : RegisterColumns::columns(Register::Mentees)) {
        switch (column) {
        case Column::Cpr: row << m.cpr; break;
        case Column::TargetGroup: row << toCode(m.targetGroup); break;
        case Column::Goal: row << m.goal; break;
        case Column::PreferredMentorGender: row << optionalCodeText(m.preferredMentorGender); break;
        case Column::HoursPerWeekGranted: row << optionalDecimal(m.hoursPerWeekGranted, point); break;
        case Column::Scheme: row << schemeNames.value(m.schemeId); break;
        default: row << commonCell(m, column, point);
        }
    }
    return row;
}

} // namespace

QStringList RegisterExporter::header(ExportKind kind)
{
    QStringList names;
    switch (kind) {
    case ExportKind::Mentors:
    case ExportKind::Mentees:
        for (Column column : RegisterColumns::columns(kind == ExportKind::Mentors ? Register::Mentors : Register::Mentees))
            names << RegisterColumns::headerName(column);
        return names;
    case ExportKind::Courses:
        return {u"course_id"_s, u"mentee_id"_s, u"mentee"_s, u"mentor_id"_s, u"mentor"_s, u"scheme"_s, u"status"_s,
                u"phase"_s, u"start_date"_s, u"planned_end_date"_s, u"legal_basis"_s, u"hours_per_week"_s,
                u"meetings_held"_s, u"hours_delivered"_s, u"purpose"_s, u"mentor_tasks"_s, u"mentor_qualifications"_s};
    case ExportKind::Sessions:
        return {u"session_id"_s, u"course_id"_s, u"mentee"_s, u"mentor"_s, u"date"_s, u"start"_s, u"minutes"_s,
                u"form"_s, u"kind"_s, u"status"_s, u"place"_s, u"note"_s, u"before_next"_s};
    }
    return names;
}

Result<int> RegisterExporter::exportTo(ExportKind kind, QIODevice &device, Dialect dialect, const ImportProgress &progress)
{
    CsvWriter writer(device, dialect);
    writer.writeRow(header(kind));
    const QChar point = dialect == Dialect::ExcelDa ? u',' : u'.';
    // The audit entries of the export land together, or not at all.
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Result<int>::failure(tr("The database is busy with another change. Nothing was exported; try again."));
    int written = 0;
    int total = 0;
    bool cancelled = false;
    // One audit entry per exported record, written together at the end.
    QString auditEntity;
    QList<Id> exportedIds;
    // Writes one row; false stops the walk (cancel, write error).
    auto emitRow = [&](const QStringList &row, const QString &entity, Id id) {
        writer.writeRow(row);
        ++written;
        auditEntity = entity;
        exportedIds.append(id);
        if (progress && written % kProgressEvery == 0 && !progress(written, total))
            cancelled = true;
        return !cancelled && writer.ok();
    };

    bool readOk = true;
    switch (kind) {
    case ExportKind::Mentors: {
        MentorRepository repo(m_db);
        total = repo.count();
        readOk = repo.forEach(false, [&](const Mentor &m) { return emitRow(mentorRow(m, point), u"mentor"_s, m.id); });
        break;
    }
    case ExportKind::Mentees: {
        MenteeRepository repo(m_db);
        QHash<Id, QString> schemeNames;
        for (const Scheme &s : SchemeRepository(m_db).all())
            schemeNames.insert(s.id, s.name);
        total = repo.count();
        readOk = repo.forEach(false, [&](const Mentee &m) { return emitRow(menteeRow(m, point, schemeNames), u"mentee"_s, m.id); });
        break;
    }
    case ExportKind::Courses: {
        ExportQueries queries(m_db);
        total = queries.courseCount();
        readOk = queries.forEachCourse(m_db.today(), [&](const CourseExportRow &c) {
            return emitRow({QString::number(c.id), QString::number(c.menteeId), c.mentee,
                            c.mentorId ? QString::number(c.mentorId) : QString(), c.mentor, c.scheme, toCode(c.status),
                            toCode(c.phase), dateText(c.startDate), dateText(c.plannedEndDate), c.legalBasis,
                            optionalDecimal(c.hoursPerWeek, point), QString::number(c.meetingsHeld),
                            CellValues::decimalText(qRound(c.hoursDelivered * 100) / 100.0, point), c.purpose, c.mentorTasks,
                            c.mentorQualifications},
                           u"course"_s, c.id);
        });
        break;
    }
    case ExportKind::Sessions: {
        ExportQueries queries(m_db);
        total = queries.meetingCount();
        readOk = queries.forEachMeeting([&](const MeetingExportRow &t) {
            return emitRow({QString::number(t.id), QString::number(t.courseId), t.mentee, t.mentor, dateText(t.date),
                            t.start.isValid() ? t.start.toString(u"HH:mm"_s) : QString(), optionalNumber(t.minutes),
                            toCode(t.form), optionalCodeText(t.kind), toCode(t.status), t.place, t.note, t.beforeNext},
                           u"meeting"_s, t.id);
        });
        break;
    }
    }
    if (!readOk)
        return Result<int>::failure(tr("The records could not be read from the database. No file was written."));
    if (cancelled)
        return Result<int>::failure(tr("The export was cancelled. No file was written."));
    if (!writer.ok())
        return Result<int>::failure(tr("The file could not be written (is the disk full?). No file was written."));
    if (!AuditRepository(m_db).recordMany(AuditAction::Export, auditEntity, exportedIds) || !tx.commit())
        return Result<int>::failure(tr("The export could not be recorded in the audit log. No file was written."));
    return written;
}

Result<int> RegisterExporter::exportFile(ExportKind kind, const QString &path, Dialect dialect, const ImportProgress &progress)
{
    QSaveFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(tr("%1 cannot be written: %2").arg(shown, file.errorString()));
    // Personal data: only the owner may read it, from the first byte (QSaveFile's temporary
    // file, which the rename keeps).
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Result<int> written = exportTo(kind, file, dialect, progress);
    if (!written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return Result<int>::failure(tr("%1 could not be saved (is the disk full?): %2").arg(shown, file.errorString()));
    qCInfo(lcExport) << "exported" << *written << "rows of kind" << static_cast<int>(kind);
    return written;
}

} // namespace mentordesk::csv
