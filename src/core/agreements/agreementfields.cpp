#include "agreementfields.h"

#include "placeholders.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mentordesk::agreements {

AgreementFields AgreementFields::only(const QStringList &names) const
{
    AgreementFields subset;
    for (const QString &name : names)
        if (const auto it = m_values.constFind(name); it != m_values.cend())
            subset.set(name, *it);
    return subset;
}

QString AgreementFields::toJson() const
{
    QJsonObject object;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AgreementFields AgreementFields::fromJson(const QString &json)
{
    AgreementFields fields;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        fields.set(it.key(), it.value().toString());
    return fields;
}

QStringList AgreementFields::changedSince(const AgreementFields &printed) const
{
    QStringList changed;
    for (const Placeholder &p : placeholders()) {
        const QString name = QString::fromLatin1(p.name);
        if (p.courseData && printed.contains(name) && value(name) != printed.value(name))
            changed << name;
    }
    return changed;
}

} // namespace mentordesk::agreements
