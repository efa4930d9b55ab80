#include "reviewdialog.h"

#include "dialogs/formhelpers.h"

#include "domain/conversationguide.h"
#include "storage/meetingrepository.h"
#include "storage/statusreviewrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QLocale>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

ReviewDialog::ReviewDialog(storage::Database &db, const StatusReview &review, const QDate &today, QWidget *parent)
    : CourseRecordDialog(parent), m_db(db), m_review(review), m_today(today), m_date(new QDateEdit(this)),
      m_by(new QLineEdit(this)), m_decision(new QComboBox(this)), m_nextReview(new QDateEdit(this))
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(review.id ? tr("Status review on %1").arg(QLocale().toString(review.date, QLocale::ShortFormat)) : tr("New status review"));
    auto *content = new QVBoxLayout;
    content->addLayout(buildFacts());
    content->addLayout(buildAnswers(), 3);
    content->addLayout(buildAssessments(), 2);
    content->addWidget(buildHours());

    m_date->setDate(review.date.isValid() ? review.date : today);
    m_by->setText(review.reviewedBy);
    form::setComboValue(m_decision, std::optional(review.decision));
    form::setOptionalDate(m_nextReview, review.nextReview);
    m_answers->setPlainText(review.answers);
    m_menteeAssessment->setPlainText(review.menteeAssessment);
    m_mentorAssessment->setPlainText(review.mentorAssessment);
    m_hoursChecked->setChecked(review.hoursDeliveredChecked);
    m_hoursNote->setText(review.hoursNote);
    finishLayout(content);
    resize(1000, 720);
    m_answers->setFocus();
}

QLayout *ReviewDialog::buildFacts()
{
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_by->setObjectName(u"reviewedByEdit"_s);
    m_by->setPlaceholderText(tr("e.g. the coordinator and the caseworker"));
    m_decision->setObjectName(u"decisionCombo"_s);
    form::fillCombo<ReviewDecision>(m_decision);
    m_nextReview->setObjectName(u"nextReviewEdit"_s);
    m_nextReview->setCalendarPopup(true);
    form::setUpOptionalDate(m_nextReview, tr("None planned"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Date:"), withMessage(u"date"_s, m_date));
    left->addRow(tr("Reviewed &by:"), withMessage(u"reviewed_by"_s, m_by));
    auto *right = new QFormLayout;
    right->addRow(tr("De&cision:"), m_decision);
    right->addRow(tr("&Next review:"), withMessage(u"next_review"_s, m_nextReview));
    for (QFormLayout *column : {left, right})
        column->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *facts = new QHBoxLayout;
    facts->addLayout(left, 1);
    facts->addSpacing(24);
    facts->addLayout(right, 1);
    return facts;
}

QLayout *ReviewDialog::buildAnswers()
{
    m_answers = textEdit(u"answersEdit"_s, 5);
    m_answers->setPlaceholderText(tr("Answers to the questions on the right"));
    auto *answersBox = new QGroupBox(tr("&Answers"), this);
    (new QVBoxLayout(answersBox))->addWidget(m_answers);
    auto *questions = new QLabel(ConversationGuide::asBullets(ConversationGuide::statusQuestions()), this);
    questions->setObjectName(u"statusQuestionsLabel"_s);
    questions->setWordWrap(true);
    questions->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    questions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *questionsBox = new QGroupBox(tr("The guide's status questions"), this);
    auto *questionsLayout = new QVBoxLayout(questionsBox);
    questionsLayout->addWidget(questions);
    questionsLayout->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(answersBox, 3);
    row->addWidget(questionsBox, 2);
    return row;
}

QLayout *ReviewDialog::buildAssessments()
{
    // Two fields on purpose: mentors rate progress far higher than citizens do [003].
    m_menteeAssessment = textEdit(u"menteeAssessmentEdit"_s, 3);
    m_menteeAssessment->setPlaceholderText(tr("In the mentee's own words"));
    m_mentorAssessment = textEdit(u"mentorAssessmentEdit"_s, 3);
    m_mentorAssessment->setPlaceholderText(tr("The mentor's view"));
    auto *row = new QHBoxLayout;
    for (auto [edit, title] : {std::pair(m_menteeAssessment, tr("&Mentee's assessment")),
                               std::pair(m_mentorAssessment, tr("Men&tor's assessment"))}) {
        auto *box = new QGroupBox(title, this);
        (new QVBoxLayout(box))->addWidget(edit);
        row->addWidget(box, 1);
    }
    return row;
}

QWidget *ReviewDialog::buildHours()
{
    const storage::MeetingRepository meetings(m_db);
    const int minutes = meetings.heldMinutes(m_review.courseId);
    auto *held = new QLabel(tr("Held meetings so far: %1, %2 h %3 min")
                                .arg(meetings.countHeld(m_review.courseId))
                                .arg(minutes / 60)
                                .arg(minutes % 60),
                            this);
    held->setObjectName(u"heldSoFarLabel"_s);
    m_hoursChecked = new QCheckBox(tr("Delivered &hours checked against the grant"), this);
    m_hoursChecked->setObjectName(u"hoursCheckedCheck"_s);
    m_hoursNote = new QLineEdit(this);
    m_hoursNote->setObjectName(u"hoursNoteEdit"_s);
    m_hoursNote->setPlaceholderText(tr("e.g. 12 of 12 hours; or why they could not be checked"));
    auto *box = new QGroupBox(tr("Delivered hours"), this);
    auto *rows = new QFormLayout(box);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rows->addRow(held);
    rows->addRow(m_hoursChecked);
    rows->addRow(tr("N&ote:"), withMessage(u"hours_note"_s, m_hoursNote));
    return box;
}

StatusReview ReviewDialog::review() const
{
    StatusReview r = m_review;
    r.date = m_date->date();
    r.reviewedBy = m_by->text().trimmed();
    r.decision = form::comboValue<ReviewDecision>(m_decision).value_or(ReviewDecision::Continue);
    r.nextReview = form::optionalDate(m_nextReview);
    r.answers = m_answers->toPlainText().trimmed();
    r.menteeAssessment = m_menteeAssessment->toPlainText().trimmed();
    r.mentorAssessment = m_mentorAssessment->toPlainText().trimmed();
    r.hoursDeliveredChecked = m_hoursChecked->isChecked();
    r.hoursNote = m_hoursNote->text().trimmed();
    return r;
}

void ReviewDialog::accept()
{
    StatusReview r = review();
    storage::StatusReviewRepository repository(m_db);
    if (save(repository, r, r.validate(m_today)))
        m_review = r;
}

} // namespace mentordesk::gui
