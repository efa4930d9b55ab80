#include "placeholders.h"

using namespace Qt::StringLiterals;

namespace mentordesk::agreements {

namespace {
using G = Placeholder::Group;
}

const QList<Placeholder> &placeholders()
{
    static const QList<Placeholder> list = {
        {"course.id", QT_TRANSLATE_NOOP("Placeholder", "The course's number"), G::Course},
        {"course.purpose", QT_TRANSLATE_NOOP("Placeholder", "Purpose of the mentor support"), G::Course},
        {"course.tasks", QT_TRANSLATE_NOOP("Placeholder", "The mentor's tasks"), G::Course},
        {"course.qualifications", QT_TRANSLATE_NOOP("Placeholder", "The mentor's qualifications for this course"), G::Course},
        {"course.legal_basis", QT_TRANSLATE_NOOP("Placeholder", "Legal basis"), G::Course},
        {"course.focus_areas", QT_TRANSLATE_NOOP("Placeholder", "Focus areas"), G::Course},
        {"course.function", QT_TRANSLATE_NOOP("Placeholder", "Individual or shared mentor"), G::Course},
        {"course.start_date", QT_TRANSLATE_NOOP("Placeholder", "Start date"), G::Course},
        {"course.end_date", QT_TRANSLATE_NOOP("Placeholder", "Planned end date"), G::Course},
        {"course.period", QT_TRANSLATE_NOOP("Placeholder", "Period, start to planned end"), G::Course},
        {"course.meeting_frequency", QT_TRANSLATE_NOOP("Placeholder", "How often mentor and mentee meet"), G::Course},
        {"course.contact_agreement", QT_TRANSLATE_NOOP("Placeholder", "Contact between meetings"), G::Course},
        {"course.cancellation_rules", QT_TRANSLATE_NOOP("Placeholder", "How to cancel a meeting"), G::Course},
        {"course.next_review", QT_TRANSLATE_NOOP("Placeholder", "Next status review"), G::Course},
        {"scheme.name", QT_TRANSLATE_NOOP("Placeholder", "The scheme's name"), G::Course},
        {"grant.hours_per_week", QT_TRANSLATE_NOOP("Placeholder", "Hours granted per week"), G::Grant},
        {"grant.period", QT_TRANSLATE_NOOP("Placeholder", "Period of the grant in force"), G::Grant},
        {"grant.from", QT_TRANSLATE_NOOP("Placeholder", "First day of the grant in force"), G::Grant},
        {"grant.to", QT_TRANSLATE_NOOP("Placeholder", "Last day of the grant in force"), G::Grant},
        {"mentor.name", QT_TRANSLATE_NOOP("Placeholder", "Mentor's full name"), G::Mentor},
        {"mentor.first_name", QT_TRANSLATE_NOOP("Placeholder", "Mentor's first name"), G::Mentor},
        {"mentor.last_name", QT_TRANSLATE_NOOP("Placeholder", "Mentor's last name"), G::Mentor},
        {"mentor.type", QT_TRANSLATE_NOOP("Placeholder", "Mentor type"), G::Mentor},
        {"mentor.organisation", QT_TRANSLATE_NOOP("Placeholder", "Mentor's employer or provider"), G::Mentor, false, true},
        {"mentor.email", QT_TRANSLATE_NOOP("Placeholder", "Mentor's e-mail"), G::Mentor},
        {"mentor.phone", QT_TRANSLATE_NOOP("Placeholder", "Mentor's phone"), G::Mentor},
        {"mentor.contact", QT_TRANSLATE_NOOP("Placeholder", "Mentor's phone and e-mail"), G::Mentor},
        {"mentee.name", QT_TRANSLATE_NOOP("Placeholder", "Mentee's full name"), G::Mentee},
        {"mentee.first_name", QT_TRANSLATE_NOOP("Placeholder", "Mentee's first name"), G::Mentee},
        {"mentee.last_name", QT_TRANSLATE_NOOP("Placeholder", "Mentee's last name"), G::Mentee},
        {"mentee.cpr", QT_TRANSLATE_NOOP("Placeholder", "Mentee's CPR number (print it only where the agreement needs it)"), G::Mentee},
        {"mentee.address", QT_TRANSLATE_NOOP("Placeholder", "Mentee's address"), G::Mentee},
        {"mentee.email", QT_TRANSLATE_NOOP("Placeholder", "Mentee's e-mail"), G::Mentee},
        {"mentee.phone", QT_TRANSLATE_NOOP("Placeholder", "Mentee's phone"), G::Mentee},
        {"mentee.contact", QT_TRANSLATE_NOOP("Placeholder", "Mentee's phone and e-mail"), G::Mentee},
        {"mentee.caseworker", QT_TRANSLATE_NOOP("Placeholder", "Mentee's caseworker"), G::Mentee, false, true},
        {"mentee.target_group", QT_TRANSLATE_NOOP("Placeholder", "Mentee's target group"), G::Mentee},
        {"goals", QT_TRANSLATE_NOOP("Placeholder", "The course's goals and sub-goals as a list"), G::Goals, true},
        {"organisation.name", QT_TRANSLATE_NOOP("Placeholder", "Organisation's name (settings)"), G::Organisation, false, true, false},
        {"organisation.address", QT_TRANSLATE_NOOP("Placeholder", "Organisation's address (settings)"), G::Organisation, false, true, false},
        {"organisation.contact", QT_TRANSLATE_NOOP("Placeholder", "Organisation's phone or e-mail (settings)"), G::Organisation, false, true, false},
        {"organisation.logo", QT_TRANSLATE_NOOP("Placeholder", "Organisation's logo (settings)"), G::Organisation, true, true, false},
        {"coordinator.name", QT_TRANSLATE_NOOP("Placeholder", "Whom to contact if it is not working: name (settings)"), G::Organisation, false, false, false},
        {"coordinator.contact", QT_TRANSLATE_NOOP("Placeholder", "Whom to contact if it is not working: phone or e-mail (settings)"), G::Organisation, false, false, false},
        {"complaint_guidance", QT_TRANSLATE_NOOP("Placeholder", "Complaint guidance (settings)"), G::Organisation, false, false, false},
        {"confidentiality", QT_TRANSLATE_NOOP("Placeholder", "Duty of confidentiality (settings)"), G::Organisation, false, false, false},
        {"signatures", QT_TRANSLATE_NOOP("Placeholder", "Signature lines for mentee, mentor and coordinator"), G::Agreement, true, false, false},
        {"agreement.version", QT_TRANSLATE_NOOP("Placeholder", "The agreement's version number"), G::Agreement, false, false, false},
        {"agreement.date", QT_TRANSLATE_NOOP("Placeholder", "The day it is printed"), G::Agreement, false, false, false},
    };
    return list;
}

const Placeholder *findPlaceholder(QStringView name)
{
    for (const Placeholder &p : placeholders())
        if (name == QLatin1StringView(p.name))
            return &p;
    return nullptr;
}

QString groupLabel(Placeholder::Group group)
{
    switch (group) {
    case G::Course: return QCoreApplication::translate("Placeholder", "Course");
    case G::Grant: return QCoreApplication::translate("Placeholder", "Grant");
    case G::Mentor: return QCoreApplication::translate("Placeholder", "Mentor");
    case G::Mentee: return QCoreApplication::translate("Placeholder", "Mentee");
    case G::Goals: return QCoreApplication::translate("Placeholder", "Goals");
    case G::Organisation: return QCoreApplication::translate("Placeholder", "Organisation");
    case G::Agreement: return QCoreApplication::translate("Placeholder", "Agreement");
    }
    return {};
}

QString description(const Placeholder &placeholder)
{
    return QCoreApplication::translate("Placeholder", placeholder.description);
}

const QList<RequiredPart> &requiredParts()
{
    static const QList<RequiredPart> parts = {
        {QT_TRANSLATE_NOOP("RequiredPart", "the purpose of the support ({{course.purpose}})"), {{u"course.purpose"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the mentor's name ({{mentor.name}})"),
         {{u"mentor.name"_s}, {u"mentor.first_name"_s, u"mentor.last_name"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the mentor's contact details ({{mentor.contact}}, {{mentor.phone}} or {{mentor.email}})"),
         {{u"mentor.contact"_s}, {u"mentor.phone"_s}, {u"mentor.email"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the mentor's tasks ({{course.tasks}})"), {{u"course.tasks"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the period ({{course.period}}, or {{course.start_date}} and {{course.end_date}})"),
         {{u"course.period"_s}, {u"course.start_date"_s, u"course.end_date"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the hours per week ({{grant.hours_per_week}})"), {{u"grant.hours_per_week"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "how often they meet and how to cancel ({{course.meeting_frequency}} and {{course.cancellation_rules}})"),
         {{u"course.meeting_frequency"_s, u"course.cancellation_rules"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "whom to contact if it is not working ({{coordinator.name}} or {{coordinator.contact}})"),
         {{u"coordinator.name"_s}, {u"coordinator.contact"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the duty of confidentiality ({{confidentiality}})"), {{u"confidentiality"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the complaint guidance ({{complaint_guidance}})"), {{u"complaint_guidance"_s}}},
        {QT_TRANSLATE_NOOP("RequiredPart", "the signature lines ({{signatures}})"), {{u"signatures"_s}}},
    };
    return parts;
}

QString label(const RequiredPart &part)
{
    return QCoreApplication::translate("RequiredPart", part.label);
}

} // namespace mentordesk::agreements
