#pragma once

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace mentordesk::i18n {

// The user's language choice: follow the system, or Danish or English regardless.
enum class Language { System, Danish, English };

QString languageCode(Language language);           // "system", "da", "en" (stored in settings)
Language languageFromCode(const QString &code);     // unknown → System

// Installs MentorDesk's and Qt's own translations (standard buttons, dialogs) on the running
// application for a language, replacing what was installed before. Owned by main(); the
// translators live as long as this object.
class Translations {
public:
    Translations() = default;
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;
    ~Translations();

    // Returns the locale now in use. Source strings are English; the English file holds only
    // their plural forms.
    QLocale apply(Language language);

private:
    void removeInstalled();
    QTranslator m_app;
    QTranslator m_qt;
    bool m_installed = false;
};

} // namespace mentordesk::i18n
