#pragma once

#include "i18n/translations.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace mentordesk::gui {

// The user's preferences. Today: the language (follow the system, Danish, English).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(i18n::Language current, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    i18n::Language language() const;
    void setLanguage(i18n::Language language);

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace mentordesk::gui
