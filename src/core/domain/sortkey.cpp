#include "sortkey.h"

namespace mentordesk::domain {

QString danishSortKey(const QString &text)
{
    QString lower = text.simplified().toLower();
    lower.replace(QStringLiteral("aa"), QStringLiteral("å"));
    QString key;
    key.reserve(lower.size());
    for (const QChar c : lower) {
        switch (c.unicode()) {
        case u'æ': case u'ä': key += u'{'; break; // '{' '|' '}' follow 'z' in ASCII
        case u'ø': case u'ö': key += u'|'; break;
        case u'å': key += u'}'; break;
        case u'ü': key += u'y'; break;
        default: {
            // Fold other accents: the first code point of the canonical decomposition.
            const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
            key += decomposed.isEmpty() ? c : decomposed.front();
        }
        }
    }
    return key;
}

QString personSortKey(const QString &firstName, const QString &lastName)
{
    return danishSortKey(lastName) + u'\x01' + danishSortKey(firstName);
}

} // namespace mentordesk::domain
