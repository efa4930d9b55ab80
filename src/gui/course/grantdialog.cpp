#include "grantdialog.h"

#include "dialoglines.h"
#include "widgets/optionaldateedit.h"

#include "storage/grantrepository.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

QDateEdit *dateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    return edit;
}

} // namespace

GrantDialog::GrantDialog(storage::Database &db, const Grant &record, QWidget *parent)
    : QDialog(parent), m_db(db), m_grant(record), m_from(dateEdit(u"fromEdit"_s, this)), m_to(dateEdit(u"toEdit"_s, this)),
      m_hours(new QDoubleSpinBox(this)), m_decidedBy(new QLineEdit(this)),
      m_decidedOn(new OptionalDateEdit(tr("Decided o&n"), this)), m_warning(new QLabel(this)), m_error(lines::refusal(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool adding = record.id == 0;
    setObjectName(u"grantDialog"_s);
    setWindowTitle(adding ? tr("Add grant") : tr("Edit grant"));
    // The explanation differs: a new grant is how hours change; an edit corrects a typing error.
    auto *intro = lines::note(adding ? tr("A change of hours or a renewal is a new grant on the same course, starting after the "
                                          "previous grant ends. The course, its goals and its history go on unchanged.")
                                     : tr("Correct the grant as decided. To change the hours from a date on, add a new grant "
                                          "instead, so the hours delivered before that date are measured against the old grant."),
                                 this);
    m_hours->setObjectName(u"hoursSpin"_s);
    m_hours->setRange(0, 37);  // the repository refuses above a full working week anyway
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" h/week"));
    m_decidedBy->setObjectName(u"decidedByEdit"_s);
    m_decidedBy->setPlaceholderText(tr("e.g. the caseworker at the jobcentre"));
    m_decidedOn->setObjectName(u"decidedOnEdit"_s);
    m_warning->setObjectName(u"highHoursWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(u"QLabel { background: #fff4e5; border: 1px solid #e0a040; padding: 4px; }"_s);

    m_from->setDate(record.from.isValid() ? record.from : db.today());
    m_to->setDate(record.to.isValid() ? record.to : m_from->date().addMonths(3).addDays(-1));
    m_hours->setValue(record.hoursPerWeek);
    m_decidedBy->setText(record.decidedBy);
    m_decidedOn->setSuggestedDate(db.today());
    m_decidedOn->setDate(record.decidedOn);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);  // dates and choices keep their size
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    form->addRow(tr("&Hours a week:"), m_hours);
    form->addRow(tr("Decided &by:"), m_decidedBy);
    form->addRow(QString(), m_decidedOn);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(adding ? tr("Add grant") : tr("Save"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GrantDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_hours, &QDoubleSpinBox::valueChanged, this, &GrantDialog::updateWarning);
    updateWarning();
    setMinimumWidth(460);
    resize(520, sizeHint().height());
}

Grant GrantDialog::nextGrant(const Course &course, const QList<Grant> &grants, const QDate &today)
{
    Grant next;
    next.courseId = course.id;
    next.decidedOn = today;
    if (grants.isEmpty()) {
        next.from = course.startDate.isValid() ? course.startDate : today;
        next.to = course.plannedEndDate > next.from ? course.plannedEndDate : next.from.addMonths(3).addDays(-1);
        return next;
    }
    const Grant last = *std::max_element(grants.cbegin(), grants.cend(), [](const Grant &a, const Grant &b) { return a.to < b.to; });
    next.from = last.to.addDays(1);
    next.to = next.from.addDays(last.from.daysTo(last.to));
    next.hoursPerWeek = last.hoursPerWeek;
    return next;
}

Grant GrantDialog::grant() const
{
    Grant g = m_grant;
    g.from = m_from->date();
    g.to = m_to->date();
    g.hoursPerWeek = m_hours->value();
    g.decidedBy = m_decidedBy->text().trimmed();
    g.decidedOn = m_decidedOn->date();
    return g;
}

void GrantDialog::updateWarning()
{
    Grant g;
    g.hoursPerWeek = m_hours->value();
    m_warning->setVisible(g.looksUnusuallyHigh());
    m_warning->setText(tr("\u26a0 %1 hours a week is unusually high: most grants are below 10 hours, and higher national "
                          "records are often typing errors. Check the decision before you save.")
                           .arg(QLocale().toString(g.hoursPerWeek, 'f', 1)));
}

void GrantDialog::accept()
{
    Grant g = grant();
    storage::GrantRepository grants(m_db);
    const storage::Status saved = g.id == 0 ? grants.add(g).status() : grants.update(g);
    if (!saved) {
        lines::showRefusal(m_error, saved.error());
        return;
    }
    m_grant = g;
    QDialog::accept();
}

} // namespace mentordesk::gui
