#include "reportspage.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace mentordesk::gui {

namespace {
constexpr int kCardCount = 6;
constexpr int kColumns = 3;
} // namespace

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent), m_heading(new QLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    for (int i = 0; i < kCardCount; ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(220);
        auto *box = new QVBoxLayout(frame);
        Card card{new QLabel(frame), new QLabel(frame), new QLabel(frame)};
        QFont valueFont = card.value->font();
        valueFont.setPointSizeF(valueFont.pointSizeF() * 2.2);
        valueFont.setBold(true);
        card.value->setFont(valueFont);
        QFont titleFont = card.title->font();
        titleFont.setBold(true);
        card.title->setFont(titleFont);
        card.definition->setWordWrap(true);
        card.definition->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(card.value);
        box->addWidget(card.title);
        box->addWidget(card.definition);
        box->addStretch();
        grid->addWidget(frame, i / kColumns, i % kColumns);
        m_cards.append(card);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addSpacing(8);
    layout->addLayout(grid);
    layout->addStretch();
    retranslate();
}

void ReportsPage::showFigures(const storage::KeyFigures &figures)
{
    m_figures = figures;
    retranslate();
}

QString ReportsPage::valueText(int index) const
{
    return m_cards.at(index).value->text();
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReportsPage::retranslate()
{
    const QLocale locale;
    const storage::KeyFigures &f = m_figures;
    const double ratio = f.grantedHours28Days > 0 ? 100.0 * f.deliveredHours28Days / f.grantedHours28Days : 0.0;
    m_heading->setText(tr("Key figures"));
    const QList<std::array<QString, 3>> texts = {
        {locale.toString(f.activeCourses), tr("Active courses"), tr("Mentor courses with status active today. Ended courses: %1.").arg(f.endedCourses)},
        {locale.toString(f.waitingMentees), tr("Mentees waiting"), tr("Registered mentees without an approved match.")},
        {locale.toString(f.freePlaces), tr("Free mentor places"), tr("Capacity minus approved matches, summed over the active mentors (%1).").arg(f.activeMentors)},
        {locale.toString(f.heldMeetings28Days), tr("Meetings held"), tr("Held meetings in the last 28 days.")},
        {f.grantedHours28Days > 0 ? locale.toString(ratio, 'f', 0) + QLatin1Char('%') : tr("–"), tr("Hours delivered"),
         tr("%1 of %2 granted hours delivered in the last 4 weeks (hours of held meetings ÷ hours granted).")
             .arg(locale.toString(f.deliveredHours28Days, 'f', 1), locale.toString(f.grantedHours28Days, 'f', 1))},
        {locale.toString(f.coursesWithoutRecentMeeting), tr("No recent meeting"), tr("Active courses with no held meeting in the last 14 days (7 for ret og pligt).")},
    };
    for (int i = 0; i < kCardCount; ++i) {
        m_cards[i].value->setText(texts.at(i)[0]);
        m_cards[i].title->setText(texts.at(i)[1]);
        m_cards[i].definition->setText(texts.at(i)[2]);
    }
}

} // namespace mentordesk::gui
