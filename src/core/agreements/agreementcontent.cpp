#include "agreementcontent.h"

#include "shippedtexts.h"
#include "templatetext.h"

#include "storage/courserepository.h"
#include "storage/goalrepository.h"
#include "storage/grantrepository.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/schemerepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::agreements {

namespace {

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AgreementContent)
};

QString period(const AgreementLocale &locale, const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return {};
    return locale.date(from) + u" – "_s + (to.isValid() ? locale.date(to) : QString());
}

QString goalsHtml(const QList<Goal> &goals, const AgreementLocale &locale)
{
    auto item = [&](const Goal &g) {
        QString text = htmlText(g.text);
        if (g.due.isValid())
            text += u" <i>("_s + htmlText(locale.text(QT_TRANSLATE_NOOP("AgreementText", "by %1")).arg(locale.date(g.due))) + u")</i>"_s;
        return text;
    };
    QString html;
    for (const Goal &goal : goals) {
        if (goal.parentGoalId != 0 || goal.status == GoalStatus::Dropped)
            continue;
        html += u"<li>"_s + item(goal);
        QString subGoals;
        for (const Goal &sub : goals)
            if (sub.parentGoalId == goal.id && sub.status != GoalStatus::Dropped)
                subGoals += u"<li>"_s + item(sub) + u"</li>"_s;
        if (!subGoals.isEmpty())
            html += u"<ul>"_s + subGoals + u"</ul>"_s;
        html += u"</li>"_s;
    }
    return html.isEmpty() ? QString() : u"<ul>"_s + html + u"</ul>"_s;
}

QString signaturesHtml(const CourseRecords &records, const Organisation &organisation, const AgreementLocale &locale)
{
    const QString line = u"<br><br><br>_____________________________<br>"_s;
    const QString dated = htmlText(locale.text(QT_TRANSLATE_NOOP("AgreementText", "Date and signature")));
    auto cell = [&](const char *role, const QString &name) -> QString {  // a QString, not a builder of temporaries
        return u"<td width=\"33%\" valign=\"top\">"_s + dated + line + u"<b>"_s + htmlText(locale.text(role)) + u"</b><br>"_s
               + htmlText(name) + u"</td>"_s;
    };
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr>"_s
           + cell(QT_TRANSLATE_NOOP("AgreementText", "Mentee"), records.mentee.fullName())
           + cell(QT_TRANSLATE_NOOP("AgreementText", "Mentor"), records.mentor ? records.mentor->fullName() : QString())
           + cell(QT_TRANSLATE_NOOP("AgreementText", "Coordinator"), organisation.coordinatorName) + u"</tr></table>"_s;
}

QString logoHtml(const QByteArray &png)
{
    if (png.isEmpty())
        return {};
    // Embedded in the snapshot, so a reprint shows the logo it was printed with.
    return u"<img src=\"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64()) + u"\" height=\"60\">"_s;
}

} // namespace

QString joinedContact(const QString &phone, const QString &email)
{
    QStringList parts;
    for (const QString &part : {phone.trimmed(), email.trimmed()})
        if (!part.isEmpty())
            parts << part;
    return parts.join(u", "_s);
}

std::optional<CourseRecords> loadCourseRecords(storage::Database &db, Id courseId)
{
    CourseRecords records;
    const auto course = storage::CourseRepository(db).find(courseId);
    if (!course)
        return std::nullopt;
    records.course = *course;
    const auto mentee = storage::MenteeRepository(db).find(course->menteeId);
    const auto scheme = storage::SchemeRepository(db).find(course->schemeId);
    if (!mentee || !scheme)
        return std::nullopt;
    records.mentee = *mentee;
    records.scheme = *scheme;
    if (course->currentMatchId != 0)
        if (const auto match = storage::MatchRepository(db).find(course->currentMatchId))
            records.mentor = storage::MentorRepository(db).find(match->mentorId);
    records.grants = storage::GrantRepository(db).forCourse(courseId);
    records.goals = storage::GoalRepository(db).forCourse(courseId);
    return records;
}

