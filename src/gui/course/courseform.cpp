#include "courseform.h"

#include "dialogs/formhelpers.h"

#include "storage/courserepository.h"
#include "storage/schemerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

QPlainTextEdit *longText(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(72);
    return edit;
}

QDateEdit *dateEdit(QWidget *parent, bool optional)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    if (optional)
        edit->setMinimumDate(QDate(2000, 1, 1));  // the minimum means "not set" (form::optionalDate)
    return edit;
}

} // namespace

CourseForm::CourseForm(storage::Database &db, qint64 courseId, QWidget *parent)
    : QWidget(parent), m_db(db), m_scheme(new QLabel(this)), m_legalBasis(new QLineEdit(this)),
      m_function(new QComboBox(this)), m_start(dateEdit(this, false)), m_plannedEnd(dateEdit(this, true)),
      m_nextReview(dateEdit(this, true)), m_purpose(longText(this)), m_tasks(longText(this)),
      m_qualifications(longText(this)), m_focusAreas(new QLineEdit(this)), m_frequency(new QLineEdit(this)),
      m_contact(new QLineEdit(this)), m_cancellation(new QLineEdit(this)), m_readiness(new QLabel(this)),
      m_save(new QPushButton(this)), m_activate(new QPushButton(this))
{
    setObjectName(u"courseForm"_s);
    m_course.id = courseId;
    m_fields = {{u"legal_basis"_s, m_legalBasis}, {u"start_date"_s, m_start}, {u"planned_end_date"_s, m_plannedEnd},
                {u"next_review_date"_s, m_nextReview}, {u"purpose"_s, m_purpose}, {u"mentor_tasks"_s, m_tasks},
                {u"mentor_qualifications"_s, m_qualifications}, {u"focus_areas"_s, m_focusAreas},
                {u"meeting_frequency"_s, m_frequency}, {u"contact_agreement"_s, m_contact},
                {u"cancellation_rules"_s, m_cancellation}};
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        it.value()->setObjectName(it.key());
    m_readiness->setObjectName(u"readiness"_s);
    m_readiness->setWordWrap(true);
    m_readiness->setTextFormat(Qt::RichText);
    m_save->setObjectName(u"saveCourse"_s);
    m_activate->setObjectName(u"activateCourse"_s);
    m_nextReview->setSpecialValueText(tr("not set"));
    m_plannedEnd->setSpecialValueText(tr("not set"));

    auto *lawForm = new QFormLayout;
    lawForm->setObjectName(u"lawForm"_s);
    lawForm->addRow(tr("Scheme"), m_scheme);
    lawForm->addRow(tr("Legal basis"), m_legalBasis);
    lawForm->addRow(tr("Purpose of the support"), m_purpose);
    lawForm->addRow(tr("Mentor's tasks"), m_tasks);
    lawForm->addRow(tr("Mentor's qualifications"), m_qualifications);
    lawForm->addRow(tr("Focus areas"), m_focusAreas);
    auto *periodForm = new QFormLayout;
    periodForm->setObjectName(u"periodForm"_s);
    periodForm->addRow(tr("Function"), m_function);
    periodForm->addRow(tr("Start"), m_start);
    periodForm->addRow(tr("Planned end"), m_plannedEnd);
    periodForm->addRow(tr("Next status review"), m_nextReview);
    periodForm->addRow(tr("Meeting frequency"), m_frequency);
    periodForm->addRow(tr("Contact between meetings"), m_contact);
    periodForm->addRow(tr("How to cancel a meeting"), m_cancellation);

    auto *columns = new QHBoxLayout;
    columns->addLayout(lawForm, 3);
    columns->addSpacing(16);
    auto *right = new QVBoxLayout;
    right->addLayout(periodForm);
    right->addSpacing(8);
    right->addWidget(m_readiness);
    right->addStretch(1);
    columns->addLayout(right, 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_activate);
    buttons->addWidget(m_save);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(columns);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    const auto modified = [this] {
        m_modified = true;
        showReadiness();
    };
    for (QLineEdit *edit : {m_legalBasis, m_focusAreas, m_frequency, m_contact, m_cancellation})
        connect(edit, &QLineEdit::textEdited, this, modified);
    for (QPlainTextEdit *edit : {m_purpose, m_tasks, m_qualifications})
        connect(edit, &QPlainTextEdit::textChanged, this, [this, modified] {
            if (!m_filling)
                modified();
        });
    for (QDateEdit *edit : {m_start, m_plannedEnd, m_nextReview})
        connect(edit, &QDateEdit::userDateChanged, this, [this, modified] {
            if (!m_filling)
                modified();
        });
    connect(m_function, &QComboBox::activated, this, modified);
    connect(m_save, &QPushButton::clicked, this, &CourseForm::save);
    connect(m_activate, &QPushButton::clicked, this, &CourseForm::activate);
    retranslate();
    reload();
}

void CourseForm::reload()
{
    const std::optional<Course> course = storage::CourseRepository(m_db).find(m_course.id);
    if (!course)
        return;
    m_course = *course;
    m_activation = storage::CourseRepository(m_db).activationContext(m_course);
    fillForm();
    m_modified = false;
    markFields({});
    showReadiness();
}

void CourseForm::courseChangedElsewhere()
{
    if (!m_modified) {
        reload();
        return;
    }
    if (const std::optional<Course> course = storage::CourseRepository(m_db).find(m_course.id))
        m_activation = storage::CourseRepository(m_db).activationContext(*course);
    showReadiness();
}

Errors CourseForm::activationProblems() const
{
    Course course = m_course;
    readForm(course);
    return course.activationProblems(m_activation);
}

