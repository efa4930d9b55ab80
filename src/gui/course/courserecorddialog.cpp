#include "courserecorddialog.h"

#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mentordesk::gui {

CourseRecordDialog::CourseRecordDialog(QWidget *parent) : RecordDialog(parent)
{
    setSizeGripEnabled(true);
}

void CourseRecordDialog::finishLayout(QLayout *content)
{
    // Course records have no duplicate check: RecordDialog's warning frame stays hidden.
    auto *duplicateFrame = new QFrame(this);
    auto *duplicateLabel = new QLabel(duplicateFrame);
    auto *openDuplicate = new QPushButton(duplicateFrame);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttonBox"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setUpCommon(duplicateFrame, duplicateLabel, openDuplicate, m_errorLabel, buttons);
    watchForChanges();
    setModified(false);
}

QWidget *CourseRecordDialog::withMessage(const QString &field, QWidget *editor)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    auto *message = new QLabel(box);
    message->setObjectName(field + u"Message"_s);
    message->setWordWrap(true);
    message->setStyleSheet(u"color: #c62828;"_s);
    message->hide();
    layout->addWidget(message);
    m_messages.insert(field, message);
    mapField(field, editor);
    return box;
}

void CourseRecordDialog::showFieldErrors(const domain::Errors &errors, const QString &extra)
{
    showErrors(errors, extra);  // marks the fields and focuses the first
    QStringList elsewhere;
    QHash<QString, QStringList> byField;
    for (const domain::FieldError &error : errors) {
        if (m_messages.contains(error.field))
            byField[error.field] << error.message;
        else
            elsewhere << error.message;
    }
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QStringList lines = byField.value(it.key());
        it.value()->setText(lines.join(u'\n'));
        it.value()->setVisible(!lines.isEmpty());
    }
    // The line below the form repeats only what no field shows.
    if (!extra.isEmpty())
        elsewhere << extra;
    m_errorLabel->setText(elsewhere.join(u'\n'));
    m_errorLabel->setVisible(!elsewhere.isEmpty());
}

QString CourseRecordDialog::messageFor(const QString &field) const
{
    const QLabel *label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

QString CourseRecordDialog::shownMessages() const
{
    QStringList lines;
    for (const domain::FieldError &error : shownErrors())
        lines << error.message;
    if (m_errorLabel && !m_errorLabel->isHidden())
        for (const QString &line : m_errorLabel->text().split(u'\n'))
            if (!lines.contains(line))
                lines << line;
    return lines.join(u'\n');
}

QPlainTextEdit *CourseRecordDialog::textEdit(const QString &objectName, int lines)
{
    auto *edit = new QPlainTextEdit(this);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    // Room for `lines` lines before it scrolls; the layout may give it more.
    const int frame = 2 * (edit->frameWidth() + int(edit->document()->documentMargin())) + 4;
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + frame);
    return edit;
}

void CourseRecordDialog::closeSaved(qint64 id)
{
    showFieldErrors({});
    setModified(false);
    Q_EMIT saved(id);
    QDialog::accept();
}

} // namespace mentordesk::gui
