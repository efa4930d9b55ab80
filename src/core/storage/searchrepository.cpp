#include "searchrepository.h"

#include "sqlerrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace mentordesk::storage {

QString SearchRepository::toFtsQuery(const QString &text)
{
    QStringList terms;
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        const bool prefix = word.endsWith(u'*');
        word.remove(u'*');
        word.replace(u'"', u"\"\""_s);
        if (word.isEmpty())
            continue;
        terms << u'"' + word + u'"' + (prefix ? u"*"_s : QString());
    }
    return terms.join(u' ');
}

QString SearchRepository::toPrefixQuery(const QString &typed)
{
    QStringList terms;
    QString word;
    const auto endWord = [&] {
        if (!word.isEmpty())
            terms << u'"' + word + u"\"*"_s;
        word.clear();
    };
    // Composed form: a keyboard gives "å" as one character, as the stored names have it.
    const QString text = typed.normalized(QString::NormalizationForm_C);
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c))
            word.append(QChar::fromUcs4(c));
        else
            endWord();
    }
    endWord();
    return terms.join(u' ');
}

QList<SearchRepository::Hit> SearchRepository::search(const QString &text, int limit) const
{
    QList<Hit> hits;
    const QString query = toFtsQuery(text);
    if (query.isEmpty())
        return hits;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(u"SELECT kind, entity_id, course_id, snippet(search_index, 0, '[', ']', '…', 12)"
              " FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?"_s);
    q.addBindValue(query);
    q.addBindValue(limit);
    if (!q.exec()) {
        SqlErrors::userMessage(q.lastError(), "search");
        return hits;
    }
    while (q.next())
        hits.append({static_cast<Kind>(q.value(0).toInt()), q.value(1).toLongLong(), q.value(2).toLongLong(),
                     q.value(3).toString()});
    return hits;
}

} // namespace mentordesk::storage
