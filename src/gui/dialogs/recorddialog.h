#pragma once

#include "domain/validation.h"

#include <QDialog>
#include <QHash>
#include <functional>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QPushButton;

namespace mentordesk::gui {

// What the mentor and mentee forms share: marking fields in error, noticing unsaved changes
// and asking before they are thrown away, and the duplicate warning with its "Open it" button.
class RecordDialog : public QDialog {
    Q_OBJECT
public:
    using DiscardQuestion = std::function<bool()>;

    explicit RecordDialog(QWidget *parent = nullptr);

    bool isModified() const { return m_modified; }
    // Replaces "Discard your changes?" (tests answer without a modal box).
    void setDiscardQuestion(DiscardQuestion question) { m_discardQuestion = std::move(question); }
    // Replaces the confirmation before archiving, likewise.
    void setArchiveQuestion(DiscardQuestion question) { m_archiveQuestion = std::move(question); }
    // The errors shown now, by field code; empty when the form is fine.
    const domain::Errors &shownErrors() const { return m_errors; }
    QWidget *widgetForField(const QString &field) const { return m_fieldWidgets.value(field); }

    void reject() override;

Q_SIGNALS:
    // The user asked to open the record the duplicate warning names.
    void openDuplicateRequested(qint64 id);
    // The record was stored (added, changed or archived).
    void saved(qint64 id);

protected:
    // Call once the subclass has built its widgets: finds the shared ones by name.
    void setUpCommon(QFrame *duplicateFrame, QLabel *duplicateLabel, QPushButton *openDuplicate, QLabel *errorLabel,
                     QDialogButtonBox *buttons);
    void mapField(const QString &field, QWidget *widget) { m_fieldWidgets.insert(field, widget); }
    // Every editor under the dialog marks the form modified when the user changes it.
    void watchForChanges();
    void setModified(bool modified) { m_modified = modified; }
    // Marks each named widget (red frame, message as tooltip) and lists all messages.
    void showErrors(const domain::Errors &errors, const QString &extra = {});
    void clearErrors() { showErrors({}); }
    void showDuplicate(const QString &text, qint64 id, const QString &okText);
    void hideDuplicate();
    bool confirmDiscard();
    bool confirmArchive(const QString &name);
    QPushButton *okButton() const;

private:
    QHash<QString, QWidget *> m_fieldWidgets;
    domain::Errors m_errors;
    DiscardQuestion m_discardQuestion;
    DiscardQuestion m_archiveQuestion;
    QString m_okText;
    QFrame *m_duplicateFrame = nullptr;
    QLabel *m_duplicateLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    qint64 m_duplicateId = 0;
    bool m_modified = false;
};

} // namespace mentordesk::gui
