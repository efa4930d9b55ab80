#include "shippedtexts.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace mentordesk::agreements {

namespace {

QString resource(const QString &stem, domain::AgreementLanguage language, const QString &suffix)
{
    QFile file(u":/templates/"_s + stem + u'_' + domain::toCode(language) + suffix);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

} // namespace

QString defaultTemplate(domain::AgreementLanguage language)
{
    return resource(u"agreement"_s, language, u".html"_s);
}

QString defaultComplaintGuidance(domain::AgreementLanguage language)
{
    return resource(u"complaint_guidance"_s, language, u".txt"_s);
}

QString defaultConfidentiality(domain::AgreementLanguage language)
{
    return resource(u"confidentiality"_s, language, u".txt"_s);
}

} // namespace mentordesk::agreements
