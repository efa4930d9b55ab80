#pragma once

#include "enums.h"

#include <QByteArray>
#include <QString>

namespace mentordesk::domain {

// What the organisation prints on its agreements: its name and logo, whom to contact when a
// course does not work, and the complaint guidance and confidentiality texts in both agreement
// languages. Empty texts mean the shipped default text of that language.
struct Organisation {
    QString name;
    QString address;
    QString contact;            // phone, e-mail or web address, one line
    QByteArray logoPng;         // empty: no logo
    QString coordinatorName;    // whom to contact if the course is not working
    QString coordinatorContact;
    QString complaintGuidanceDa;
    QString complaintGuidanceEn;
    QString confidentialityDa;
    QString confidentialityEn;

    QString complaintGuidance(AgreementLanguage language) const
    {
        return language == AgreementLanguage::Danish ? complaintGuidanceDa : complaintGuidanceEn;
    }
    QString confidentiality(AgreementLanguage language) const
    {
        return language == AgreementLanguage::Danish ? confidentialityDa : confidentialityEn;
    }
};

} // namespace mentordesk::domain
