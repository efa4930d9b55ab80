#include "recorddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

namespace {
// A property plus a stylesheet rule rather than a palette: it survives style changes and every
// kind of editor honours it the same way.
const char *const kErrorProperty = "fieldError";
} // namespace

RecordDialog::RecordDialog(QWidget *parent) : QDialog(parent)
{
    setStyleSheet(u"*[fieldError=\"true\"] { border: 2px solid #c62828; border-radius: 3px; }"_s);
}

void RecordDialog::setUpCommon(QFrame *duplicateFrame, QLabel *duplicateLabel, QPushButton *openDuplicate,
                               QLabel *errorLabel, QDialogButtonBox *buttons)
{
    m_duplicateFrame = duplicateFrame;
    m_duplicateLabel = duplicateLabel;
    m_errorLabel = errorLabel;
    m_buttons = buttons;
    m_okText = okButton()->text();
    m_duplicateFrame->setStyleSheet(u"QFrame#duplicateFrame { background: #fff4e5; border: 1px solid #e0a040; }"_s);
    m_errorLabel->setStyleSheet(u"color: #c62828;"_s);
    m_duplicateFrame->hide();
    m_errorLabel->hide();
    connect(openDuplicate, &QPushButton::clicked, this, [this] {
        if (m_duplicateId > 0)
            Q_EMIT openDuplicateRequested(m_duplicateId);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void RecordDialog::watchForChanges()
{
    const auto changed = [this] { m_modified = true; };
    for (auto *w : findChildren<QLineEdit *>())
        if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()))  // spin boxes report themselves
            connect(w, &QLineEdit::textEdited, this, changed);
    for (auto *w : findChildren<QComboBox *>())
        connect(w, &QComboBox::activated, this, changed);
    for (auto *w : findChildren<QCheckBox *>())
        connect(w, &QCheckBox::clicked, this, changed);
    for (auto *w : findChildren<QSpinBox *>())
        connect(w, &QSpinBox::valueChanged, this, changed);
    for (auto *w : findChildren<QDoubleSpinBox *>())
        connect(w, &QDoubleSpinBox::valueChanged, this, changed);
    for (auto *w : findChildren<QDateEdit *>())
        connect(w, &QDateEdit::dateChanged, this, changed);
    for (auto *w : findChildren<QPlainTextEdit *>())
        connect(w, &QPlainTextEdit::textChanged, this, changed);
}

void RecordDialog::showErrors(const domain::Errors &errors, const QString &extra)
{
    for (QWidget *w : std::as_const(m_fieldWidgets)) {
        if (w->property(kErrorProperty).toBool()) {
            w->setProperty(kErrorProperty, false);
            w->setToolTip({});
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }
    m_errors = errors;
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        lines << error.message;
        if (QWidget *w = m_fieldWidgets.value(error.field)) {
            w->setProperty(kErrorProperty, true);
            w->setToolTip(w->toolTip().isEmpty() ? error.message : w->toolTip() + u'\n' + error.message);
            w->style()->unpolish(w);
            w->style()->polish(w);
            if (!first)
                first = w;
        }
    }
    if (!extra.isEmpty())
        lines << extra;
    m_errorLabel->setText(lines.join(u'\n'));
    m_errorLabel->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus();
}

void RecordDialog::showDuplicate(const QString &text, qint64 id, const QString &okText)
{
    m_duplicateId = id;
    m_duplicateLabel->setText(text);
    m_duplicateFrame->show();
    if (!okText.isEmpty())
        okButton()->setText(okText);
}

void RecordDialog::hideDuplicate()
{
    m_duplicateId = 0;
    m_duplicateFrame->hide();
    okButton()->setText(m_okText);
}

QPushButton *RecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

bool RecordDialog::confirmDiscard()
{
    if (m_discardQuestion)
        return m_discardQuestion();
    return QMessageBox::question(this, tr("Unsaved changes"), tr("Discard your changes?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

bool RecordDialog::confirmArchive(const QString &name)
{
    if (m_archiveQuestion)
        return m_archiveQuestion();
    return QMessageBox::question(this, tr("Archive"),
                                 tr("Archive %1? The record is kept but hidden from the lists unless the "
                                    "status filter shows archived records.")
                                     .arg(name))
        == QMessageBox::Yes;
}

void RecordDialog::reject()
{
    // Esc, Cancel and the window's close button all come here.
    if (m_modified && !confirmDiscard())
        return;
    QDialog::reject();
}

} // namespace mentordesk::gui