void CourseForm::fillForm()
{
    m_filling = true;
    const std::optional<Scheme> scheme = storage::SchemeRepository(m_db).find(m_course.schemeId);
    m_scheme->setText(scheme ? scheme->name : QString());
    m_legalBasis->setText(m_course.legalBasis);
    form::setComboValue(m_function, std::optional<CourseFunction>(m_course.function));
    m_start->setDate(m_course.startDate);
    form::setOptionalDate(m_plannedEnd, m_course.plannedEndDate);
    form::setOptionalDate(m_nextReview, m_course.nextReviewDate);
    m_purpose->setPlainText(m_course.purpose);
    m_tasks->setPlainText(m_course.mentorTasks);
    m_qualifications->setPlainText(m_course.mentorQualifications);
    m_focusAreas->setText(form::joinList(m_course.focusAreas));
    m_frequency->setText(m_course.meetingFrequency);
    m_contact->setText(m_course.contactAgreement);
    m_cancellation->setText(m_course.cancellationRules);
    m_filling = false;
}

void CourseForm::readForm(Course &course) const
{
    course.legalBasis = m_legalBasis->text().trimmed();
    course.function = form::comboValue<CourseFunction>(m_function).value_or(CourseFunction::Individual);
    course.startDate = m_start->date();
    course.plannedEndDate = form::optionalDate(m_plannedEnd);
    course.nextReviewDate = form::optionalDate(m_nextReview);
    course.purpose = m_purpose->toPlainText().trimmed();
    course.mentorTasks = m_tasks->toPlainText().trimmed();
    course.mentorQualifications = m_qualifications->toPlainText().trimmed();
    course.focusAreas = form::splitList(m_focusAreas->text());
    course.meetingFrequency = m_frequency->text().trimmed();
    course.contactAgreement = m_contact->text().trimmed();
    course.cancellationRules = m_cancellation->text().trimmed();
}

Course CourseForm::edited() const
{
    // The row as stored now, not m_course: while the form held typed text, another tab or
    // button (a phase, a pause, a mentor change) may have changed the course, and saving the
    // text must not write the form's older copy of those columns back.
    Course course = storage::CourseRepository(m_db).find(m_course.id).value_or(m_course);
    readForm(course);
    return course;
}

bool CourseForm::save()
{
    return store(edited());
}

bool CourseForm::activate()
{
    Course course = edited();
    course.status = CourseStatus::Active;
    return store(course);
}

bool CourseForm::store(Course course)
{
    const storage::Status saved = storage::CourseRepository(m_db).update(course);
    if (!saved) {
        // The refusal names each part; mark the fields that can be typed here.
        Errors errors = course.validate();
        if (course.status == CourseStatus::Active && m_course.status != CourseStatus::Active)
            errors.append(storage::CourseRepository(m_db).activationProblems(course));
        markFields(errors);
        m_readiness->setText(u"<p style='color:#b01c1c'><b>%1</b></p><p>%2</p>"_s.arg(
            tr("Not saved."), saved.error().toHtmlEscaped().replace(u'\n', u"<br>"_s)));
        return false;
    }
    m_course = course;
    m_modified = false;
    markFields({});
    showReadiness();
    Q_EMIT changed();
    return true;
}

void CourseForm::showReadiness()
{
    const bool canActivate = m_course.status == CourseStatus::Planned;
    m_activate->setVisible(canActivate);
    const bool closed = m_course.status == CourseStatus::Ended || m_course.status == CourseStatus::Cancelled;
    m_save->setEnabled(!closed);
    if (!canActivate) {
        m_readiness->setText(closed ? tr("This course is %1; its fields can no longer be changed.").arg(label(m_course.status).toLower())
                                    : QString());
        return;
    }
    const Errors missing = activationProblems();
    if (missing.isEmpty()) {
        m_readiness->setText(u"<p style='color:#1b5e20'><b>%1</b></p>"_s.arg(tr("Ready to be activated.")));
        return;
    }
    QString list;
    for (const FieldError &e : missing)
        list += u"<li>"_s + e.message.toHtmlEscaped() + u"</li>"_s;
    m_readiness->setText(u"<p><b>%1</b></p><ul style='margin-left:-20px'>%2</ul>"_s.arg(
        tr("Before the course can be active:"), list));
}

void CourseForm::markFields(const Errors &errors)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        const bool bad = hasErrorFor(errors, it.key());
        it.value()->setStyleSheet(bad ? u"border: 2px solid #b01c1c;"_s : QString());
        QString tip;
        for (const FieldError &e : errors)
            if (e.field == it.key())
                tip = e.message;
        it.value()->setToolTip(tip);
    }
}

void CourseForm::focusField(const QString &field)
{
    QWidget *widget = m_fields.value(field);
    if (!widget)
        return;
    markFields(activationProblems());
    widget->setFocus(Qt::OtherFocusReason);
}

QString CourseForm::shownProblems() const
{
    return m_readiness->text();
}

void CourseForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CourseForm::retranslate()
{
    form::fillCombo<CourseFunction>(m_function);
    form::setComboValue(m_function, std::optional<CourseFunction>(m_course.function));
    m_purpose->setPlaceholderText(tr("What the support is for: the goal the mentee and the caseworker agreed on"));
    m_tasks->setPlaceholderText(tr("What the mentor does: e.g. go along to the internship, help with the timetable"));
    m_qualifications->setPlaceholderText(tr("Why this mentor can do it: training, experience, languages"));
    m_focusAreas->setPlaceholderText(tr("Separate with commas"));
    m_frequency->setPlaceholderText(tr("e.g. every week, later every other week"));
    m_save->setText(tr("Save"));
    m_activate->setText(tr("Activate course"));
    showReadiness();
}

} // namespace mentordesk::gui
