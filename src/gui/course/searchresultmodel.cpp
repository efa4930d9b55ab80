#include "searchresultmodel.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using Kind = mentordesk::storage::SearchRepository::Kind;

namespace mentordesk::gui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractTableModel(parent) {}

void SearchResultModel::clear()
{
    beginResetModel();
    m_hits.clear();
    endResetModel();
}

void SearchResultModel::append(const QList<Hit> &hits)
{
    if (hits.isEmpty())
        return;
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + hits.size() - 1));
    m_hits.append(hits);
    endInsertRows();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case What: return tr("What");
    case Mentee: return tr("Mentee");
    case Excerpt: return tr("Text");
    }
    return {};
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Hit &hit = m_hits.at(index.row());
    if (role == HtmlRole)
        return index.column() == Excerpt ? excerptHtml(hit.snippet) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == Excerpt)
        return excerptText(hit.snippet);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date: return QLocale().toString(hit.date, QLocale::ShortFormat);
    case What: return kindLabel(hit.kind);
    case Mentee: return hit.menteeName;
    case Excerpt: return excerptText(hit.snippet);
    }
    return {};
}

QString SearchResultModel::excerptHtml(const QString &snippet)
{
    const QString escaped = snippet.toHtmlEscaped();
    QString html;
    html.reserve(escaped.size() + 32);
    bool bold = false;
    for (const QChar c : escaped) {
        if (c == storage::SearchRepository::kMarkStart) {
            if (!bold)
                html += u"<b>"_s;
            bold = true;
        } else if (c == storage::SearchRepository::kMarkEnd) {
            if (bold)
                html += u"</b>"_s;
            bold = false;
        } else {
            html += c;
        }
    }
    if (bold)
        html += u"</b>"_s;
    return html;
}

QString SearchResultModel::excerptText(const QString &snippet)
{
    QString text = snippet;
    text.remove(storage::SearchRepository::kMarkStart);
    text.remove(storage::SearchRepository::kMarkEnd);
    return text;
}

QString SearchResultModel::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Meeting: return tr("Meeting note");
    case Kind::LogbookEntry: return tr("Logbook entry");
    case Kind::Goal: return tr("Goal");
    case Kind::Mentor:
    case Kind::Mentee:
        break;  // people are not course material
    }
    return {};
}

} // namespace mentordesk::gui
