#pragma once

#include "enums.h"
#include "recordmeta.h"
#include "validation.h"

#include <QDate>

namespace mentordesk::domain {

// A printed mentor agreement (mentoraftale): the exact snapshot that was printed, re-printable.
struct Agreement {
    Id id = 0;
    Id courseId = 0;
    int version = 1;
    AgreementLanguage language = AgreementLanguage::Danish;
    QString templateName;
    QString snapshotHtml;
    // The placeholder values it was filled with (JSON), to tell later which included field
    // changed; empty for agreements printed before MentorDesk kept them.
    QString fields;
    QDateTime printedAt;
    QString printedBy;
    QDate signedByMentee;
    QDate signedByMentor;
    QDate signedByCoordinator;
    RecordMeta meta;

    Errors validate() const;

    Q_DECLARE_TR_FUNCTIONS(Agreement)
};

} // namespace mentordesk::domain
