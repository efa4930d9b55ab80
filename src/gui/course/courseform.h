#pragma once

#include "domain/course.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mentordesk::storage {
class Database;
}

namespace mentordesk::gui {

// The course's own fields (what the 2019 audit found missing: purpose, the mentor's tasks and
// qualifications; legal basis, period and the first meeting's agreements) with Save, and what
// activation still needs, named field by field. Activating saves and moves the course to
// active in one step, so a course is never active with the texts the law asks for empty.
class CourseForm : public QWidget {
    Q_OBJECT
public:
    CourseForm(storage::Database &db, qint64 courseId, QWidget *parent = nullptr);

    void reload();
    // The course changed elsewhere on the page (a grant, a phase, a mentor change): re-read it,
    // or, while the user has typed here, only what activation depends on outside the form.
    void courseChangedElsewhere();
    const domain::Course &course() const { return m_course; }
    bool isModified() const { return m_modified; }
    // Saves the fields; false (with the problems shown) when refused.
    bool save();
    // Saves and sets the course active; false with every missing part named when refused.
    bool activate();
    // Puts the cursor in the field with this column code ("purpose") and marks it.
    void focusField(const QString &field);
    // The messages shown now (refusals and what activation still needs).
    QString shownProblems() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readForm(domain::Course &course) const;
    // The form's fields over the course as it is stored now.
    domain::Course edited() const;
    void fillForm();
    void showReadiness();
    void markFields(const domain::Errors &errors);
    bool store(domain::Course course);
    domain::Errors activationProblems() const;

    storage::Database &m_db;
    domain::Course m_course;
    bool m_modified = false;
    bool m_filling = false;
    domain::ActivationContext m_activation;  // read on load, not at every key press  // fillForm's own changes are not the user's
    QLabel *m_scheme;
    QLineEdit *m_legalBasis;
    QComboBox *m_function;
    QDateEdit *m_start;
    QDateEdit *m_plannedEnd;
    QDateEdit *m_nextReview;
    QPlainTextEdit *m_purpose;
    QPlainTextEdit *m_tasks;
    QPlainTextEdit *m_qualifications;
    QLineEdit *m_focusAreas;
    QLineEdit *m_frequency;
    QLineEdit *m_contact;
    QLineEdit *m_cancellation;
    QLabel *m_readiness;
    QPushButton *m_save;
    QPushButton *m_activate;
    QHash<QString, QWidget *> m_fields;
};

} // namespace mentordesk::gui
