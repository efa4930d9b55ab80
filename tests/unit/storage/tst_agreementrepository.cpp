#include "dbfixture.h"
#include "records.h"

#include "storage/agreementrepository.h"

using namespace Qt::StringLiterals;
using namespace mentordesk;
using namespace mentordesk::domain;
using namespace mentordesk::storage;
using namespace mentordesk::testing;

namespace {
Agreement agreement(Id courseId, const QString &html = u"<h1>Mentoraftale</h1><p>Søren Ærø</p>"_s)
{
    Agreement a;
    a.courseId = courseId;
    a.templateName = u"default"_s;
    a.snapshotHtml = html;
    return a;
}
} // namespace

TEST_CASE("AgreementRepository round trip with print time and printer by default", "[storage][agreement]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    AgreementRepository repo(*t);
    Agreement a = agreement(chain.courseId);
    a.language = AgreementLanguage::English;
    const auto id = repo.add(a);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(a.version == 1);
    CHECK(a.printedAt == fixedNow());
    CHECK(a.printedBy == u"coordinator1"_s);

    auto found = repo.find(*id);
    REQUIRE(found.has_value());
    CHECK(found->courseId == chain.courseId);
    CHECK(found->version == 1);
    CHECK(found->language == AgreementLanguage::English);
    CHECK(found->templateName == u"default"_s);
    CHECK(found->snapshotHtml == a.snapshotHtml);
    CHECK(found->printedAt == fixedNow());
    CHECK(found->printedBy == u"coordinator1"_s);
    CHECK_FALSE(found->signedByMentee.isValid());

    Agreement signedCopy = *found;
    signedCopy.signedByMentee = QDate(2024, 6, 14);
    signedCopy.signedByMentor = QDate(2024, 6, 15);
    signedCopy.signedByCoordinator = QDate(2024, 6, 16);
    REQUIRE(repo.update(signedCopy).ok());
    found = repo.find(*id);
    CHECK(found->signedByMentee == QDate(2024, 6, 14));
    CHECK(found->signedByMentor == QDate(2024, 6, 15));
    CHECK(found->signedByCoordinator == QDate(2024, 6, 16));
}

TEST_CASE("AgreementRepository numbers the versions of a course 1 2 3", "[storage][agreement]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    const Id otherCourse = addCourse(*t, chain.menteeId, chain.schemeId);
    AgreementRepository repo(*t);
    CHECK(repo.nextVersion(chain.courseId) == 1);
    for (int expected = 1; expected <= 3; ++expected) {
        Agreement a = agreement(chain.courseId, u"<p>Version %1</p>"_s.arg(expected));
        a.version = 99;  // ignored: the repository numbers the versions
        REQUIRE(repo.add(a).ok());
        CHECK(a.version == expected);
    }
    CHECK(repo.nextVersion(chain.courseId) == 4);
    Agreement other = agreement(otherCourse);
    REQUIRE(repo.add(other).ok());
    CHECK(other.version == 1);

    QList<int> versions;
    for (const Agreement &a : repo.forCourse(chain.courseId))
        versions << a.version;
    CHECK(versions == QList<int>{3, 2, 1});
    CHECK(repo.forCourse(chain.courseId).first().snapshotHtml == u"<p>Version 3</p>"_s);
}

TEST_CASE("AgreementRepository refuses an agreement without its printed text", "[storage][agreement]")
{
    TestDatabase t;
    const Chain chain = addCourseChain(*t);
    AgreementRepository repo(*t);
    Agreement a = agreement(chain.courseId, QString());
    const auto id = repo.add(a);
    CHECK_FALSE(id.ok());
    CHECK(id.error() == u"The printed text of the agreement is missing."_s);
    CHECK(t.rowCount(u"agreement"_s) == 0);
    // The refused attempt used no version number.
    Agreement good = agreement(chain.courseId);
    REQUIRE(repo.add(good).ok());
    CHECK(good.version == 1);
}
