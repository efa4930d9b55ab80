#pragma once

#include "domain/enums.h"

#include <QDate>
#include <QLocale>
#include <QTranslator>

namespace mentordesk::agreements {

// The language an agreement is printed in, whatever language the program itself speaks: a
// Danish coordinator prints an English agreement for a mentee who reads English. Texts are
// looked up in MentorDesk's own translation file without installing it, so the window keeps
// its language; dates and numbers follow the agreement's locale.
class AgreementLocale {
public:
    explicit AgreementLocale(domain::AgreementLanguage language);
    AgreementLocale(const AgreementLocale &) = delete;
    AgreementLocale &operator=(const AgreementLocale &) = delete;

    domain::AgreementLanguage language() const { return m_language; }
    // A text marked with QT_TRANSLATE_NOOP("AgreementText", …).
    QString text(const char *source) const;
    template <typename E>
    QString label(E value) const
    {
        for (const auto &e : domain::enumEntries<E>())
            if (e.value == value)
                return translate("Enum", e.label);
        return {};
    }
    QString date(const QDate &day) const;              // "6. december 2026" / "6 December 2026"
    QString number(double value) const;                // 2,5 / 2.5, no trailing zeros

private:
    QString translate(const char *context, const char *source) const;

    domain::AgreementLanguage m_language;
    QLocale m_locale;
    QTranslator m_translator;
};

} // namespace mentordesk::agreements
