#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mentordesk::agreements {

// Every {{placeholder}} a template may use, with a description for the template editor.
struct Placeholder {
    enum class Group { Course, Grant, Mentor, Mentee, Goals, Organisation, Agreement };
    const char *name;         // "mentor.name"
    const char *description;  // QT_TRANSLATE_NOOP("Placeholder", …)
    Group group;
    bool html = false;     // the value is HTML built by MentorDesk (lists, logo, signatures)
    bool quiet = false;    // empty stays empty; other empty values print as "–"
    bool courseData = true;  // a change after printing makes the agreement out of date
};

const QList<Placeholder> &placeholders();
const Placeholder *findPlaceholder(QStringView name);
QString groupLabel(Placeholder::Group group);      // in the program's language
QString description(const Placeholder &placeholder);  // in the program's language

// A part the law (LAB) or MentorDesk requires in every agreement (DOMAIN.md §4). A template has
// it when it uses all the placeholders of at least one of `alternatives`.
struct RequiredPart {
    const char *label;  // QT_TRANSLATE_NOOP("RequiredPart", …)
    QList<QStringList> alternatives;
};
const QList<RequiredPart> &requiredParts();
QString label(const RequiredPart &part);

} // namespace mentordesk::agreements
