#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace mentordesk::gui {

// A date that may be left out: a check box that says whether it is stated, and the date beside
// it. Used instead of a date edit whose minimum means "not stated", which makes the user scroll
// up from 1900 to enter a near date.
class OptionalDateEdit : public QWidget {
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString &checkText, QWidget *parent = nullptr);

    // Invalid when not stated.
    QDate date() const;
    // An invalid date clears the check box and leaves the shown date alone.
    void setDate(const QDate &date);
    // The date shown when the user ticks the box without having picked one.
    void setSuggestedDate(const QDate &date);
    void setMinimumDate(const QDate &date);

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged();

private:
    QCheckBox *m_check;
    QDateEdit *m_edit;
};

} // namespace mentordesk::gui
