#include "meetingdialog.h"

#include "dialogs/formhelpers.h"

#include "domain/meetingnote.h"
#include "storage/meetingrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

// Object names of the step fields, in the guide's order (tests and style sheets use them).
const std::array<QString, kGuideStepCount> kStepNames{
    u"establishContactEdit"_s, u"unfoldStoryEdit"_s, u"setGoalEdit"_s, u"developConversationEdit"_s, u"roundOffEdit"_s};

// The label beside a note field: the heading, and under it what the part is for.
QLabel *guideLabel(const QString &heading, const QString &hint, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(u"<b>%1</b><br><span style=\"color:#5f6368\">%2</span>"_s.arg(heading.toHtmlEscaped(),
                                                                                        hint.toHtmlEscaped()),
                             parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setBuddy(buddy);
    return label;
}

} // namespace

MeetingDialog::MeetingDialog(storage::Database &db, const Meeting &meeting, const QDate &today, QWidget *parent)
    : CourseRecordDialog(parent), m_db(db), m_meeting(meeting), m_today(today), m_date(new QDateEdit(this)),
      m_start(new QTimeEdit(this)), m_minutes(new QSpinBox(this)), m_place(new QLineEdit(this)),
      m_form(new QComboBox(this)), m_kind(new QComboBox(this)), m_status(new QComboBox(this))
{
    setObjectName(u"meetingDialog"_s);
    setWindowTitle(meeting.id ? tr("Meeting on %1").arg(meeting.date.toString(Qt::ISODate)) : tr("New meeting"));
    auto *content = new QVBoxLayout;
    content->addLayout(buildFacts());
    content->addLayout(buildNote(), 1);
    load(meeting);
    finishLayout(content);
    // RecordDialog watches date fields, not time fields.
    connect(m_start, &QTimeEdit::timeChanged, this, [this] { setModified(true); });
    resize(1000, 720);
    m_date->setFocus();
}

QLayout *MeetingDialog::buildFacts()
{
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_start->setObjectName(u"startEdit"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    // Midnight stands for "no start time": nobody meets a mentee then.
    m_start->setMinimumTime(QTime(0, 0));
    m_start->setSpecialValueText(tr("Not stated"));
    m_minutes->setObjectName(u"minutesSpin"_s);
    m_minutes->setRange(0, 600);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("Not stated"));
    m_place->setObjectName(u"placeEdit"_s);
    m_place->setPlaceholderText(tr("e.g. the library, the mentee's school"));
    m_form->setObjectName(u"formCombo"_s);
    form::fillCombo<MeetingForm>(m_form);
    m_kind->setObjectName(u"kindCombo"_s);
    form::fillCombo<MeetingKind>(m_kind, tr("Not stated"), true);
    m_status->setObjectName(u"statusCombo"_s);
    form::fillCombo<MeetingStatus>(m_status);

    auto *when = new QFormLayout;
    when->addRow(tr("&Date:"), withMessage(u"date"_s, m_date));
    when->addRow(tr("S&tart:"), m_start);
    when->addRow(tr("D&uration:"), withMessage(u"minutes"_s, m_minutes));
    auto *how = new QFormLayout;
    how->addRow(tr("St&atus:"), m_status);
    how->addRow(tr("&Form:"), m_form);
    how->addRow(tr("&Kind:"), m_kind);
    how->addRow(tr("&Place:"), m_place);
    for (QFormLayout *column : {when, how})
        column->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *facts = new QHBoxLayout;
    facts->addLayout(when, 1);
    facts->addSpacing(24);
    facts->addLayout(how, 1);
    return facts;
}

QLayout *MeetingDialog::buildNote()
{
    auto *box = new QGroupBox(tr("Conversation, along the guide's five steps (fill in what you need)"), this);
    auto *grid = new QGridLayout(box);
    grid->setColumnStretch(1, 1);
    grid->setColumnMinimumWidth(0, 280);
    int row = 0;
    const auto addRow = [&](QPlainTextEdit *edit, const QString &heading, const QString &hint) {
        QLabel *label = guideLabel(heading, hint, edit, box);
        label->setFixedWidth(280);
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->setRowStretch(row, 1);
        ++row;
    };
    int number = 1;
    for (GuideStep step : ConversationGuide::steps()) {
        QPlainTextEdit *edit = textEdit(kStepNames.at(static_cast<std::size_t>(step)), 2);
        m_steps.at(static_cast<std::size_t>(step)) = edit;
        addRow(edit, tr("%1. %2").arg(number++).arg(ConversationGuide::heading(step)), ConversationGuide::hint(step));
    }
    m_beforeNext = textEdit(u"beforeNextEdit"_s, 2);
    addRow(m_beforeNext, ConversationGuide::beforeNextHeading(), tr("What each of you does before the next meeting."));
    m_freeText = textEdit(u"freeTextEdit"_s, 2);
    addRow(m_freeText, tr("Other notes"), tr("Anything outside the steps, and older notes written without headings."));

    auto *layout = new QVBoxLayout;
    layout->addWidget(box);
    return layout;
}

void MeetingDialog::load(const Meeting &m)
{
    m_date->setDate(m.date.isValid() ? m.date : m_today);
    m_start->setTime(m.start.isValid() ? m.start : m_start->minimumTime());
    form::setOptionalInt(m_minutes, m.minutes);
    m_place->setText(m.place);
    form::setComboValue(m_form, std::optional(m.form));
    form::setComboValue(m_kind, m.kind);
    form::setComboValue(m_status, std::optional(m.status));
    const MeetingNote note = MeetingNote::parse(m.note);
    for (GuideStep step : ConversationGuide::steps())
        m_steps.at(static_cast<std::size_t>(step))->setPlainText(note.step(step));
    m_freeText->setPlainText(note.freeText);
    m_beforeNext->setPlainText(m.beforeNext);
}

Meeting MeetingDialog::meeting() const
{
    Meeting m = m_meeting;
    m.date = m_date->date();
    m.start = m_start->time() == m_start->minimumTime() ? QTime() : m_start->time();
    m.minutes = form::optionalInt(m_minutes);
    m.place = m_place->text().trimmed();
    m.form = form::comboValue<MeetingForm>(m_form).value_or(MeetingForm::InPerson);
    m.kind = form::comboValue<MeetingKind>(m_kind);
    m.status = form::comboValue<MeetingStatus>(m_status).value_or(MeetingStatus::Planned);
    MeetingNote note;
    for (GuideStep step : ConversationGuide::steps())
        note.step(step) = m_steps.at(static_cast<std::size_t>(step))->toPlainText();
    note.freeText = m_freeText->toPlainText();
    m.note = MeetingNote::compose(note);
    m.beforeNext = m_beforeNext->toPlainText().trimmed();
    return m;
}

void MeetingDialog::accept()
{
    Meeting m = meeting();
    storage::MeetingRepository repository(m_db);
    if (save(repository, m, m.validate(m_today)))
        m_meeting = m;
}

} // namespace mentordesk::gui
