#include "templatetext.h"

#include "placeholders.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mentordesk::agreements {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"_s);
    return pattern;
}

// The translation context of this file's texts.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TemplateText)
};

} // namespace

QString htmlText(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(u'\'', u"&#39;"_s);
    escaped.replace(u"\r\n"_s, u"\n"_s);
    escaped.replace(u'\n', u"<br>"_s);
    return escaped;
}

QStringList placeholdersIn(const QString &html)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(html);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

QStringList templateProblems(const QString &html)
{
    if (html.trimmed().isEmpty())
        return {Text::tr("The template is empty.")};
    QStringList problems;
    // A placeholder in an HTML comment prints nothing, so it does not count as present.
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    const QStringList used = placeholdersIn(QString(html).remove(comment));
    for (const RequiredPart &part : requiredParts()) {
        const bool present = std::any_of(part.alternatives.cbegin(), part.alternatives.cend(), [&](const QStringList &names) {
            return std::all_of(names.cbegin(), names.cend(), [&](const QString &n) { return used.contains(n); });
        });
        if (!present)
            problems << Text::tr("The template lacks %1.").arg(label(part));
    }
    for (const QString &name : used)
        if (!findPlaceholder(name))
            problems << Text::tr("{{%1}} is not a placeholder MentorDesk knows.").arg(name);
    return problems;
}

QString fillTemplate(const QString &html, const AgreementFields &fields)
{
    QString filled;
    filled.reserve(html.size() * 2);
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        filled += QStringView(html).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const Placeholder *p = findPlaceholder(m.capturedView(1));
        if (!p) {
            filled += m.capturedView(0);
            continue;
        }
        const QString value = fields.value(QString::fromLatin1(p->name));
        if (value.trimmed().isEmpty())
            filled += p->quiet ? QString() : u"–"_s;
        else
            filled += p->html ? value : htmlText(value);
    }
    filled += QStringView(html).mid(last);
    return filled;
}

} // namespace mentordesk::agreements