std::optional<Grant> grantInForce(const QList<Grant> &grants, const QDate &day)
{
    std::optional<Grant> before;
    std::optional<Grant> after;
    for (const Grant &g : grants) {
        if (g.from <= day && day <= g.to)
            return g;
        if (g.to < day && (!before || g.to > before->to))
            before = g;
        if (g.from > day && (!after || g.from < after->from))
            after = g;
    }
    return before ? before : after;
}

AgreementFields courseDataFields(const CourseRecords &records, const AgreementLocale &locale, const QDate &today)
{
    const Course &c = records.course;
    const Mentee &mentee = records.mentee;
    AgreementFields f;
    f.set(u"course.id"_s, QString::number(c.id));
    f.set(u"course.purpose"_s, c.purpose.trimmed());
    f.set(u"course.tasks"_s, c.mentorTasks.trimmed());
    f.set(u"course.qualifications"_s, c.mentorQualifications.trimmed());
    f.set(u"course.legal_basis"_s, c.legalBasis.trimmed());
    f.set(u"course.focus_areas"_s, c.focusAreas.join(u", "_s));
    f.set(u"course.function"_s, locale.label(c.function));
    f.set(u"course.start_date"_s, locale.date(c.startDate));
    f.set(u"course.end_date"_s, locale.date(c.plannedEndDate));
    f.set(u"course.period"_s, period(locale, c.startDate, c.plannedEndDate));
    f.set(u"course.meeting_frequency"_s, c.meetingFrequency.trimmed());
    f.set(u"course.contact_agreement"_s, c.contactAgreement.trimmed());
    f.set(u"course.cancellation_rules"_s, c.cancellationRules.trimmed());
    f.set(u"course.next_review"_s, locale.date(c.nextReviewDate));
    f.set(u"scheme.name"_s, records.scheme.name);

    if (const auto grant = grantInForce(records.grants, today)) {
        f.set(u"grant.hours_per_week"_s, locale.number(grant->hoursPerWeek));
        f.set(u"grant.period"_s, period(locale, grant->from, grant->to));
        f.set(u"grant.from"_s, locale.date(grant->from));
        f.set(u"grant.to"_s, locale.date(grant->to));
    }
    if (const auto &mentor = records.mentor) {
        f.set(u"mentor.name"_s, mentor->fullName());
        f.set(u"mentor.first_name"_s, mentor->firstName);
        f.set(u"mentor.last_name"_s, mentor->lastName);
        f.set(u"mentor.type"_s, locale.label(mentor->mentorType));
        f.set(u"mentor.organisation"_s, mentor->organisation);
        f.set(u"mentor.email"_s, mentor->email);
        f.set(u"mentor.phone"_s, mentor->phone);
        f.set(u"mentor.contact"_s, joinedContact(mentor->phone, mentor->email));
    }
    f.set(u"mentee.name"_s, mentee.fullName());
    f.set(u"mentee.first_name"_s, mentee.firstName);
    f.set(u"mentee.last_name"_s, mentee.lastName);
    f.set(u"mentee.cpr"_s, mentee.cpr);
    f.set(u"mentee.address"_s, mentee.address);
    f.set(u"mentee.email"_s, mentee.email);
    f.set(u"mentee.phone"_s, mentee.phone);
    f.set(u"mentee.contact"_s, joinedContact(mentee.phone, mentee.email));
    f.set(u"mentee.caseworker"_s, mentee.caseworker);
    f.set(u"mentee.target_group"_s, locale.label(mentee.targetGroup));
    f.set(u"goals"_s, goalsHtml(records.goals, locale));
    return f;
}

