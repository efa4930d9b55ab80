#include "mentorfilterbar.h"

#include "models/mentorlistmodel.h"

#include <QCheckBox>
#include <QComboBox>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

MentorFilterBar::MentorFilterBar(QWidget *parent)
    : FilterBar(parent), m_type(new QComboBox(this)), m_status(new QComboBox(this)), m_freeCapacity(new QCheckBox(this))
{
    m_type->setObjectName(u"typeFilter"_s);
    m_status->setObjectName(u"statusFilter"_s);
    m_freeCapacity->setObjectName(u"freeCapacityFilter"_s);
    addFilter(m_type);
    addFilter(m_status);
    addFilter(m_freeCapacity);
    retranslate();
}

storage::MentorFilter MentorFilterBar::filter() const
{
    storage::MentorFilter f;
    f.search = searchText();
    f.type = chosen<MentorType>(m_type);
    f.status = chosen<MentorStatus>(m_status);
    f.onlyWithFreeCapacity = m_freeCapacity->isChecked();
    return f;
}

void MentorFilterBar::applyTo(PagedModelBase *model) const
{
    if (auto *mentors = qobject_cast<MentorListModel *>(model))
        mentors->setFilter(filter());
}

void MentorFilterBar::retranslate()
{
    FilterBar::retranslate();
    fillChoices(m_type, tr("All types"), enumChoices<MentorType>());
    m_type->setToolTip(tr("Mentor type"));
    // Archived mentors stay out of the way unless asked for, as in the unfiltered register.
    fillChoices(m_status, tr("All except archived"), enumChoices<MentorStatus>());
    m_status->setToolTip(tr("Status"));
    m_freeCapacity->setText(tr("Has free places"));
    m_freeCapacity->setToolTip(tr("Only mentors with fewer approved matches than their capacity"));
    updateRows();
}

} // namespace mentordesk::gui
