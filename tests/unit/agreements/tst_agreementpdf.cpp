#include "agreementfixture.h"

#include "agreements/agreementservice.h"
#include "agreements/documentprinter.h"
#include "storage/agreementrepository.h"
#include "storage/auditrepository.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace mentordesk;
using namespace mentordesk::agreements;
using namespace mentordesk::domain;
using namespace mentordesk::testing;

namespace {

// Names with every Danish letter.
CourseChain danishCourse(TestDatabase &db)
{
    CourseSetup setup;
    setup.menteeFirst = u"Søren"_s;
    setup.menteeLast = u"Ærøskøbing Åberg"_s;
    setup.mentorFirst = u"Birthe"_s;
    return printableCourse(db, setup);
}

} // namespace

TEST_CASE("A Danish agreement PDF has the names with æøå, every required part and Side X af Y", "[agreements][pdf]")
{
    TestDatabase db;
    const CourseChain c = danishCourse(db);
    const QString pdf = db.dir.filePath(u"mentoraftale.pdf"_s);

    const auto issued = AgreementService(*db).issuePdf(c.courseId, AgreementLanguage::Danish, pdf);
    INFO(issued.error().toStdString());
    REQUIRE(issued.ok());
    CHECK(issued->version == 1);

    CHECK(pdfInfo(pdf, u"Page size"_s).startsWith(u"595 x 842 pts (A4)"_s));
    const int pages = pdfInfo(pdf, u"Pages"_s).toInt();
    CHECK(pages == 2);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Søren Ærøskøbing Åberg"_s));
    CHECK(text.contains(u"Birthe Ærø"_s));
    CHECK(text.contains(u"Jobcenter Ærøskøbing"_s));
    for (const QString &part : {u"Formål med mentorstøtten"_s, u"Mentorens opgaver"_s, u"Periode og timer"_s, u"Tavshedspligt"_s,
                                u"Klagevejledning"_s, u"Underskrifter"_s, u"Dato og underskrift"_s, u"Koordinator"_s})
        CHECK(text.contains(part));
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(u"Side %1 af %2"_s.arg(page).arg(pages)));
    CHECK_FALSE(text.contains(u"Page 1"_s));
    // Every line of text is on one page only (a page end would otherwise print it twice).
    CHECK(text.count(u"Klagevejledning"_s) == 1);
    CHECK(text.count(u"Mentor har tavshedspligt"_s) == 1);
    CHECK((QFileInfo(pdf).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
}

TEST_CASE("The organisation's logo is printed on the agreement and kept in its snapshot", "[agreements][pdf]")
{
    TestDatabase db;
    const CourseChain c = danishCourse(db);
    QImage logo(120, 40, QImage::Format_RGB32);
    logo.fill(QColor(0x1f, 0x5f, 0x8b));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(logo.save(&buffer, "PNG"));
    Organisation organisation = testOrganisation();
    organisation.logoPng = png;
    saveOrganisation(*db, organisation);

    const QString pdf = db.dir.filePath(u"logo.pdf"_s);
    const auto issued = AgreementService(*db).issuePdf(c.courseId, AgreementLanguage::Danish, pdf);
    REQUIRE(issued.ok());
    const QStringList images = popplerOutput(u"pdfimages"_s, {u"-list"_s, pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(images.size() == 1);
    CHECK(images.first().simplified().startsWith(u"1 0 image 120 40"_s));
    // A later logo does not change what was printed.
    saveOrganisation(*db);
    const auto saved = storage::AgreementRepository(*db).find(issued->id);
    CHECK(saved->snapshotHtml.contains(QString::fromLatin1(png.toBase64())));
}

TEST_CASE("An English agreement PDF speaks English whatever the program's language", "[agreements][pdf]")
{
    TestDatabase db;
    const CourseChain c = danishCourse(db);
    const QString pdf = db.dir.filePath(u"agreement.pdf"_s);
    REQUIRE(AgreementService(*db).issuePdf(c.courseId, AgreementLanguage::English, pdf).ok());
    const QString text = pdfText(pdf);
    for (const QString &part : {u"Mentor agreement"_s, u"Purpose of the mentor support"_s, u"Complaint guidance"_s,
                                u"Date and signature"_s, u"Page 1 of"_s})
        CHECK(text.contains(part));
    CHECK_FALSE(text.contains(u"Side 1"_s));
}

TEST_CASE("A long document runs over as many pages as it needs, numbered", "[agreements][pdf]")
{
    QTemporaryDir dir;
    QString html = u"<h1>Lang</h1>"_s;
    for (int i = 1; i <= 60; ++i)
        html += u"<h2>Afsnit %1</h2><p>Linje %1: æ ø å Æ Ø Å, en tekst der fylder en del af siden og bryder over flere linjer, "
                "så siderne skal deles midt i afsnittene, hvis ikke de flyttes hele.</p>"_s.arg(i);
    const QString pdf = dir.filePath(u"lang.pdf"_s);
    const auto pages = DocumentPrinter::writePdf(html, pdf, u"Lang"_s, [](int page, int of) { return u"Side %1 af %2"_s.arg(page).arg(of); });
    REQUIRE(pages.ok());
    CHECK(*pages >= 4);
    CHECK(pdfInfo(pdf, u"Pages"_s).toInt() == *pages);
    const QString text = pdfText(pdf);
    CHECK(text.contains(u"Side %1 af %1"_s.arg(*pages)));
    for (int i = 1; i <= 60; ++i) {
        INFO(i);
        CHECK(text.count(u"Linje %1:"_s.arg(i)) == 1);
    }
    CHECK(text.count(u"hvis ikke de flyttes hele."_s) == 60);  // "fl", not the ligature "ﬂ"
}

TEST_CASE("A PDF that cannot be written says where, and saves no agreement", "[agreements][pdf]")
{
    TestDatabase db;
    const CourseChain c = danishCourse(db);
    const QString pdf = db.dir.filePath(u"no-such-folder/mentoraftale.pdf"_s);
    const auto issued = AgreementService(*db).issuePdf(c.courseId, AgreementLanguage::Danish, pdf);
    REQUIRE_FALSE(issued.ok());
    CHECK(issued.error().startsWith(u"The PDF could not be written to %1"_s.arg(QDir::toNativeSeparators(pdf))));
    CHECK(db.rowCount(u"agreement"_s) == 0);
    CHECK_FALSE(QFileInfo::exists(pdf));
}

TEST_CASE("A PDF whose record is refused leaves the file it would replace as it was", "[agreements][pdf]")
{
    TestDatabase db;
    const CourseChain c = danishCourse(db);
    AgreementService service(*db);
    const QString pdf = db.dir.filePath(u"mentoraftale.pdf"_s);
    {
        QFile earlier(pdf);
        REQUIRE(earlier.open(QIODevice::WriteOnly));
        earlier.write("the agreement printed last year");
    }
    const auto prepared = service.prepare(c.courseId, AgreementLanguage::Danish);
    REQUIRE(prepared.ok());
    REQUIRE(service.record(*prepared).ok());  // someone else printed version 1 meanwhile

    const auto saved = service.savePdf(*prepared, pdf);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().contains(u"was saved meanwhile"_s));
    QFile earlier(pdf);
    REQUIRE(earlier.open(QIODevice::ReadOnly));
    CHECK(earlier.readAll() == "the agreement printed last year");
    CHECK(storage::AgreementRepository(*db).forCourse(c.courseId).size() == 1);
    CHECK(QDir(db.dir.path()).entryList({u"mentoraftale.pdf*"_s}, QDir::Files | QDir::Hidden).size() == 1);  // no temporary left
}

TEST_CASE("A saved version reprints exactly as it was printed, audited", "[agreements][pdf]")
{
    TestDatabase db;
    const CourseChain c = danishCourse(db);
    AgreementService service(*db);
    const QString first = db.dir.filePath(u"v1.pdf"_s);
    const auto issued = service.issuePdf(c.courseId, AgreementLanguage::Danish, first);
    REQUIRE(issued.ok());

    // The course changes after the print; the reprint still says what was signed.
    Course course = courseOf(*db, c.courseId);
    course.purpose = u"Et helt nyt formål"_s;
    REQUIRE(storage::CourseRepository(*db).update(course).ok());

    const QString again = db.dir.filePath(u"v1-again.pdf"_s);
    const auto saved = storage::AgreementRepository(*db).find(issued->id);
    REQUIRE(saved.has_value());
    REQUIRE(service.reprintPdf(*saved, again).ok());
    CHECK(pdfText(again) == pdfText(first));
    CHECK_FALSE(pdfText(again).contains(u"Et helt nyt formål"_s));
    CHECK(printsOf(*db, u"agreement"_s, issued->id) == 2);
    CHECK(storage::AgreementRepository(*db).forCourse(c.courseId).size() == 1);
}
