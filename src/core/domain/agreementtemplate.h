#pragma once

#include "enums.h"
#include "recordmeta.h"

namespace mentordesk::domain {

// A scheme's own agreement template in one language: HTML with {{placeholders}}. The version
// counts the saves, so each printed agreement names the template text it was made from.
struct AgreementTemplate {
    Id id = 0;
    Id schemeId = 0;
    AgreementLanguage language = AgreementLanguage::Danish;
    QString html;
    int version = 1;
    RecordMeta meta;
};

} // namespace mentordesk::domain
