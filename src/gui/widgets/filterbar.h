#pragma once

#include "domain/enumcodec.h"

#include <QComboBox>
#include <QTimer>
#include <QVariant>
#include <QWidget>
#include <optional>
#include <utility>

class QAction;
class QCheckBox;
class QGridLayout;
class QHBoxLayout;
class QLineEdit;
class QToolButton;

namespace mentordesk::gui {

class PagedModelBase;

// The bar above a register: a search field that filters as the user types, choice boxes for
// the register's own filters and a "Clear filters" button. Typing is debounced, so a fast typist
// sends one query instead of one per key; a choice applies at once. Subclasses add the choices
// and turn them into the typed filter of their model. When the window is too narrow for the
// search field and the choices side by side (long Danish labels), the choices move to a
// second row instead of squeezing the search field.
class FilterBar : public QWidget {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;
    static constexpr int kSearchMinWidth = 260;

    explicit FilterBar(QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QString searchText() const;
    // True when the search or a choice narrows the list.
    bool isActive() const;
    // Gives `model` the filter the bar shows (which reloads it); ignores models of another kind.
    virtual void applyTo(PagedModelBase *model) const = 0;
    // Empties the search, resets every choice and tells listeners once.
    void clear();
    QAction *clearAction() const { return m_clearAction; }

Q_SIGNALS:
    // The filter changed: after the typing pause, or at once for a choice or Clear.
    void changed();

protected:
    void addFilter(QComboBox *combo);
    void addFilter(QCheckBox *check);
    // Fills `combo` with `allText` (no filter, data invalid) and `items` (label, data), keeping
    // the chosen entry by its data, without announcing a change. False if the chosen entry is
    // gone and the box fell back to `allText`.
    static bool fillChoices(QComboBox *combo, const QString &allText, const QList<std::pair<QString, QVariant>> &items);
    // Every value of an enum as (translated label, stable code), for fillChoices.
    template <typename E>
    static QList<std::pair<QString, QVariant>> enumChoices()
    {
        QList<std::pair<QString, QVariant>> items;
        for (const auto &e : domain::enumEntries<E>())
            items.append({domain::label(e.value), domain::toCode(e.value)});
        return items;
    }
    // The enum value chosen in a box filled by enumChoices; none for the "All …" entry.
    template <typename E>
    static std::optional<E> chosen(const QComboBox *combo)
    {
        const QVariant data = combo->currentData();
        return data.isValid() ? domain::fromCode<E>(data.toString()) : std::nullopt;
    }
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    // Sets every visible text; subclasses call the base first and updateRows() last.
    virtual void retranslate();
    // One row or two, for the current width and the choices' widths.
    void updateRows();
    // Tells listeners that the filter changed, at once.
    void announce();

private:
    QLineEdit *m_search;
    QWidget *m_choices;  // the choice boxes and Clear, side by side
    QHBoxLayout *m_filters;
    QGridLayout *m_grid;
    QToolButton *m_clearButton;
    QAction *m_clearAction;
    QTimer m_searchDelay;
    QList<QComboBox *> m_combos;
    QList<QCheckBox *> m_checks;
    bool m_twoRows = false;
};

} // namespace mentordesk::gui
