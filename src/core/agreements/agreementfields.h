#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace mentordesk::agreements {

// The values of an agreement's placeholders: plain text for most (escaped when filled in), HTML
// built by MentorDesk for the few marked so in the catalogue (goals, logo, signatures). Kept
// with each printed agreement, so a later change to an included field can be named.
class AgreementFields {
public:
    void set(const QString &name, const QString &value) { m_values.insert(name, value); }
    QString value(const QString &name) const { return m_values.value(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    const QMap<QString, QString> &values() const { return m_values; }

    // The values of these names only (those a template uses).
    AgreementFields only(const QStringList &names) const;

    QString toJson() const;
    // Invalid or empty JSON gives no fields.
    static AgreementFields fromJson(const QString &json);

    // The course data placeholders (not the organisation's texts, the version or the day of
    // printing) the printed agreement has and whose values differ from its, in catalogue order.
    // A placeholder its template did not use is not on the paper, so its changes do not count.
    QStringList changedSince(const AgreementFields &printed) const;

    bool operator==(const AgreementFields &other) const = default;

private:
    QMap<QString, QString> m_values;
};

} // namespace mentordesk::agreements