AgreementFields agreementFields(const CourseRecords &records, const Organisation &organisation, const AgreementLocale &locale,
                                const QDate &today, int version)
{
    AgreementFields f = courseDataFields(records, locale, today);
    const AgreementLanguage language = locale.language();
    f.set(u"organisation.name"_s, organisation.name);
    f.set(u"organisation.address"_s, organisation.address);
    f.set(u"organisation.contact"_s, organisation.contact);
    f.set(u"organisation.logo"_s, logoHtml(organisation.logoPng));
    f.set(u"coordinator.name"_s, organisation.coordinatorName);
    f.set(u"coordinator.contact"_s, organisation.coordinatorContact);
    const QString complaint = organisation.complaintGuidance(language).trimmed();
    f.set(u"complaint_guidance"_s, complaint.isEmpty() ? defaultComplaintGuidance(language) : complaint);
    const QString confidentiality = organisation.confidentiality(language).trimmed();
    f.set(u"confidentiality"_s, confidentiality.isEmpty() ? defaultConfidentiality(language) : confidentiality);
    f.set(u"signatures"_s, signaturesHtml(records, organisation, locale));
    f.set(u"agreement.version"_s, QString::number(version));
    f.set(u"agreement.date"_s, locale.date(today));
    return f;
}

CourseRecords sampleRecords(const AgreementLocale &locale, const QDate &today)
{
    CourseRecords r;
    r.course.id = 1234;
    r.course.purpose = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Keep the internship at the bakery and move on to a wage subsidy job."));
    r.course.mentorTasks = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Weekly talks; go along on the first day; help with the transport plan."));
    r.course.mentorQualifications = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Trained social worker, ten years as a mentor."));
    r.course.legalBasis = u"LAB § 31b"_s;
    r.course.startDate = today;
    r.course.plannedEndDate = today.addMonths(6);
    r.course.meetingFrequency = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Once a week, an hour, at the jobcentre"));
    r.course.contactAgreement = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Text messages between meetings"));
    r.course.cancellationRules = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Cancel by text message the day before"));
    r.mentee.firstName = u"Søren"_s;
    r.mentee.lastName = u"Ærøskøbing Åberg"_s;
    r.mentee.address = u"Østergade 7, 6200 Aabenraa"_s;
    r.mentee.phone = u"12 34 56 78"_s;
    r.mentee.caseworker = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Caseworker Anne Holm, jobcentre"));
    r.mentor = Mentor();
    r.mentor->firstName = u"Birthe"_s;
    r.mentor->lastName = u"Mølgaard"_s;
    r.mentor->mentorType = MentorType::Professional;
    r.mentor->phone = u"87 65 43 21"_s;
    r.mentor->email = u"birthe@example.dk"_s;
    r.scheme.name = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Mentor support (example)"));
    Grant grant;
    grant.from = r.course.startDate;
    grant.to = r.course.plannedEndDate;
    grant.hoursPerWeek = 2.5;
    r.grants = {grant};
    Goal goal;
    goal.id = 1;
    goal.text = locale.text(QT_TRANSLATE_NOOP("AgreementText", "Take the bus to the internship alone"));
    goal.due = today.addMonths(2);
    r.goals = {goal};
    return r;
}

QStringList missingForPrint(const CourseRecords &records, const Organisation &organisation, const QDate &today)
{
    QStringList missing;
    const Course &c = records.course;
    if (c.purpose.trimmed().isEmpty())
        missing << Text::tr("the purpose of the support");
    if (!records.mentor)
        missing << Text::tr("a mentor (the course has no approved match)");
    else if (records.mentor->phone.trimmed().isEmpty() && records.mentor->email.trimmed().isEmpty())
        missing << Text::tr("the mentor's phone or e-mail");
    if (c.mentorTasks.trimmed().isEmpty())
        missing << Text::tr("the mentor's tasks");
    if (!c.startDate.isValid() || !c.plannedEndDate.isValid())
        missing << Text::tr("the period (a planned end date)");
    if (!grantInForce(records.grants, today))
        missing << Text::tr("the hours per week (a grant)");
    if (organisation.coordinatorName.trimmed().isEmpty() && organisation.coordinatorContact.trimmed().isEmpty())
        missing << Text::tr("whom to contact if it is not working (the coordinator in Agreement settings)");
    return missing;
}

} // namespace mentordesk::agreements
