#include "organisationrepository.h"

#include "auditrepository.h"
#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::storage {

namespace {

struct TextKey {
    const char *key;
    QString Organisation::*field;
};

const TextKey kTextKeys[] = {
    {"organisation.name", &Organisation::name},
    {"organisation.address", &Organisation::address},
    {"organisation.contact", &Organisation::contact},
    {"organisation.coordinator_name", &Organisation::coordinatorName},
    {"organisation.coordinator_contact", &Organisation::coordinatorContact},
    {"organisation.complaint_guidance.da", &Organisation::complaintGuidanceDa},
    {"organisation.complaint_guidance.en", &Organisation::complaintGuidanceEn},
    {"organisation.confidentiality.da", &Organisation::confidentialityDa},
    {"organisation.confidentiality.en", &Organisation::confidentialityEn},
};
const auto kLogoKey = "organisation.logo"_L1;  // PNG, base64

} // namespace

Organisation OrganisationRepository::read() const
{
    Organisation organisation;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT key, value FROM setting WHERE key LIKE 'organisation.%'"_s)) {
        SqlErrors::userMessage(q.lastError(), "read organisation");
        return organisation;
    }
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == kLogoKey) {
            organisation.logoPng = QByteArray::fromBase64(q.value(1).toString().toLatin1());
            continue;
        }
        for (const TextKey &k : kTextKeys)
            if (key == QLatin1StringView(k.key))
                organisation.*k.field = q.value(1).toString();
    }
    return organisation;
}

Status OrganisationRepository::save(const Organisation &organisation)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Status::failure(SqlErrors::busyMessage());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    auto put = [&q](const QString &key, const QString &value) {
        q.addBindValue(key);
        q.addBindValue(value.trimmed().isEmpty() ? QVariant() : QVariant(value.trimmed()));
        return q.exec();
    };
    for (const TextKey &k : kTextKeys)
        if (!put(QString::fromLatin1(k.key), organisation.*k.field))
            return Status::failure(SqlErrors::userMessage(q.lastError(), "save organisation"));
    if (!put(QString(kLogoKey), QString::fromLatin1(organisation.logoPng.toBase64())))
        return Status::failure(SqlErrors::userMessage(q.lastError(), "save organisation logo"));
    if (const Status audited = AuditRepository(m_db).record(AuditAction::Update, u"setting"_s, 0); !audited)
        return audited;
    if (!tx.commit())
        return Status::failure(SqlErrors::commitMessage());
    return {};
}

} // namespace mentordesk::storage
