#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>

using namespace Qt::StringLiterals;

namespace mentordesk::i18n {

QString languageCode(Language language)
{
    switch (language) {
    case Language::Danish: return u"da"_s;
    case Language::English: return u"en"_s;
    case Language::System: break;
    }
    return u"system"_s;
}

Language languageFromCode(const QString &code)
{
    if (code == u"da"_s)
        return Language::Danish;
    if (code == u"en"_s)
        return Language::English;
    return Language::System;
}

Translations::~Translations()
{
    removeInstalled();
}

void Translations::removeInstalled()
{
    if (!m_installed)
        return;
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    m_installed = false;
}

QLocale Translations::apply(Language language)
{
    removeInstalled();
    QLocale locale = language == Language::Danish    ? QLocale(QLocale::Danish, QLocale::Denmark)
                     : language == Language::English ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                                     : QLocale::system();
    if (locale.language() != QLocale::Danish)
        locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    // English has a file too: the plural forms of the "%n day(s)" messages.
    const bool app = m_app.load(locale, u"mentordesk"_s, u"_"_s, u":/i18n"_s);
    if (app)
        QCoreApplication::installTranslator(&m_app);
    bool qt = false;
    if (locale.language() == QLocale::Danish) {
        qt = m_qt.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (qt)
            QCoreApplication::installTranslator(&m_qt);
    }
    m_installed = app || qt;
    return locale;
}

} // namespace mentordesk::i18n
