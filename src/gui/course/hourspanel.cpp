#include "hourspanel.h"

#include "grantdialog.h"

#include "storage/attentionqueries.h"
#include "storage/courserepository.h"
#include "storage/grantrepository.h"

#include <QColor>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

// The same red as the course list's gap marker, so both read as one warning.
const QColor kGapRed(0xb0, 0x1c, 0x1c);
const QColor kHighAmber(0xb2, 0x6a, 0x00);

enum WeekColumn { WeekNumber, WeekMonday, WeekGranted, WeekDelivered, WeekInPerson, WeekRatio, WeekColumns };
enum GrantColumn { GrantFrom, GrantTo, GrantHours, GrantDecidedBy, GrantDecidedOn, GrantColumns };

QString hours(double value)
{
    return QLocale().toString(value, 'f', 1);
}

// A share of the delivered hours (face to face), rounded.
int percentOf(double part, double whole)
{
    return whole > 0 ? qRound(part * 100 / whole) : 0;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

// "Last 4 weeks": spelt out, one message whatever the number.
QString lastWeeks(int weeks)
{
    return weeks == 1 ? HoursPanel::tr("Last week") : HoursPanel::tr("Last %1 weeks").arg(weeks);
}

QTableWidget *table(const QString &name, int columns, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);  // DESIGN.md §4
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return t;
}

