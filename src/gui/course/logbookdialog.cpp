#include "logbookdialog.h"

#include "logbooktags.h"

#include "dialogs/formhelpers.h"

#include "storage/logbookrepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

LogbookDialog::LogbookDialog(storage::Database &db, const LogbookEntry &entry, const QDate &today, QWidget *parent)
    : CourseRecordDialog(parent), m_db(db), m_entry(entry), m_today(today), m_date(new QDateEdit(this)),
      m_author(new QComboBox(this)), m_shared(new QCheckBox(tr("S&hared with the caseworker"), this)),
      m_text(textEdit(u"textEdit"_s, 6))
{
    setObjectName(u"logbookDialog"_s);
    setWindowTitle(entry.id ? tr("Logbook entry") : tr("New logbook entry"));
    m_date->setObjectName(u"dateEdit"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_author->setObjectName(u"authorCombo"_s);
    form::fillCombo<LogAuthor>(m_author);
    auto *tagRow = new QHBoxLayout;
    for (std::size_t i = 0; i < logbookTags().size(); ++i) {
        const LogbookTag &tag = logbookTags().at(i);
        m_tags.at(i) = new QCheckBox(logbookTagLabel(tag.flag), this);
        m_tags.at(i)->setObjectName(tag.objectName);
        tagRow->addWidget(m_tags.at(i));
    }
    tagRow->addStretch(1);
    m_shared->setObjectName(u"sharedCheck"_s);
    m_shared->setToolTip(tr("Only marked entries go into reports to the jobcentre; the rest stays between mentor, "
                            "mentee and coordinator."));
    m_text->setPlaceholderText(tr("Keywords are enough: what was agreed, small wins"));

    auto *formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formLayout->addRow(tr("&Date:"), withMessage(u"date"_s, m_date));
    formLayout->addRow(tr("&Written by:"), m_author);
    formLayout->addRow(tr("Tags:"), tagRow);
    formLayout->addRow(QString(), m_shared);
    formLayout->addRow(tr("&Entry:"), withMessage(u"text"_s, m_text));

    m_date->setDate(entry.date.isValid() ? entry.date : today);
    form::setComboValue(m_author, std::optional(entry.author));
    for (std::size_t i = 0; i < logbookTags().size(); ++i)
        m_tags.at(i)->setChecked(entry.tags & logbookTags().at(i).flag);
    m_shared->setChecked(entry.sharedWithCaseworker);
    m_text->setPlainText(entry.text);
    finishLayout(formLayout);
    resize(640, sizeHint().height());
    m_text->setFocus();
}

LogbookEntry LogbookDialog::entry() const
{
    LogbookEntry e = m_entry;
    e.date = m_date->date();
    e.author = form::comboValue<LogAuthor>(m_author).value_or(LogAuthor::Mentor);
    e.tags = 0;
    for (std::size_t i = 0; i < logbookTags().size(); ++i)
        if (m_tags.at(i)->isChecked())
            e.tags |= logbookTags().at(i).flag;
    e.sharedWithCaseworker = m_shared->isChecked();
    e.text = m_text->toPlainText().trimmed();
    return e;
}

void LogbookDialog::accept()
{
    LogbookEntry e = entry();
    storage::LogbookRepository repository(m_db);
    if (save(repository, e, e.validate(m_today)))
        m_entry = e;
}

} // namespace mentordesk::gui
