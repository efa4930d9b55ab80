#include "agreementsettingsdialog.h"

#include "agreements/agreementservice.h"
#include "agreements/placeholders.h"
#include "agreements/shippedtexts.h"
#include "agreements/templatetext.h"
#include "domain/enumcodec.h"
#include "storage/organisationrepository.h"
#include "storage/schemerepository.h"

#include <QBuffer>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <algorithm>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace mentordesk::gui {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

QPlainTextEdit *textEdit(QWidget *parent, const QString &objectName, const QString &defaultText)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    // The shipped text shows, greyed, in an empty field: empty means "print the standard text".
    edit->setPlaceholderText(defaultText);
    edit->setTabChangesFocus(true);
    return edit;
}

} // namespace

AgreementSettingsDialog::AgreementSettingsDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent), m_db(db), m_service(db), m_organisation(storage::OrganisationRepository(db).read()), m_tabs(new QTabWidget(this)),
      m_previewTimer(new QTimer(this))
{
    setObjectName(u"agreementSettingsDialog"_s);
    setWindowTitle(tr("Agreement settings"));
    m_tabs->setObjectName(u"agreementSettingsTabs"_s);
    m_tabs->addTab(organisationPage(), tr("Organisation"));
    m_tabs->addTab(textsPage(), tr("Complaint guidance and confidentiality"));
    m_tabs->addTab(templatesPage(), tr("Templates"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &AgreementSettingsDialog::updatePreview);
    m_report = [this](const QString &message) { QMessageBox::warning(this, windowTitle(), message); };
    showTemplate();
    resize(1240, 820);
}

QWidget *AgreementSettingsDialog::organisationPage()
{
    auto *page = new QWidget(this);
    m_name = new QLineEdit(m_organisation.name, page);
    m_name->setObjectName(u"organisationName"_s);
    m_address = new QLineEdit(m_organisation.address, page);
    m_address->setObjectName(u"organisationAddress"_s);
    m_contact = new QLineEdit(m_organisation.contact, page);
    m_contact->setObjectName(u"organisationContact"_s);
    m_coordinatorName = new QLineEdit(m_organisation.coordinatorName, page);
    m_coordinatorName->setObjectName(u"coordinatorName"_s);
    m_coordinatorContact = new QLineEdit(m_organisation.coordinatorContact, page);
    m_coordinatorContact->setObjectName(u"coordinatorContact"_s);

    m_logo = new QLabel(page);
    m_logo->setObjectName(u"logoPreview"_s);
    m_logo->setMinimumSize(200, 70);
    m_logo->setFrameShape(QFrame::StyledPanel);
    m_logo->setAlignment(Qt::AlignCenter);
    auto *chooseLogo = new QPushButton(tr("Choose &logo…"), page);
    chooseLogo->setObjectName(u"chooseLogoButton"_s);
    m_removeLogo = new QPushButton(tr("&Remove logo"), page);
    m_removeLogo->setObjectName(u"removeLogoButton"_s);
    connect(chooseLogo, &QPushButton::clicked, this, &AgreementSettingsDialog::chooseLogo);
    connect(m_removeLogo, &QPushButton::clicked, this, [this] { setLogo({}); });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(m_removeLogo);
    logoRow->addStretch(1);

    auto *letterhead = new QGroupBox(tr("Letterhead"), page);
    auto *letterheadForm = new QFormLayout(letterhead);
    letterheadForm->addRow(tr("&Name:"), m_name);
    letterheadForm->addRow(tr("&Address:"), m_address);
    letterheadForm->addRow(tr("&Phone or e-mail:"), m_contact);
    letterheadForm->addRow(tr("Logo:"), logoRow);
    auto *contact = new QGroupBox(tr("Whom to contact if a course is not working"), page);
    auto *contactForm = new QFormLayout(contact);
    contactForm->addRow(tr("C&oordinator:"), m_coordinatorName);
    contactForm->addRow(tr("Coordinator's p&hone or e-mail:"), m_coordinatorContact);
    auto *note = new QLabel(tr("Every agreement names whom mentee and mentor contact if the course is not working; "
                               "MentorDesk prints no agreement until a coordinator is given here."),
                            contact);
    note->setWordWrap(true);
    contactForm->addRow(note);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(letterhead);
    layout->addWidget(contact);
    layout->addStretch(1);
    setLogo(m_organisation.logoPng);
    for (QLineEdit *edit : {m_name, m_address, m_contact, m_coordinatorName, m_coordinatorContact})
        connect(edit, &QLineEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    return page;
}

QWidget *AgreementSettingsDialog::textsPage()
{
    auto *page = new QWidget(this);
    m_complaintDa = textEdit(page, u"complaintDa"_s, agreements::defaultComplaintGuidance(AgreementLanguage::Danish));
    m_complaintEn = textEdit(page, u"complaintEn"_s, agreements::defaultComplaintGuidance(AgreementLanguage::English));
    m_confidentialityDa = textEdit(page, u"confidentialityDa"_s, agreements::defaultConfidentiality(AgreementLanguage::Danish));
    m_confidentialityEn = textEdit(page, u"confidentialityEn"_s, agreements::defaultConfidentiality(AgreementLanguage::English));
    m_complaintDa->setPlainText(m_organisation.complaintGuidanceDa);
    m_complaintEn->setPlainText(m_organisation.complaintGuidanceEn);
    m_confidentialityDa->setPlainText(m_organisation.confidentialityDa);
    m_confidentialityEn->setPlainText(m_organisation.confidentialityEn);

    auto *note = new QLabel(tr("An empty field prints MentorDesk's standard text, shown in grey. Write your own where your "
                               "organisation's complaint route or rules differ."),
                            page);
    note->setWordWrap(true);
    auto *grid = new QFormLayout;
    grid->addRow(tr("Complaint guidance, Danish:"), m_complaintDa);
    grid->addRow(tr("Complaint guidance, English:"), m_complaintEn);
    grid->addRow(tr("Duty of confidentiality, Danish:"), m_confidentialityDa);
    grid->addRow(tr("Duty of confidentiality, English:"), m_confidentialityEn);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(note);
    layout->addLayout(grid, 1);
    for (QPlainTextEdit *edit : {m_complaintDa, m_complaintEn, m_confidentialityDa, m_confidentialityEn})
        connect(edit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    return page;
}

QWidget *AgreementSettingsDialog::templatesPage()
{
    auto *page = new QWidget(this);
    m_scheme = new QComboBox(page);
    m_scheme->setObjectName(u"templateScheme"_s);
    for (const Scheme &scheme : storage::SchemeRepository(m_db).all())
        if (!scheme.archived)
            m_scheme->addItem(scheme.name, scheme.id);
    m_language = new QComboBox(page);
    m_language->setObjectName(u"templateLanguage"_s);
    for (const auto &entry : enumEntries<AgreementLanguage>())
        m_language->addItem(label(entry.value), int(entry.value));
    auto *restore = new QPushButton(tr("Restore the &standard template"), page);
    restore->setObjectName(u"restoreTemplateButton"_s);
    connect(restore, &QPushButton::clicked, this, &AgreementSettingsDialog::restoreDefault);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sc&heme:"), page));
    top->addWidget(m_scheme, 1);
    top->addWidget(new QLabel(tr("Lan&guage:"), page));
    top->addWidget(m_language);
    top->addWidget(restore);
    static_cast<QLabel *>(top->itemAt(0)->widget())->setBuddy(m_scheme);
    static_cast<QLabel *>(top->itemAt(2)->widget())->setBuddy(m_language);

    m_template = new QPlainTextEdit(page);
    m_template->setObjectName(u"templateEdit"_s);
    m_template->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_template->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_placeholders = new QTreeWidget(page);
    m_placeholders->setObjectName(u"placeholderList"_s);
    m_placeholders->setHeaderLabels({tr("Placeholder"), tr("Prints")});
    m_placeholders->setToolTip(tr("Double-click a placeholder to insert it where the cursor is."));
    QHash<int, QTreeWidgetItem *> groups;
    for (const agreements::Placeholder &p : agreements::placeholders()) {
        QTreeWidgetItem *&group = groups[int(p.group)];
        if (!group) {
            group = new QTreeWidgetItem(m_placeholders, {agreements::groupLabel(p.group)});
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group, {u"{{%1}}"_s.arg(QLatin1StringView(p.name)), agreements::description(p)});
        item->setData(0, kNameRole, QString::fromLatin1(p.name));
        item->setToolTip(1, agreements::description(p));
    }
    m_placeholders->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    connect(m_placeholders, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (const QString name = item->data(0, kNameRole).toString(); !name.isEmpty())
            insertPlaceholder(name);
    });

    m_preview = new QTextBrowser(page);
    m_preview->setObjectName(u"templatePreview"_s);
    m_problems = new QLabel(page);
    m_problems->setObjectName(u"templateProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::RichText);

    auto *left = new QSplitter(Qt::Vertical, page);
    left->addWidget(m_template);
    left->addWidget(m_placeholders);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    auto *previewColumn = new QWidget(page);
    auto *previewLayout = new QVBoxLayout(previewColumn);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview with a made-up course:"), previewColumn));
    previewLayout->addWidget(m_preview, 1);
    auto *split = new QSplitter(Qt::Horizontal, page);
    split->addWidget(left);
    split->addWidget(previewColumn);
    split->setSizes({620, 560});

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_problems);

    connect(m_scheme, &QComboBox::currentIndexChanged, this, &AgreementSettingsDialog::showTemplate);
    connect(m_language, &QComboBox::currentIndexChanged, this, &AgreementSettingsDialog::showTemplate);
    connect(m_template, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        keepTemplateEdit();
        m_previewTimer->start();
    });
    return page;
}

AgreementSettingsDialog::TemplateKey AgreementSettingsDialog::currentKey() const
{
    return {m_scheme->currentData().toLongLong(), m_language->currentData().toInt()};
}

void AgreementSettingsDialog::showTemplate()
{
    m_shown = currentKey();
    const auto language = AgreementLanguage(m_shown.second);
    QString html;
    if (const auto edited = m_edits.constFind(m_shown); edited != m_edits.cend())
        html = edited->isEmpty() ? agreements::defaultTemplate(language) : *edited;
    else
        html = m_service.effectiveTemplate(m_shown.first, language).html;
    m_loading = true;
    m_template->setPlainText(html);
    m_loading = false;
    m_template->setEnabled(m_scheme->count() > 0);
    updatePreview();
}

void AgreementSettingsDialog::keepTemplateEdit()
{
    if (m_shown.first != 0)
        m_edits.insert(m_shown, m_template->toPlainText());
}

void AgreementSettingsDialog::restoreDefault()
{
    if (m_shown.first == 0)
        return;
    m_loading = true;
    m_template->setPlainText(agreements::defaultTemplate(AgreementLanguage(m_shown.second)));
    m_loading = false;
    m_edits.insert(m_shown, QString());
    updatePreview();
}

void AgreementSettingsDialog::insertPlaceholder(const QString &name)
{
    m_template->insertPlainText(u"{{%1}}"_s.arg(name));
    m_template->setFocus();
}

void AgreementSettingsDialog::updatePreview()
{
    m_previewTimer->stop();
    const QString html = m_template->toPlainText();
    const auto language = AgreementLanguage(m_shown.second);
    m_preview->setHtml(m_service.preview(html, language, editedOrganisation()));
    const QStringList problems = agreements::templateProblems(html);
    if (problems.isEmpty()) {
        m_problems->setText(u"<span style='color:#1b5e20'>\u2714 %1</span>"_s.arg(tr("The template has every part an agreement needs.").toHtmlEscaped()));
        return;
    }
    QStringList lines;
    for (const QString &problem : problems)
        lines << problem.toHtmlEscaped();
    m_problems->setText(u"<span style='color:#b01c1c'>\u26a0 %1</span>"_s.arg(lines.join(u"<br>"_s)));
}

void AgreementSettingsDialog::setLogo(const QByteArray &png)
{
    m_organisation.logoPng = png;
    const QImage image = QImage::fromData(png);
    if (image.isNull()) {
        m_logo->setPixmap({});
        m_logo->setText(tr("No logo"));
    } else {
        m_logo->setPixmap(QPixmap::fromImage(image.scaled(200, 70, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    }
    m_removeLogo->setEnabled(!image.isNull());
    m_previewTimer->start();
}

void AgreementSettingsDialog::chooseLogo()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose logo"), QString(), tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)"));
    if (path.isEmpty())
        return;
    QImage image(path);
    if (image.isNull()) {
        m_report(tr("%1 is not an image MentorDesk can read.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    // Stored as a PNG of printing size: a photo-sized logo would make every agreement heavy.
    if (image.height() > 240)
        image = image.scaledToHeight(240, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    setLogo(png);
}

Organisation AgreementSettingsDialog::editedOrganisation() const
{
    Organisation o = m_organisation;
    o.name = m_name->text();
    o.address = m_address->text();
    o.contact = m_contact->text();
    o.coordinatorName = m_coordinatorName->text();
    o.coordinatorContact = m_coordinatorContact->text();
    o.complaintGuidanceDa = m_complaintDa->toPlainText();
    o.complaintGuidanceEn = m_complaintEn->toPlainText();
    o.confidentialityDa = m_confidentialityDa->toPlainText();
    o.confidentialityEn = m_confidentialityEn->toPlainText();
    return o;
}

void AgreementSettingsDialog::accept()
{
    // Every edited template is checked before anything is saved; the first refused one is
    // shown, and nothing is saved.
    QList<TemplateKey> keys = m_edits.keys();
    std::sort(keys.begin(), keys.end());
    QList<agreements::TemplateChange> changes;
    for (const TemplateKey &key : keys) {
        const QString html = m_edits.value(key);
        if (const QStringList problems = agreements::templateProblems(html); !html.isEmpty() && !problems.isEmpty()) {
            m_scheme->setCurrentIndex(m_scheme->findData(key.first));
            m_language->setCurrentIndex(m_language->findData(key.second));
            m_tabs->setCurrentIndex(2);
            m_report(tr("Nothing was saved: the template of %1 in %2 is not complete. %3")
                         .arg(m_scheme->currentText(), m_language->currentText(), problems.join(u' ')));
            return;
        }
        changes.append({key.first, AgreementLanguage(key.second), html});
    }
    if (const storage::Status saved = m_service.saveSettings(editedOrganisation(), changes); !saved) {
        m_report(saved.error());
        return;
    }
    m_edits.clear();
    QDialog::accept();
}

} // namespace mentordesk::gui
