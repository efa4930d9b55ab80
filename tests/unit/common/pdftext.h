#pragma once

// The text and facts of a PDF read back with poppler-utils (pdftotext, pdfinfo, pdfimages).

#include "qtcatch.h"

#include <QProcess>
#include <QStringList>

namespace mentordesk::testing {

inline QString popplerOutput(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(30000));
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

inline QString pdfText(const QString &pdf)
{
    return popplerOutput(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

// A line of `pdfinfo`, e.g. pdfInfo(pdf, "Pages") == "2".
inline QString pdfInfo(const QString &pdf, const QString &field)
{
    for (const QString &line : popplerOutput(QStringLiteral("pdfinfo"), {pdf}).split(u'\n'))
        if (line.startsWith(field + u':'))
            return line.mid(field.size() + 1).trimmed();
    return {};
}

} // namespace mentordesk::testing
