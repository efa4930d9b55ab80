#pragma once

#include "templatetext.h"

#include <QDate>
#include <QLocale>
#include <QStringList>

namespace mentordesk::agreements {

// A date and a number of hours as the printed summaries show them, in the program's language.
inline QString printedDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

inline QString printedHours(double hours)
{
    return QLocale().toString(hours, 'f', 1);
}

// A simple bordered table for the printed summaries; cells are plain text, escaped here, and an
// empty cell shows "–".
class HtmlTable {
public:
    explicit HtmlTable(const QStringList &headings) : m_headings(headings) {}
    void addRow(const QStringList &cells) { m_rows << cells; }
    bool isEmpty() const { return m_rows.isEmpty(); }

    QString html() const
    {
        QString out = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" style=\"border-color:#999999; border-collapse: collapse;\"><tr>");
        for (const QString &h : m_headings)
            out += QStringLiteral("<th align=\"left\" bgcolor=\"#eeeeee\">") + htmlText(h) + QStringLiteral("</th>");
        out += QStringLiteral("</tr>");
        for (const QStringList &row : m_rows) {
            out += QStringLiteral("<tr>");
            for (const QString &cell : row)
                out += QStringLiteral("<td valign=\"top\">") + (cell.isEmpty() ? QStringLiteral("–") : htmlText(cell))
                       + QStringLiteral("</td>");
            out += QStringLiteral("</tr>");
        }
        return out + QStringLiteral("</table>");
    }

private:
    QStringList m_headings;
    QList<QStringList> m_rows;
};

// The page around a printed summary: title, the day it was printed, the body.
inline QString printedPage(const QString &title, const QString &subtitle, const QString &body)
{
    return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>") + htmlText(title)
           + QStringLiteral("</title></head><body style=\"font-family: 'DejaVu Sans'; font-size: 9pt;\"><h1 style=\"font-size: 16pt;\">")
           + htmlText(title) + QStringLiteral("</h1><p>") + htmlText(subtitle) + QStringLiteral("</p>") + body
           + QStringLiteral("</body></html>");
}

inline QString section(const QString &heading)
{
    return QStringLiteral("<h2 style=\"font-size: 11pt;\">") + htmlText(heading) + QStringLiteral("</h2>");
}

} // namespace mentordesk::agreements
