#pragma once

#include <QDateTime>
#include <QString>

namespace mentordesk::domain {

using Id = qint64;

// Who created and last changed a record, and when. Set by the storage layer, never by forms.
struct RecordMeta {
    QDateTime createdAt;
    QString createdBy;
    QDateTime updatedAt;
    QString updatedBy;
};

} // namespace mentordesk::domain