QTableWidgetItem *cell(const QString &text, bool number = false)
{
    auto *item = new QTableWidgetItem(text);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QLabel *heading(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

HoursPanel::HoursPanel(storage::Database &db, qint64 courseId, QWidget *parent)
    : QWidget(parent), m_db(db), m_courseId(courseId), m_today(db.today()), m_gapLabel(new QLabel(this)),
      m_weeksTitle(heading(u"weeksTitle"_s, this)), m_weeksEmpty(new QLabel(this)),
      m_weeks(table(u"weekTable"_s, WeekColumns, this)), m_grantsTitle(heading(u"grantsTitle"_s, this)),
      m_addGrant(new QPushButton(this)), m_editGrant(new QPushButton(this)), m_grants(table(u"grantTable"_s, GrantColumns, this))
{
    m_gapLabel->setObjectName(u"gapLabel"_s);
    m_gapLabel->setWordWrap(true);
    m_gapLabel->setStyleSheet(
        u"QLabel#gapLabel { padding: 8px 12px; font-weight: bold; }"
        " QLabel#gapLabel[state=\"gap\"] { background: #fdecea; color: #b01c1c; border-left: 6px solid #b01c1c; }"
        " QLabel#gapLabel[state=\"ok\"] { background: #e8f5e9; color: #1b5e20; border-left: 6px solid #2e7d32; }"
        " QLabel#gapLabel[state=\"none\"] { background: palette(alternate-base); border-left: 6px solid #9e9e9e; }"_s);
    m_weeksEmpty->setObjectName(u"weeksEmptyLabel"_s);
    m_weeksEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_weeksEmpty->hide();
    m_addGrant->setObjectName(u"addGrantButton"_s);
    m_editGrant->setObjectName(u"editGrantButton"_s);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(8);
    m_granted = addCard(cards, u"grantedValue"_s);
    m_delivered = addCard(cards, u"deliveredValue"_s);
    m_inPerson = addCard(cards, u"inPersonValue"_s);
    m_ratio = addCard(cards, u"ratioValue"_s);
    m_recentCard = addCard(cards, u"recentValue"_s);

    auto *weeksBox = new QWidget(this);
    auto *weeksLayout = new QVBoxLayout(weeksBox);
    weeksLayout->setContentsMargins(0, 0, 0, 0);
    weeksLayout->addWidget(m_weeksTitle);
    weeksLayout->addWidget(m_weeksEmpty);
    weeksLayout->addWidget(m_weeks);

    auto *grantsBox = new QWidget(this);
    auto *grantsLayout = new QVBoxLayout(grantsBox);
    grantsLayout->setContentsMargins(0, 0, 0, 0);
    auto *grantsTop = new QHBoxLayout;
    grantsTop->addWidget(m_grantsTitle);
    grantsTop->addStretch(1);
    grantsTop->addWidget(m_addGrant);
    grantsTop->addWidget(m_editGrant);
    grantsLayout->addLayout(grantsTop);
    grantsLayout->addWidget(m_grants);
    // Room for a few grants: a course rarely has more than three or four.
    m_grants->setMinimumHeight(m_grants->horizontalHeader()->sizeHint().height() + 3 * m_grants->verticalHeader()->defaultSectionSize() + 6);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"hoursSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(weeksBox);
    splitter->addWidget(grantsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_gapLabel);
    layout->addLayout(cards);
    layout->addWidget(splitter, 1);

    connect(m_addGrant, &QPushButton::clicked, this, &HoursPanel::addGrant);
    connect(m_editGrant, &QPushButton::clicked, this, &HoursPanel::editSelectedGrant);
    connect(m_grants, &QTableWidget::itemSelectionChanged, this, &HoursPanel::updateButtons);
    connect(m_grants, &QTableWidget::itemActivated, this, &HoursPanel::editSelectedGrant);
    retranslate();
}

HoursPanel::Card HoursPanel::addCard(QHBoxLayout *row, const QString &name)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *caption = new QLabel(frame);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(frame);
    value->setObjectName(name);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    value->setFont(big);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(2);
    layout->addWidget(caption);
    layout->addWidget(value);
    row->addWidget(frame, 1);
    return {caption, value};
}

void HoursPanel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

int HoursPanel::weekRowCount() const
{
    return m_weeks->rowCount();
}

int HoursPanel::grantRowCount() const
{
    return m_grants->rowCount();
}

void HoursPanel::reload()
{
    const storage::AttentionThresholds limits = storage::AttentionQueries(m_db).thresholds();
    const storage::HoursQueries queries(m_db);
    m_total = queries.total(m_courseId, m_today);
    m_recent = queries.recent(m_courseId, m_today, limits.hoursWeeks);
    showFigures(limits.hoursPercent, limits.hoursWeeks);
    showWeeks(queries.weeks(m_courseId, m_today), limits.hoursPercent);
    showGrants();
}

void HoursPanel::showFigures(int percent, int weeks)
{
    const bool totalGap = m_total.hasGap(percent);
    const bool recentGap = m_recent.hasGap(percent);
    m_gap = totalGap || recentGap;
    QStringList lines;
    QString state = u"none"_s;
    if (m_total.granted <= 0) {
        lines << tr("No hours granted yet. Add a grant to compare the hours delivered with it.");
    } else {
        const QString figures = tr("%1 of %2 hours delivered so far (%3 %)")
                                    .arg(hours(m_total.delivered), hours(m_total.granted))
                                    .arg(m_total.percent());
        lines << (totalGap ? tr("\u26a0 %1 — below %2 %").arg(figures).arg(percent) : tr("\u2713 %1").arg(figures));
        if (recentGap)
            lines << tr("\u26a0 %1: %2 of %3 hours delivered (%4 %) — below %5 %")
                         .arg(lastWeeks(weeks), hours(m_recent.delivered), hours(m_recent.granted))
                         .arg(m_recent.percent())
                         .arg(percent);
        state = m_gap ? u"gap"_s : u"ok"_s;
    }
    m_gapLabel->setText(lines.join(u'\n'));
    m_gapLabel->setToolTip(tr("Delivered hours are the minutes of held meetings; granted hours are the hours a week of the "
                              "grant in force, pro rata for part weeks. Below %1 % the course needs attention.")
                               .arg(percent));
    m_gapLabel->setProperty("state", state);
    m_gapLabel->style()->unpolish(m_gapLabel);
    m_gapLabel->style()->polish(m_gapLabel);

    m_granted.value->setText(tr("%1 h").arg(hours(m_total.granted)));
    m_delivered.value->setText(tr("%1 h").arg(hours(m_total.delivered)));
    m_inPerson.value->setText(m_total.delivered > 0 ? tr("%1 h (%2 %)").arg(hours(m_total.faceToFace)).arg(percentOf(m_total.faceToFace, m_total.delivered))
                                                    : tr("%1 h").arg(hours(m_total.faceToFace)));
    m_ratio.value->setText(m_total.granted > 0 ? tr("%1 %").arg(m_total.percent()) : u"–"_s);
    m_recentCard.caption->setText(lastWeeks(weeks));
    m_recentCard.value->setText(m_recent.granted > 0 ? tr("%1 of %2 h (%3 %)")
                                                           .arg(hours(m_recent.delivered), hours(m_recent.granted))
                                                           .arg(m_recent.percent())
                                                     : tr("%1 h").arg(hours(m_recent.delivered)));
    const auto colour = [](QLabel *label, bool red) { label->setStyleSheet(red ? u"color: #b01c1c;"_s : QString()); };
    colour(m_ratio.value, totalGap);
    colour(m_recentCard.value, recentGap);
}

void HoursPanel::showWeeks(const QList<storage::HoursWeek> &weeks, int percent)
{
    m_weeks->clearContents();
    m_weeks->setRowCount(int(weeks.size()));
    const QString below = tr("Fewer hours delivered than %1 % of the hours granted this week").arg(percent);
    // Newest first: the coordinator looks at the recent weeks.
    int row = 0;
    for (auto it = weeks.crbegin(); it != weeks.crend(); ++it, ++row) {
        const storage::HoursWeek &w = *it;
        const bool partial = w.monday.addDays(6) > m_today;
        // The week under way is not judged yet: on its Monday it would always look short.
        const bool gap = !partial && w.hours.hasGap(percent);
        QString week = tr("Week %1, %2").arg(w.isoWeek).arg(w.isoYear);
        if (partial)
            week = tr("%1 (so far)").arg(week);
        auto *first = cell(week);
        first->setData(Qt::UserRole, w.monday);
        m_weeks->setItem(row, WeekNumber, first);
        m_weeks->setItem(row, WeekMonday, cell(dateText(w.monday)));
        m_weeks->setItem(row, WeekGranted, cell(hours(w.hours.granted), true));
        m_weeks->setItem(row, WeekDelivered, cell(hours(w.hours.delivered), true));
        m_weeks->setItem(row, WeekInPerson, cell(hours(w.hours.faceToFace), true));
        const QString ratio = w.hours.granted > 0 ? tr("%1 %").arg(w.hours.percent()) : u"–"_s;
        m_weeks->setItem(row, WeekRatio, cell(gap ? u"\u26a0 "_s + ratio : ratio));
        if (gap) {
            for (int c = 0; c < WeekColumns; ++c)
                m_weeks->item(row, c)->setToolTip(below);
            m_weeks->item(row, WeekDelivered)->setForeground(kGapRed);
            m_weeks->item(row, WeekRatio)->setForeground(kGapRed);
        }
    }
    m_weeks->resizeColumnsToContents();
    const std::optional<Course> course = storage::CourseRepository(m_db).find(m_courseId);
    m_weeksEmpty->setVisible(weeks.isEmpty());
    m_weeksEmpty->setText(course && course->startDate.isValid() && course->startDate > m_today
                              ? tr("No weeks yet: the course starts on %1.").arg(dateText(course->startDate))
                              : tr("No weeks to show yet."));
}

void HoursPanel::showGrants()
{
    const qint64 selected = m_grants->currentRow() >= 0 && m_grants->item(m_grants->currentRow(), 0)
                                ? m_grants->item(m_grants->currentRow(), 0)->data(Qt::UserRole).toLongLong()
                                : 0;
    QList<Grant> grants = storage::GrantRepository(m_db).forCourse(m_courseId);
    std::reverse(grants.begin(), grants.end());  // newest first, like the weeks
    m_grants->clearContents();
    m_grants->setRowCount(int(grants.size()));
    for (int row = 0; row < grants.size(); ++row) {
        const Grant &g = grants.at(row);
        auto *from = cell(dateText(g.from));
        from->setData(Qt::UserRole, g.id);
        m_grants->setItem(row, GrantFrom, from);
        m_grants->setItem(row, GrantTo, cell(dateText(g.to)));
        auto *perWeek = cell(g.looksUnusuallyHigh() ? u"\u26a0 "_s + hours(g.hoursPerWeek) : hours(g.hoursPerWeek), true);
        if (g.looksUnusuallyHigh()) {
            perWeek->setForeground(kHighAmber);
            perWeek->setToolTip(tr("Above 10 hours a week: check that this is what was decided."));
        }
        m_grants->setItem(row, GrantHours, perWeek);
        m_grants->setItem(row, GrantDecidedBy, cell(g.decidedBy));
        m_grants->setItem(row, GrantDecidedOn, cell(dateText(g.decidedOn)));
        if (g.from <= m_today && m_today <= g.to) {
            for (int c = 0; c < GrantColumns; ++c) {
                QFont bold = m_grants->item(row, c)->font();
                bold.setBold(true);
                m_grants->item(row, c)->setFont(bold);
                if (m_grants->item(row, c)->toolTip().isEmpty())
                    m_grants->item(row, c)->setToolTip(tr("In force today"));
            }
        }
        if (g.id == selected)
            m_grants->selectRow(row);
    }
    m_grants->resizeColumnsToContents();
    updateButtons();
}

void HoursPanel::updateButtons()
{
    m_editGrant->setEnabled(!m_grants->selectedItems().isEmpty());
}

void HoursPanel::addGrant()
{
    const std::optional<Course> course = storage::CourseRepository(m_db).find(m_courseId);
    if (!course)
        return;
    GrantDialog dialog(m_db, GrantDialog::nextGrant(*course, storage::GrantRepository(m_db).forCourse(m_courseId), m_today), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void HoursPanel::editSelectedGrant()
{
    const QList<QTableWidgetItem *> selected = m_grants->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = m_grants->item(selected.first()->row(), GrantFrom)->data(Qt::UserRole).toLongLong();
    const std::optional<Grant> grant = storage::GrantRepository(m_db).find(id);
    if (!grant)
        return;
    GrantDialog dialog(m_db, *grant, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void HoursPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HoursPanel::retranslate()
{
    m_granted.caption->setText(tr("Granted so far"));
    m_delivered.caption->setText(tr("Delivered (held meetings)"));
    m_inPerson.caption->setText(tr("In person"));
    m_inPerson.caption->setToolTip(tr("Hours of held meetings in person, and their share of the hours delivered"));
    m_ratio.caption->setText(tr("Delivered ÷ granted"));
    m_weeksTitle->setText(tr("Hours per week"));
    m_grantsTitle->setText(tr("Grants"));
    m_addGrant->setText(tr("&Add grant…"));
    m_addGrant->setToolTip(tr("A change of hours or a renewal is a new grant on the same course"));
    m_editGrant->setText(tr("&Edit…"));
    m_weeks->setHorizontalHeaderLabels({tr("Week"), tr("Monday"), tr("Granted (h)"), tr("Delivered (h)"), tr("In person (h)"),
                                        tr("Delivered ÷ granted")});
    m_grants->setHorizontalHeaderLabels({tr("From"), tr("To"), tr("Hours a week"), tr("Decided by"), tr("Decided on")});
    reload();
}

} // namespace mentordesk::gui
