#include "coursewindow.h"

#include "agreementtab.h"
#include "chemistrydialog.h"
#include "courseform.h"
#include "endcoursedialog.h"
#include "goalstab.h"
#include "hourspanel.h"
#include "logbooktab.h"
#include "meetingstab.h"
#include "mentorchangedialog.h"
#include "phasestab.h"
#include "reviewstab.h"
#include "timelineview.h"

#include "agreements/agreementservice.h"
#include "agreements/coursesummary.h"
#include "storage/attentionqueries.h"
#include "storage/auditrepository.h"
#include "storage/courserepository.h"
#include "storage/courseworkflow.h"
#include "storage/hoursqueries.h"
#include "storage/matchrepository.h"
#include "storage/menteerepository.h"
#include "storage/mentorrepository.h"
#include "storage/searchrepository.h"

#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using mentordesk::storage::AttentionRule;

namespace mentordesk::gui {

namespace {
// The attention line's link to the Agreement tab; the other links are AttentionRule numbers.
const auto kAgreementDueLink = u"agreement-due"_s;
} // namespace

CourseWindow::CourseWindow(storage::Database &db, qint64 courseId, QWidget *parent)
    : QDialog(parent), m_db(db), m_courseId(courseId), m_title(new QLabel(this)), m_facts(new QLabel(this)),
      m_hours(new QLabel(this)), m_attention(new QLabel(this)), m_pause(new QPushButton(this)),
      m_chemistry(new QPushButton(this)), m_change(new QPushButton(this)), m_end(new QPushButton(this)),
      m_summary(new QPushButton(this)),
      m_tabs(new QTabWidget(this)), m_form(new CourseForm(db, courseId, this)), m_goals(new GoalsTab(db, courseId, this)),
      m_phases(new PhasesTab(db, courseId, this)), m_meetings(new MeetingsTab(db, courseId, this)),
      m_logbook(new LogbookTab(db, courseId, this)), m_reviews(new ReviewsTab(db, courseId, this)),
      m_hoursPanel(new HoursPanel(db, courseId, this)), m_agreement(new AgreementTab(db, courseId, this)),
      m_timeline(new TimelineView(db, courseId, this))
{
    setObjectName(u"courseWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    m_title->setObjectName(u"courseTitle"_s);
    m_facts->setObjectName(u"courseFacts"_s);
    m_hours->setObjectName(u"courseHours"_s);
    m_attention->setObjectName(u"courseAttention"_s);
    m_pause->setObjectName(u"pauseButton"_s);
    m_chemistry->setObjectName(u"chemistryButton"_s);
    m_change->setObjectName(u"changeMentorButton"_s);
    m_end->setObjectName(u"endCourseButton"_s);
    m_summary->setObjectName(u"printSummaryButton"_s);
    m_tabs->setObjectName(u"courseTabs"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_facts->setTextFormat(Qt::RichText);
    m_hours->setTextFormat(Qt::RichText);
    m_attention->setTextFormat(Qt::RichText);
    m_attention->setWordWrap(true);
    m_attention->setStyleSheet(u"QLabel { background: #fff4e0; border: 1px solid #e0b060; border-radius: 4px; padding: 6px; }"_s);

    m_tabs->addTab(m_form, QString());
    m_tabs->addTab(m_goals, QString());
    m_tabs->addTab(m_phases, QString());
    m_tabs->addTab(m_meetings, QString());
    m_tabs->addTab(m_logbook, QString());
    m_tabs->addTab(m_reviews, QString());
    m_tabs->addTab(m_hoursPanel, QString());
    m_tabs->addTab(m_agreement, QString());
    m_tabs->addTab(m_timeline, QString());

    auto *who = new QVBoxLayout;
    who->addWidget(m_title);
    who->addWidget(m_facts);
    who->addWidget(m_hours);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_summary);
    actions->addStretch(1);
    for (QPushButton *button : {m_pause, m_chemistry, m_change, m_end})
        actions->addWidget(button);
    who->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(who);
    layout->addWidget(m_attention);
    layout->addWidget(m_tabs, 1);

    connect(m_form, &CourseForm::changed, this, &CourseWindow::onChanged);
    connect(m_goals, &GoalsTab::changed, this, &CourseWindow::onChanged);
    connect(m_phases, &PhasesTab::changed, this, &CourseWindow::onChanged);
    connect(m_meetings, &MeetingsTab::changed, this, &CourseWindow::onChanged);
    connect(m_logbook, &LogbookTab::changed, this, &CourseWindow::onChanged);
    connect(m_reviews, &ReviewsTab::changed, this, &CourseWindow::onChanged);
    connect(m_hoursPanel, &HoursPanel::changed, this, &CourseWindow::onChanged);
    connect(m_agreement, &AgreementTab::changed, this, &CourseWindow::onChanged);
    connect(m_summary, &QPushButton::clicked, this, &CourseWindow::printSummary);
    connect(m_attention, &QLabel::linkActivated, this, &CourseWindow::openAttentionLink);
    connect(m_pause, &QPushButton::clicked, this, &CourseWindow::pauseOrResume);
    connect(m_chemistry, &QPushButton::clicked, this, &CourseWindow::recordChemistry);
    connect(m_change, &QPushButton::clicked, this, &CourseWindow::changeMentor);
    connect(m_end, &QPushButton::clicked, this, &CourseWindow::endCourse);
    connect(m_timeline, &TimelineView::eventActivated, this, [this](int kind, qint64 id) {
        using Kind = storage::TimelineEvent::Kind;
        switch (Kind(kind)) {
        case Kind::Meeting: m_tabs->setCurrentWidget(m_meetings); m_meetings->selectRecord(id); break;
        case Kind::Logbook: m_tabs->setCurrentWidget(m_logbook); m_logbook->selectRecord(id); break;
        case Kind::Goal: m_tabs->setCurrentWidget(m_goals); m_goals->selectRecord(id); break;
        case Kind::Review: m_tabs->setCurrentWidget(m_reviews); m_reviews->selectRecord(id); break;
        case Kind::Phase: m_tabs->setCurrentWidget(m_phases); break;
        case Kind::Grant: m_tabs->setCurrentWidget(m_hoursPanel); break;
        default: break;
        }
    });

    // Opening a course reads a person's data: the audit trail records who looked.
    storage::AuditRepository(m_db).record(AuditAction::Read, u"course"_s, m_courseId);
    resize(1180, 820);
    retranslate();
}

QDate CourseWindow::today() const
{
    return m_today.isValid() ? m_today : m_db.today();  // asked each time: the day moves on
}

void CourseWindow::setToday(const QDate &today)
{
    m_today = today;
    m_meetings->setToday(today);
    m_goals->setToday(today);
    m_phases->setToday(today);
    m_logbook->setToday(today);
    m_reviews->setToday(today);
    m_hoursPanel->setToday(today);
    m_agreement->setToday(today);
    refreshHeader();
}

void CourseWindow::onChanged()
{
    m_form->courseChangedElsewhere();  // a phase, review or grant changes what the form shows
    m_hoursPanel->reload();
    m_timeline->reload();
    m_agreement->reload();  // any change may make a new agreement due
    refreshHeader();
    Q_EMIT changed();
}

void CourseWindow::refreshHeader()
{
    const std::optional<Course> course = storage::CourseRepository(m_db).find(m_courseId);
    if (!course)
        return;
    m_menteeId = course->menteeId;
    const std::optional<Mentee> mentee = storage::MenteeRepository(m_db).find(course->menteeId);
    QString mentor;
    if (course->currentMatchId > 0)
        if (const std::optional<Match> match = storage::MatchRepository(m_db).find(course->currentMatchId))
            if (const std::optional<Mentor> m = storage::MentorRepository(m_db).find(match->mentorId))
                mentor = m->firstName + u' ' + m->lastName;
    const QString menteeName = mentee ? mentee->firstName + u' ' + mentee->lastName : QString();
    setWindowTitle(tr("Mentor course: %1").arg(menteeName));
    m_title->setText(menteeName);
    const QLocale locale;
    const QString period = course->plannedEndDate.isValid()
                               ? tr("%1 to %2").arg(locale.toString(course->startDate, QLocale::ShortFormat),
                                                    locale.toString(course->plannedEndDate, QLocale::ShortFormat))
                               : tr("from %1").arg(locale.toString(course->startDate, QLocale::ShortFormat));
    m_facts->setText(tr("Mentor: <b>%1</b> · Status: <b>%2</b> · Phase: <b>%3</b> · %4")
                         .arg(mentor.isEmpty() ? tr("none") : mentor.toHtmlEscaped(), label(course->status),
                              label(course->phase), period));

    const storage::AttentionQueries attention(m_db);
    const storage::AttentionThresholds limits = attention.thresholds();
    const storage::HoursFigures hours = storage::HoursQueries(m_db).total(m_courseId, today());
    if (hours.granted <= 0) {
        m_hours->setText(tr("Hours delivered: %1, none granted yet").arg(locale.toString(hours.delivered, 'f', 1)));
    } else {
        const int percent = hours.percent();
        const bool gap = hours.hasGap(limits.hoursPercent);
        m_hours->setText(u"<span style='color:%1'>%2</span>"_s.arg(
            gap ? u"#b01c1c"_s : u"#1b5e20"_s,
            (gap ? u"\u26a0 "_s : QString())
                + tr("Hours delivered: %1 of %2 granted (%3 %)")
                      .arg(locale.toString(hours.delivered, 'f', 1), locale.toString(hours.granted, 'f', 1))
                      .arg(percent)));
    }

    const QList<storage::AttentionItem> items = attention.forCourse(m_courseId, today(), limits);
    QStringList lines;
    for (const storage::AttentionItem &item : items)
        lines << u"<a href='%1'>%2</a>"_s.arg(int(item.rule)).arg(item.text().toHtmlEscaped());
    // "No agreement" is one of the rules above; a printed one gone out of date is known here.
    if (Course::isOpen(course->status)) {
        const agreements::AgreementState agreement = agreements::AgreementService(m_db).state(m_courseId);
        if (agreement.latest && !agreement.current())
            lines << u"<a href='%1'>%2</a>"_s.arg(kAgreementDueLink, tr("A new mentor agreement is due").toHtmlEscaped());
    }
    m_attention->setText(u"<b>%1</b> "_s.arg(tr("Needs attention:")) + lines.join(u" · "_s));
    m_attention->setVisible(!lines.isEmpty());

    const bool running = course->status == CourseStatus::Active || course->status == CourseStatus::Paused;
    m_pause->setText(course->status == CourseStatus::Paused ? tr("Resume") : tr("Pause…"));
    m_pause->setEnabled(running);
    m_chemistry->setEnabled(running && course->currentMatchId > 0);
    m_change->setText(course->currentMatchId > 0 || !running ? tr("Change mentor…") : tr("Find a new mentor"));
    m_change->setEnabled(course->status != CourseStatus::Ended && course->status != CourseStatus::Cancelled);
    m_end->setEnabled(running);
}

void CourseWindow::openAt(CoursePlace place)
{
    switch (place) {
    case CoursePlace::Purpose: m_tabs->setCurrentWidget(m_form); m_form->focusField(u"purpose"_s); break;
    case CoursePlace::Tasks: m_tabs->setCurrentWidget(m_form); m_form->focusField(u"mentor_tasks"_s); break;
    case CoursePlace::Qualifications: m_tabs->setCurrentWidget(m_form); m_form->focusField(u"mentor_qualifications"_s); break;
    case CoursePlace::NewMeeting: m_tabs->setCurrentWidget(m_meetings); m_meetings->startNew(); break;
    case CoursePlace::Hours: m_tabs->setCurrentWidget(m_hoursPanel); break;
    case CoursePlace::NewReview: m_tabs->setCurrentWidget(m_reviews); m_reviews->startNew(); break;
    case CoursePlace::Chemistry: recordChemistry(); break;
    case CoursePlace::MentorChange: changeMentor(); break;
    case CoursePlace::Agreement: m_tabs->setCurrentWidget(m_agreement); break;
    }
}

void CourseWindow::showRecord(int kind, qint64 entityId)
{
    switch (storage::SearchRepository::Kind(kind)) {
    case storage::SearchRepository::Kind::Meeting: m_tabs->setCurrentWidget(m_meetings); m_meetings->selectRecord(entityId); break;
    case storage::SearchRepository::Kind::LogbookEntry: m_tabs->setCurrentWidget(m_logbook); m_logbook->selectRecord(entityId); break;
    case storage::SearchRepository::Kind::Goal: m_tabs->setCurrentWidget(m_goals); m_goals->selectRecord(entityId); break;
    default: break;
    }
}

void CourseWindow::openAttentionLink(const QString &link)
{
    if (link == kAgreementDueLink)
        openAt(CoursePlace::Agreement);
    else
        openAt(AttentionPlace::of(AttentionRule(link.toInt())).place);
}

void CourseWindow::printSummary()
{
    const std::optional<QString> html = agreements::CourseSummary::html(m_db, m_courseId);
    if (!html)
        return;
    if (!m_print(this, tr("Course summary"), htmlPages(*html)))
        return;
    if (const storage::Status audited = storage::AuditRepository(m_db).record(AuditAction::Print, u"course"_s, m_courseId); !audited)
        QMessageBox::warning(this, windowTitle(), audited.error());
}

void CourseWindow::pauseOrResume()
{
    storage::CourseWorkflow workflow(m_db);
    const std::optional<Course> course = storage::CourseRepository(m_db).find(m_courseId);
    if (!course)
        return;
    storage::Status done;
    if (course->status == CourseStatus::Paused) {
        done = workflow.resume(m_courseId);
    } else {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Pause the course"),
                                                     tr("Why is the course paused? No hours are expected while it is."),
                                                     QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        done = workflow.pause(m_courseId, reason);
    }
    if (!done) {
        QMessageBox::warning(this, windowTitle(), done.error());
        return;
    }
    onChanged();
}

void CourseWindow::recordChemistry()
{
    ChemistryDialog dialog(m_db, m_courseId, this);
    dialog.setToday(today());
    if (dialog.exec() != QDialog::Accepted)
        return;
    onChanged();
    if (dialog.noChemistry()
        && QMessageBox::question(this, windowTitle(), tr("Without chemistry the guide advises a new mentor. Change the mentor now?"))
               == QMessageBox::Yes)
        changeMentor();
}

void CourseWindow::changeMentor()
{
    const std::optional<Course> course = storage::CourseRepository(m_db).find(m_courseId);
    if (!course)
        return;
    if (course->currentMatchId <= 0) {
        // The change is under way: the mentee waits in Matching for the next mentor.
        Q_EMIT findNewMentor(course->menteeId);
        return;
    }
    MentorChangeDialog dialog(m_db, m_courseId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    onChanged();
    if (dialog.findNewMentorNow())
        Q_EMIT findNewMentor(course->menteeId);
}

void CourseWindow::endCourse()
{
    EndCourseDialog dialog(m_db, m_courseId, this);
    dialog.setToday(today());
    if (dialog.exec() == QDialog::Accepted)
        onChanged();
}

void CourseWindow::reject()
{
    if (!confirmClose())
        return;
    QDialog::reject();
}

void CourseWindow::closeEvent(QCloseEvent *event)
{
    if (!confirmClose()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

bool CourseWindow::confirmClose()
{
    // Esc and the close button each pass reject() and closeEvent(): ask once.
    if (!m_form->isModified() || m_discardConfirmed)
        return true;
    const bool discard = m_discardQuestion
                             ? m_discardQuestion()
                             : QMessageBox::question(this, tr("Unsaved changes"), tr("Discard your changes to the course form?"),
                                                     QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
                                   == QMessageBox::Discard;
    if (!discard)
        m_tabs->setCurrentWidget(m_form);
    m_discardConfirmed = discard;
    return discard;
}

QString CourseWindow::headerText() const
{
    return m_title->text() + u'\n' + m_facts->text() + u'\n' + m_hours->text();
}

QString CourseWindow::attentionText() const
{
    return m_attention->isVisibleTo(this) ? m_attention->text() : QString();
}

void CourseWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void CourseWindow::retranslate()
{
    m_tabs->setTabText(FormTabIndex, tr("Course"));
    m_tabs->setTabText(GoalsTabIndex, tr("Goals"));
    m_tabs->setTabText(PhasesTabIndex, tr("Phases"));
    m_tabs->setTabText(MeetingsTabIndex, tr("Meetings"));
    m_tabs->setTabText(LogbookTabIndex, tr("Logbook"));
    m_tabs->setTabText(ReviewsTabIndex, tr("Status reviews"));
    m_tabs->setTabText(HoursTabIndex, tr("Hours"));
    m_tabs->setTabText(AgreementTabIndex, tr("Agreement"));
    m_tabs->setTabText(TimelineTabIndex, tr("Timeline"));
    m_chemistry->setText(tr("Chemistry check…"));
    m_end->setText(tr("End course…"));
    m_summary->setText(tr("Print &summary…"));
    refreshHeader();
}

} // namespace mentordesk::gui
