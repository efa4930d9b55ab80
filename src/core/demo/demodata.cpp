#include "demodata.h"

#include "democourses.h"
#include "demorandom.h"
#include "demovocabulary.h"

#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/organisationrepository.h"
#include "storage/schemerepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
namespace vocab = mentordesk::demo::vocabulary;

namespace mentordesk::demo {

namespace {

// A made-up logo (shapes only: no font is needed, so it draws without a display).
QByteArray demoLogo()
{
    QImage image(240, 80, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    painter.drawRoundedRect(QRectF(4, 4, 72, 72), 14, 14);
    painter.setBrush(Qt::white);
    painter.drawEllipse(QPointF(40, 40), 22, 22);
    painter.setBrush(QColor(0x1f, 0x5f, 0x8b));
    painter.drawEllipse(QPointF(40, 40), 11, 11);
    for (int bar = 0; bar < 3; ++bar) {
        painter.setBrush(bar == 1 ? QColor(0xe0, 0x8a, 0x1e) : QColor(0x1f, 0x5f, 0x8b));
        painter.drawRoundedRect(QRectF(92, 14 + bar * 20, 140 - bar * 30, 12), 6, 6);
    }
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

// ASCII e-mail local part from a Danish name: æ → ae, ø → oe, å → aa.
QString emailPart(const QString &name)
{
    QString s = name.toLower();
    s.replace(u"æ"_s, u"ae"_s).replace(u"ø"_s, u"oe"_s).replace(u"å"_s, u"aa"_s).replace(u' ', u'.');
    return s;
}

QString phoneNumber(DemoRandom &rng)
{
    return u"%1 %2 %3 %4"_s.arg(rng.between(20, 99)).arg(rng.between(10, 99)).arg(rng.between(10, 99)).arg(rng.between(10, 99));
}

struct Person {
    QString first;
    QString last;
    Gender gender;
    bool immigrant;
};

Person person(DemoRandom &rng, int immigrantPercent)
{
    const bool immigrant = rng.chance(immigrantPercent);
    const Gender gender = rng.chance(50) ? Gender::Female : Gender::Male;
    const QStringList &firstNames = immigrant ? (gender == Gender::Female ? vocab::kImmigrantFemaleNames : vocab::kImmigrantMaleNames)
                                              : (gender == Gender::Female ? vocab::kFemaleNames : vocab::kMaleNames);
    return {rng.pick(firstNames), rng.pick(immigrant ? vocab::kImmigrantLastNames : vocab::kLastNames), gender, immigrant};
}

// A CPR number with a real date and the century digit that matches the year; never checked
// against modulus 11, as in real life since 2007.
QString cprFor(DemoRandom &rng, int birthYear, QSet<QString> &used)
{
    for (;;) {
        const QDate born(birthYear, rng.between(1, 12), rng.between(1, 28));
        const int seventh = birthYear >= 2000 ? 4 : rng.between(0, 3);
        const QString cpr = born.toString(u"ddMMyy"_s) + u'-' + QString::number(seventh)
                            + u"%1"_s.arg(rng.between(0, 999), 3, 10, QLatin1Char('0'));
        if (!used.contains(cpr)) {
            used.insert(cpr);
            return cpr;
        }
    }
}

struct SchemeChoice : DemoScheme {
    bool jobcentre = false;
};

} // namespace

Result<DemoSummary> DemoDataGenerator::generate(const DemoOptions &options)
{
    if (options.mentors < 0 || options.mentees < 0)
        return Result<DemoSummary>::failure(tr("The number of mentors and mentees cannot be negative."));
    if (options.mentees > 0 && options.mentors == 0)
        return Result<DemoSummary>::failure(tr("Demo mentees need at least one demo mentor."));

    DemoRandom rng(options.seed);
    const QDate today = options.today;
    DemoSummary summary;
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return Result<DemoSummary>::failure(tr("The database is busy; no demo data was added."));

    auto failed = [](const QString &message) { return Result<DemoSummary>::failure(message); };

    // The letterhead the demo's agreements are printed with, unless the file has its own.
    OrganisationRepository organisations(m_db);
    if (Organisation org = organisations.read(); org.name.isEmpty() && org.coordinatorName.isEmpty()) {
        org.name = u"Jobcenter Demoby"_s;
        org.address = u"Rådhuspladsen 1, 9999 Demoby"_s;
        org.contact = u"70 10 20 30 · mentor@demoby.example.dk"_s;
        org.coordinatorName = u"Hanne Østergaard"_s;
        org.coordinatorContact = u"70 10 20 31"_s;
        org.logoPng = demoLogo();
        if (const Status saved = organisations.save(org); !saved)
            return failed(saved.error());
    }

    // Schemes
    SchemeRepository schemes(m_db);
    QList<SchemeChoice> schemeChoices;
    struct SchemeSeed { QString name; SchemeContext context; QString legal; int months; int minMeetings; };
    const QList<SchemeSeed> schemeSeeds = {
        {u"LAB mentorstøtte (§ 31b)"_s, SchemeContext::Jobcentre, u"LAB § 31b"_s, 6, 0},
        {u"Ret og pligt-mentor (§ 93)"_s, SchemeContext::Jobcentre, u"LAB § 93"_s, 6, 1},
        {u"Erhvervsskolens mentorordning"_s, SchemeContext::VocationalSchool, QString(), 10, 0},
        {u"Frivillig integrationsmentor"_s, SchemeContext::VolunteerOrg, QString(), 12, 0},
    };
    for (const SchemeSeed &seed : schemeSeeds) {
        Scheme s;
        s.name = seed.name;
        s.context = seed.context;
        s.defaultLegalBasis = seed.legal;
        s.defaultGrantMonths = seed.months;
        if (seed.minMeetings > 0)
            s.minMeetingsPerWeek = seed.minMeetings;
        if (seed.context == SchemeContext::VolunteerOrg)
            s.allowedMentorTypes = {MentorType::Volunteer};
        const auto id = schemes.add(s);
        if (!id)
            return failed(id.error());
        SchemeChoice choice;
        choice.id = *id;
        choice.context = seed.context;
        choice.retOgPligt = seed.minMeetings > 0;
        choice.legalBasis = seed.legal;
        choice.months = seed.months;
        choice.jobcentre = seed.context == SchemeContext::Jobcentre;
        schemeChoices.append(choice);
        ++summary.schemes;
    }

    // Mentors
    MentorRepository mentors(m_db);
    QList<Mentor> mentorList;
    const QList<MentorType> types = {MentorType::Professional, MentorType::Teacher, MentorType::Student,
                                     MentorType::Workplace, MentorType::External, MentorType::Volunteer, MentorType::Volunteer};
    for (int i = 0; i < options.mentors; ++i) {
        const Person p = person(rng, 15);
        Mentor m;
        m.externalId = u"M%1"_s.arg(i + 1, 5, 10, QLatin1Char('0'));
        m.firstName = p.first;
        m.lastName = p.last;
        m.gender = p.gender;
        m.mentorType = types.at(rng.between(0, int(types.size()) - 1));
        m.email = emailPart(p.first) + u'.' + emailPart(p.last) + u"%1@example.dk"_s.arg(i + 1);
        m.phone = phoneNumber(rng);
        if (m.mentorType == MentorType::Workplace || m.mentorType == MentorType::External || rng.chance(30))
            m.organisation = rng.pick(vocab::kOrganisations);
        m.birthYear = m.mentorType == MentorType::Student ? rng.between(2000, 2006) : rng.between(1955, 1995);
        m.postcode = rng.pick(vocab::kPostcodes).left(4);
        m.languages = QStringList{u"dansk"_s} + (p.immigrant || rng.chance(40) ? rng.pickSome(vocab::kLanguages, 1, 2) : QStringList());
        m.languages.removeDuplicates();
        m.interests = rng.pickSome(vocab::kInterests, 1, 4);
        m.qualifications = rng.pick(vocab::kQualifications);
        m.capacity = m.mentorType == MentorType::Professional ? rng.between(6, 15) : rng.between(1, 4);
        m.hoursPerWeek = m.mentorType == MentorType::Professional ? 30.0 : rng.between(2, 8);
        for (int slot = 0; slot < 6; ++slot)
            m.availability.set(rng.between(0, 4), rng.between(0, 2), true);
        if (m.mentorType == MentorType::Workplace)
            m.buyoutHoursPerWeek = rng.between(2, 5);
        if (m.mentorType == MentorType::External)
            m.fee = 450.0;
        if (rng.chance(85))
            m.confidentialitySigned = today.addDays(-rng.between(30, 900));
        m.status = rng.chance(8) ? MentorStatus::Paused : MentorStatus::Active;
        const auto id = mentors.add(m);
        if (!id)
            return failed(id.error());
        mentorList.append(m);
        ++summary.mentors;
    }

    // Mentees; most of those registered more than six weeks ago got a mentor.
    MenteeRepository mentees(m_db);
    QSet<QString> usedCpr;
    const QList<TargetGroup> groups = {TargetGroup::ActivityReadyCashBenefit, TargetGroup::ActivityReadyEducationBenefit,
                                       TargetGroup::JobReady, TargetGroup::SicknessBenefit, TargetGroup::ResourceProgramme,
                                       TargetGroup::YoungInEducation, TargetGroup::VocationalStudent, TargetGroup::RefugeeImmigrant};
    struct CourseStart {
        qsizetype mentee;
        qsizetype scheme;
        QDate start;
        bool planned;
    };
    QList<Mentee> menteeList;
    QList<CourseStart> starts;
    for (int i = 0; i < options.mentees; ++i) {
        const qsizetype schemeIndex = rng.between(0, int(schemeChoices.size()) - 1);
        const SchemeChoice &scheme = schemeChoices.at(schemeIndex);
        const Person p = person(rng, scheme.id == schemeChoices.last().id ? 90 : 20);
        Mentee m;
        m.externalId = u"B%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        m.firstName = p.first;
        m.lastName = p.last;
        m.gender = p.gender;
        m.schemeId = scheme.id;
        m.retOgPligt = scheme.retOgPligt;
        m.targetGroup = p.immigrant && rng.chance(60) ? TargetGroup::RefugeeImmigrant : groups.at(rng.between(0, int(groups.size()) - 1));
        const int birthYear = rng.between(1970, 2007);
        if (rng.chance(70))
            m.cpr = cprFor(rng, birthYear, usedCpr);
        else
            m.birthYear = birthYear;
        if (rng.chance(80))
            m.phone = phoneNumber(rng);
        if (rng.chance(60))
            m.email = emailPart(p.first) + u"%1@example.dk"_s.arg(i + 1);
        const QString postcode = rng.pick(vocab::kPostcodes);
        m.postcode = postcode.left(4);
        m.address = u"%1 %2, %3"_s.arg(rng.pick(vocab::kStreets)).arg(rng.between(1, 120)).arg(postcode);
        m.languages = p.immigrant ? rng.pickSome(vocab::kLanguages, 1, 2) : QStringList{u"dansk"_s};
        m.danishLevel = p.immigrant ? DanishLevel(rng.between(0, 3)) : DanishLevel::Native;
        m.interests = rng.pickSome(vocab::kInterests, 0, 3);
        m.needs = rng.pick(vocab::kNeeds);
        m.needTags = static_cast<quint8>(rng.between(1, 15));
        m.goal = rng.pick(vocab::kGoals);
        if (rng.chance(20)) {
            m.preferredMentorGender = p.gender;
            m.mentorGenderRequired = rng.chance(30);
        }
        // Hours granted a week: median 2 (national median 2.0–2.4) [003]; more under ret og pligt.
        static const QList<double> kHours = {1, 1, 1, 1, 1.5, 1.5, 1.5, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 4};
        static const QList<double> kHoursRetOgPligt = {1.5, 2, 2, 2, 3, 3, 3, 4};
        const QList<double> &hours = scheme.retOgPligt ? kHoursRetOgPligt : kHours;
        m.hoursPerWeekGranted = hours.at(rng.between(0, int(hours.size()) - 1));
        // When the mentee can meet (most on weekdays), and now and then a wish about the mentor's age.
        for (int slot = 0; slot < 4; ++slot)
            m.availability.set(rng.between(0, 4), rng.between(0, 2), true);
        if (rng.chance(15)) {
            m.preferredMentorAgeFrom = rng.between(20, 35);
            m.preferredMentorAgeTo = *m.preferredMentorAgeFrom + rng.between(15, 30);
        }
        m.consultedOnMentorChoice = rng.chance(25);
        m.referredBy = scheme.jobcentre ? u"Sagsbehandler, jobcentret"_s : u"Kontaktlærer"_s;
        // Registered over the last fifteen months, more of them recently: about 40 % of the courses
        // are open today, and the ended ones last about three months (median) [003].
        m.registeredOn = today.addDays(-(rng.chance(35) ? rng.between(5, 180) : rng.between(5, 450)));
        if (rng.chance(75))
            m.consentDate = m.registeredOn;
        const auto menteeId = mentees.add(m);
        if (!menteeId)
            return failed(menteeId.error());
        ++summary.mentees;
        menteeList.append(m);

        if (!rng.chance(m.registeredOn.daysTo(today) >= 45 ? 80 : 35))
            continue;
        QDate start = m.registeredOn.addDays(rng.between(3, 40));
        start = start.dayOfWeek() == 6 ? start.addDays(2) : start.dayOfWeek() == 7 ? start.addDays(1) : start;
        if (start <= today.addDays(-7))
            starts.append({menteeList.size() - 1, schemeIndex, start, false});
        else if (start <= today.addDays(21) && rng.chance(70))
            starts.append({menteeList.size() - 1, schemeIndex, start, true});
    }

    // Courses in the order they started, so a mentor's places are counted over time.
    std::stable_sort(starts.begin(), starts.end(), [](const CourseStart &a, const CourseStart &b) { return a.start < b.start; });
    DemoCourses courses(m_db, rng, options, mentorList, summary);
    for (const CourseStart &s : std::as_const(starts)) {
        Mentee &mentee = menteeList[s.mentee];
        const DemoScheme &scheme = schemeChoices.at(s.scheme);
        const Status added = s.planned ? courses.addPlannedCourse(mentee, scheme, s.start) : courses.addCourse(mentee, scheme, s.start);
        if (!added)
            return failed(added.error());
    }

    if (!tx.commit())
        return failed(tr("The demo data could not be written. Nothing was added."));
    return summary;
}

} // namespace mentordesk::demo
