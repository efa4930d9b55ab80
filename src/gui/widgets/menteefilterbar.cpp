#include "menteefilterbar.h"

#include "models/menteelistmodel.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {
// The data of the course choices; "All mentees" has none.
constexpr int kWithActiveCourse = 1;
constexpr int kWithoutActiveCourse = 0;
} // namespace

MenteeFilterBar::MenteeFilterBar(QWidget *parent)
    : FilterBar(parent), m_targetGroup(new QComboBox(this)), m_scheme(new QComboBox(this)), m_status(new QComboBox(this)),
      m_course(new QComboBox(this))
{
    m_targetGroup->setObjectName(u"targetGroupFilter"_s);
    m_scheme->setObjectName(u"schemeFilter"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_course->setObjectName(u"courseFilter"_s);
    addFilter(m_targetGroup);
    addFilter(m_scheme);
    addFilter(m_status);
    addFilter(m_course);
    retranslate();
}

void MenteeFilterBar::setSchemes(const QList<storage::SchemeChoice> &schemes)
{
    m_schemes = schemes;
    const bool kept = fillSchemes();
    updateRows();
    if (!kept)
        announce();
}

storage::MenteeFilter MenteeFilterBar::filter() const
{
    storage::MenteeFilter f;
    f.search = searchText();
    f.targetGroup = chosen<TargetGroup>(m_targetGroup);
    if (const QVariant scheme = m_scheme->currentData(); scheme.isValid())
        f.schemeId = scheme.toLongLong();
    f.status = chosen<MenteeStatus>(m_status);
    if (const QVariant course = m_course->currentData(); course.isValid())
        f.hasActiveCourse = course.toInt() == kWithActiveCourse;
    return f;
}

void MenteeFilterBar::applyTo(PagedModelBase *model) const
{
    if (auto *mentees = qobject_cast<MenteeListModel *>(model))
        mentees->setFilter(filter());
}

void MenteeFilterBar::retranslate()
{
    FilterBar::retranslate();
    fillChoices(m_targetGroup, tr("All target groups"), enumChoices<TargetGroup>());
    m_targetGroup->setToolTip(tr("Target group"));
    fillSchemes();
    m_scheme->setToolTip(tr("Scheme"));
    // Archived mentees stay out of the way unless asked for, as in the unfiltered register.
    fillChoices(m_status, tr("All except archived"), enumChoices<MenteeStatus>());
    m_status->setToolTip(tr("Status"));
    fillChoices(m_course, tr("All mentees"),
                {{tr("With an active course"), kWithActiveCourse}, {tr("Without an active course"), kWithoutActiveCourse}});
    m_course->setToolTip(tr("Mentor course"));
    updateRows();
}

bool MenteeFilterBar::fillSchemes()
{
    QList<std::pair<QString, QVariant>> items;
    for (const storage::SchemeChoice &scheme : std::as_const(m_schemes))
        items.append({scheme.name, scheme.id});
    return fillChoices(m_scheme, tr("All schemes"), items);
}

} // namespace mentordesk::gui
