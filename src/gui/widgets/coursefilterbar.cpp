#include "coursefilterbar.h"

#include "models/courselistmodel.h"

#include <QCheckBox>
#include <QLineEdit>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {
// The status choice that shows ended and cancelled courses too.
const QString kEveryCourse = u"*"_s;
} // namespace

CourseFilterBar::CourseFilterBar(QWidget *parent)
    : FilterBar(parent), m_status(new QComboBox(this)), m_gap(new QCheckBox(this))
{
    m_status->setObjectName(u"courseStatusFilter"_s);
    m_gap->setObjectName(u"hoursGapFilter"_s);
    addFilter(m_status);
    addFilter(m_gap);
    retranslate();
}

void CourseFilterBar::setGapPercent(int percent)
{
    if (percent == m_gapPercent)
        return;
    m_gapPercent = percent;
    retranslate();
    if (m_gap->isChecked())
        announce();
}

storage::CourseFilter CourseFilterBar::filter() const
{
    storage::CourseFilter f;
    f.search = searchText();
    const QVariant status = m_status->currentData();
    f.includeClosed = status.toString() == kEveryCourse;
    if (!f.includeClosed)
        f.status = chosen<CourseStatus>(m_status);
    f.onlyWithHoursGap = m_gap->isChecked();
    f.gapPercent = m_gapPercent;
    return f;
}

void CourseFilterBar::applyTo(PagedModelBase *model) const
{
    if (auto *courses = qobject_cast<CourseListModel *>(model))
        courses->setFilter(filter());
}

void CourseFilterBar::retranslate()
{
    FilterBar::retranslate();
    searchField()->setPlaceholderText(tr("Search by mentee or mentor…"));
    QList<std::pair<QString, QVariant>> statuses = enumChoices<CourseStatus>();
    statuses.append({tr("All courses, ended too"), kEveryCourse});
    fillChoices(m_status, tr("Open courses"), statuses);
    m_status->setToolTip(tr("Status"));
    m_gap->setText(tr("Only under %1 % of granted hours").arg(m_gapPercent));
    updateRows();
}

} // namespace mentordesk::gui
