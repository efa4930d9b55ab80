#pragma once

#include "domain/enums.h"

#include <QString>

namespace mentordesk::agreements {

// The texts MentorDesk ships (resources/templates): the default agreement template and the
// default complaint guidance and confidentiality texts, in each agreement language.
QString defaultTemplate(domain::AgreementLanguage language);
QString defaultComplaintGuidance(domain::AgreementLanguage language);
QString defaultConfidentiality(domain::AgreementLanguage language);

} // namespace mentordesk::agreements
