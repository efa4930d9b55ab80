#pragma once

#include "domain/enums.h"
#include "domain/recordmeta.h"
#include "storage/database.h"

#include <QTextStream>

#include <optional>

namespace mentordesk::cli {

struct AgreementOptions {
    std::optional<domain::AgreementLanguage> language;  // none: the course's last agreement's, else Danish
    domain::Id courseId = 0;  // one course into `pdf`
    QString pdf;
    QString dir;  // or every open course without a current agreement into this folder
};

// `mentordesk-cli agreement`: prints mentor agreements to PDF and saves each as the course's
// next agreement version, as printing from the course page does.
class AgreementCommand {
public:
    AgreementCommand(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}
    // Returns an ExitCode.
    int run(storage::Database &db, const AgreementOptions &options);

private:
    int one(storage::Database &db, const AgreementOptions &options);
    int due(storage::Database &db, const AgreementOptions &options);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace mentordesk::cli
