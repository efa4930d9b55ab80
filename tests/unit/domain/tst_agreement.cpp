#include "qtcatch.h"

#include "domain/agreement.h"

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {
Agreement valid()
{
    Agreement a;
    a.courseId = 1;
    a.templateName = u"default"_s;
    a.snapshotHtml = u"<h1>Mentoraftale</h1>"_s;
    a.printedAt = QDateTime(QDate(2024, 6, 10), QTime(9, 0), Qt::UTC);
    return a;
}
} // namespace

TEST_CASE("Agreement complete is valid", "[domain][agreement]")
{
    CHECK(valid().validate().isEmpty());
}

TEST_CASE("Agreement needs course template snapshot and print time", "[domain][agreement]")
{
    Agreement a;
    a.version = 0;
    a.templateName = u" "_s;
    const Errors errors = a.validate();
    CHECK(fieldsOf(errors) == QStringList{u"course"_s, u"version"_s, u"template"_s, u"snapshot"_s, u"printed_at"_s});
    CHECK(messageFor(errors, u"version") == u"The agreement version must be 1 or higher."_s);
    CHECK(messageFor(errors, u"snapshot").contains(u"printed text"_s));
    CHECK(messageFor(errors, u"printed_at").contains(u"time of printing"_s));
}

TEST_CASE("Agreement version starts at 1", "[domain][agreement]")
{
    Agreement a = valid();
    a.version = 1;
    CHECK(a.validate().isEmpty());
    a.version = 3;
    CHECK(a.validate().isEmpty());
    a.version = 0;
    CHECK(fieldsOf(a.validate()) == QStringList{u"version"_s});
}

TEST_CASE("Agreement cannot be signed before it was printed", "[domain][agreement]")
{
    const QDate printed(2024, 6, 10);
    for (int who = 0; who < 3; ++who) {
        Agreement a = valid();
        QDate &signedOn = who == 0 ? a.signedByMentee : who == 1 ? a.signedByMentor : a.signedByCoordinator;
        signedOn = printed;
        CHECK(a.validate().isEmpty());
        signedOn = printed.addDays(-1);
        const Errors errors = a.validate();
        REQUIRE(fieldsOf(errors) == QStringList{u"signed"_s});
        CHECK(errors.first().message == u"An agreement cannot be signed before it has been printed."_s);
    }
    // Two early signatures give one error.
    Agreement a = valid();
    a.signedByMentee = printed.addDays(-2);
    a.signedByMentor = printed.addDays(-2);
    CHECK(fieldsOf(a.validate()) == QStringList{u"signed"_s});
}
