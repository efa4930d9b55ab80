#include "agreementlocale.h"

using namespace Qt::StringLiterals;

namespace mentordesk::agreements {

AgreementLocale::AgreementLocale(domain::AgreementLanguage language)
    : m_language(language),
      m_locale(language == domain::AgreementLanguage::Danish ? QLocale(QLocale::Danish, QLocale::Denmark)
                                                             : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    // English is the source language: only Danish needs the file (embedded by mentordesk_i18n).
    if (language == domain::AgreementLanguage::Danish && !m_translator.load(u":/i18n/mentordesk_da.qm"_s))
        qWarning("The Danish translation is not built in: Danish agreements print English texts.");
}

QString AgreementLocale::translate(const char *context, const char *source) const
{
    const QString translated = m_translator.translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString AgreementLocale::text(const char *source) const
{
    return translate("AgreementText", source);
}

QString AgreementLocale::date(const QDate &day) const
{
    if (!day.isValid())
        return {};
    return m_locale.toString(day, m_language == domain::AgreementLanguage::Danish ? u"d. MMMM yyyy"_s : u"d MMMM yyyy"_s);
}

QString AgreementLocale::number(double value) const
{
    return m_locale.toString(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace mentordesk::agreements
