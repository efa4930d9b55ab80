#pragma once

#include "storage/searchrepository.h"

#include <QAbstractTableModel>

namespace mentordesk::gui {

// The pages of a course-material search shown so far, newest first: date, what the record is,
// the course's mentee and the excerpt. The panel appends each page it fetches.
class SearchResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, What, Mentee, Excerpt, ColumnCount };
    // The excerpt as HTML with the matching words in bold, for RichTextDelegate.
    static constexpr int HtmlRole = Qt::UserRole + 1;

    using Hit = storage::SearchRepository::CourseHit;

    explicit SearchResultModel(QObject *parent = nullptr);

    void clear();
    void append(const QList<Hit> &hits);
    const Hit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // The excerpt's text HTML-escaped first, so a "<b>" the user wrote stays text, and only then
    // the repository's markers turned into <b>…</b> (balanced even if a marker were missing).
    static QString excerptHtml(const QString &snippet);
    // The excerpt without markers: what is read aloud, copied or shown as a tooltip.
    static QString excerptText(const QString &snippet);
    // "Meeting note", "Logbook entry" or "Goal".
    static QString kindLabel(storage::SearchRepository::Kind kind);

private:
    QList<Hit> m_hits;
};

} // namespace mentordesk::gui
