#include "searchpanel.h"

#include "course/richtextdelegate.h"
#include "course/searchresultmodel.h"
#include "views/emptystate.h"

#include "storage/searchrepository.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

namespace {
constexpr int kPageSize = 50;
// Long enough to skip the letters of a word typed in one go, short enough to feel immediate.
constexpr int kTypingPauseMs = 250;
// A single letter is the start of nearly every word: FTS5 gathers all of them (a fifth of a
// second and more on 300,000 notes), so typing waits for a second letter; Enter searches anyway.
constexpr int kMinTypedLength = 2;
constexpr int kExcerptLines = 2;
} // namespace

SearchPanel::SearchPanel(storage::Database &db, QWidget *parent)
    : QWidget(parent), m_db(db), m_field(new QLineEdit(this)), m_pause(new QTimer(this)), m_stack(new QStackedWidget(this)),
      m_empty(new EmptyState(this)), m_view(new QTableView(this)), m_model(new SearchResultModel(this)),
      m_count(new QLabel(this)), m_more(new QPushButton(this))
{
    m_field->setObjectName(u"searchField"_s);
    m_field->setClearButtonEnabled(true);
    m_pause->setObjectName(u"searchPause"_s);
    m_pause->setSingleShot(true);
    m_pause->setInterval(kTypingPauseMs);
    m_empty->setObjectName(u"searchEmptyState"_s);
    m_count->setObjectName(u"searchCount"_s);
    m_more->setObjectName(u"showMoreButton"_s);

    m_view->setObjectName(u"searchResults"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(SearchResultModel::Excerpt,
                                     new RichTextDelegate(SearchResultModel::HtmlRole, kExcerptLines, m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    // Fixed rows of two excerpt lines: never measured per row (DESIGN.md §4).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(RichTextDelegate::rowHeight(m_view->font(), kExcerptLines));
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SearchResultModel::Date, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SearchResultModel::What, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SearchResultModel::Mentee, QHeaderView::Interactive);
    header->setSectionResizeMode(SearchResultModel::Excerpt, QHeaderView::Stretch);
    header->resizeSection(SearchResultModel::Mentee, 180);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_view, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);
    resultsLayout->addLayout(footer);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(results);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_field);

    connect(m_field, &QLineEdit::textEdited, this, &SearchPanel::typed);  // the clear button edits too
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_pause->stop();
        search();
    });
    connect(m_pause, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_more, &QPushButton::clicked, this, &SearchPanel::showMore);
    // Enter, or a double-click (a single click where the platform activates on one).
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) { activate(index.row()); });
    retranslate();
}

void SearchPanel::setQuery(const QString &text)
{
    m_field->setText(text);
    m_pause->stop();
    search();
}

void SearchPanel::refresh()
{
    m_pause->stop();
    search();
}

void SearchPanel::typed()
{
    if (m_field->text().trimmed().size() >= kMinTypedLength) {
        m_pause->start();
        return;
    }
    // Cleared, or down to one letter: back to the hint at once, so no result stands for text
    // that is no longer in the field.
    m_pause->stop();
    clearResults(QString());
    showState();
}

void SearchPanel::search()
{
    clearResults(m_field->text().trimmed());
    if (storage::SearchRepository::toPhrasePrefixQuery(m_searched).isEmpty())
        showState();  // no letter or digit: nothing to look for
    else
        fetch(0);
}

void SearchPanel::clearResults(const QString &searched)
{
    m_searched = searched;
    m_model->clear();
    m_hasMore = false;
    m_state = State::Empty;
}

void SearchPanel::showMore()
{
    if (m_hasMore)
        fetch(m_model->rowCount());
}

void SearchPanel::fetch(int offset)
{
    const auto page = storage::SearchRepository(m_db).searchCourseMaterial(m_searched, offset, kPageSize);
    if (!page) {
        clearResults(m_searched);
        m_error = page.error();
        m_state = State::Failed;
        showState();
        return;
    }
    m_model->append(page->hits);
    m_hasMore = page->hasMore;
    m_state = m_model->rowCount() > 0 ? State::Results : State::NothingFound;
    showState();
}

void SearchPanel::activate(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const auto &hit = m_model->hitAt(row);
    Q_EMIT openCourse(hit.courseId, static_cast<int>(hit.kind), hit.entityId);
}

void SearchPanel::showState()
{
    switch (m_state) {
    case State::Empty:
        m_empty->setTexts(tr("Type a word to search…"),
                          tr("Finds the meeting notes, logbook entries and goals that contain every word you type, "
                             "newest first. The start of a word is enough: “mød” finds “møde” and “møder”."));
        break;
    case State::NothingFound:
        m_empty->setTexts(tr("Nothing found"),
                          tr("No meeting notes, logbook entries or goals contain “%1”.").arg(m_searched));
        break;
    case State::Failed:
        m_empty->setTexts(tr("The search failed"), m_error);
        break;
    case State::Results:
        break;
    }
    m_stack->setCurrentIndex(m_state == State::Results ? 1 : 0);
    // A number in the text, one message whatever the count.
    const QString shown = QLocale().toString(m_model->rowCount());
    m_count->setText(m_hasMore ? tr("Results shown: the newest %1. Show more for older ones.").arg(shown)
                               : tr("Results shown: %1, newest first.").arg(shown));
    m_more->setVisible(m_hasMore);
}

void SearchPanel::retranslate()
{
    m_field->setPlaceholderText(tr("Search meeting notes, logbook entries and goals…"));
    m_more->setText(tr("Show more"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, SearchResultModel::ColumnCount - 1);
    showState();
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace mentordesk::gui
