#include "settingsdialog.h"

#include "ui_settingsdialog.h"

namespace mentordesk::gui {

using i18n::Language;

SettingsDialog::SettingsDialog(Language current, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Language names are shown in their own language, so a user can always find theirs.
    m_ui->languageCombo->addItem(tr("Follow the system"), QVariant::fromValue(int(Language::System)));
    m_ui->languageCombo->addItem(QStringLiteral("Dansk"), QVariant::fromValue(int(Language::Danish)));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QVariant::fromValue(int(Language::English)));
    setLanguage(current);
}

SettingsDialog::~SettingsDialog() = default;

Language SettingsDialog::language() const
{
    return Language(m_ui->languageCombo->currentData().toInt());
}

void SettingsDialog::setLanguage(Language language)
{
    m_ui->languageCombo->setCurrentIndex(m_ui->languageCombo->findData(int(language)));
}

} // namespace mentordesk::gui
