#include "qtcatch.h"

#include "domain/meetingnote.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace mentordesk::domain;

namespace {

MeetingNote sample()
{
    MeetingNote n;
    n.step(GuideStep::EstablishContact) = u"Kaffe; talked about the weekend."_s;
    n.step(GuideStep::SetGoal) = u"Find the bus to the internship.\nCheck the timetable together."_s;
    n.step(GuideStep::RoundOff) = u"Went well. Åse takes the 7:12 bus alone."_s;
    return n;
}

// Stands in for a Danish .qm: the guide's headings in the given wording.
class FakeTranslator : public QTranslator {
public:
    explicit FakeTranslator(QHash<QString, QString> texts) : m_texts(std::move(texts)) {}
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char * = nullptr, int = -1) const override
    {
        if (qstrcmp(context, "ConversationGuide") != 0)
            return {};
        return m_texts.value(QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_texts;
};

// Installs a translator for the scope of a test.
struct Installed {
    explicit Installed(QTranslator &t) : translator(t) { QCoreApplication::installTranslator(&translator); }
    ~Installed() { QCoreApplication::removeTranslator(&translator); }
    QTranslator &translator;
};

const QHash<QString, QString> kDanish{
    {u"Establish contact"_s, u"Skab kontakt"_s},
    {u"Unfold the story"_s, u"Fold historien ud"_s},
    {u"Set a goal for the conversation"_s, u"Sæt et mål for samtalen"_s},
    {u"Develop the conversation from the goal"_s, u"Udvikl samtalen ud fra målet"_s},
    {u"Round off"_s, u"Afrund samtalen"_s},
};

} // namespace

TEST_CASE("MeetingNote compose writes the headings of the filled steps only", "[domain][meetingnote]")
{
    const QString text = MeetingNote::compose(sample());
    CHECK(text
          == u"Establish contact:\nKaffe; talked about the weekend.\n\n"
             "Set a goal for the conversation:\nFind the bus to the internship.\nCheck the timetable together.\n\n"
             "Round off:\nWent well. Åse takes the 7:12 bus alone."_s);
    CHECK_FALSE(text.contains(u"Unfold the story"_s));
    CHECK_FALSE(text.contains(u"Develop the conversation"_s));
}

TEST_CASE("MeetingNote round trip keeps every part", "[domain][meetingnote]")
{
    MeetingNote n = sample();
    n.freeText = u"Imported from the old journal.\n\nSecond paragraph."_s;
    n.step(GuideStep::DevelopConversation) = u"Line one\n\nLine three after a blank line"_s;
    const MeetingNote back = MeetingNote::parse(MeetingNote::compose(n));
    CHECK(back.freeText == n.freeText);
    for (GuideStep step : ConversationGuide::steps())
        CHECK(back.step(step) == n.step(step));
    CHECK(back == n);
}

TEST_CASE("MeetingNote drops empty and blank sections", "[domain][meetingnote]")
{
    MeetingNote n;
    n.step(GuideStep::UnfoldStory) = u"   \n  "_s;
    n.freeText = u"\n"_s;
    CHECK(n.isEmpty());
    CHECK(MeetingNote::compose(n).isEmpty());
    n.step(GuideStep::RoundOff) = u"  Good  \n"_s;
    CHECK(MeetingNote::compose(n) == u"Round off:\nGood"_s);
    CHECK(MeetingNote::parse(QString()).isEmpty());
}

TEST_CASE("MeetingNote keeps text without a heading as the free part", "[domain][meetingnote]")
{
    const MeetingNote plain = MeetingNote::parse(u"Talked about school.\nRound off went fine."_s);
    CHECK(plain.freeText == u"Talked about school.\nRound off went fine."_s);
    for (GuideStep step : ConversationGuide::steps())
        CHECK(plain.step(step).isEmpty());

    // Text before the first heading stays free; a line merely mentioning a heading is text.
    const MeetingNote mixed = MeetingNote::parse(u"Note from the phone call\n\nRound off:\nsee you Friday"_s);
    CHECK(mixed.freeText == u"Note from the phone call"_s);
    CHECK(mixed.step(GuideStep::RoundOff) == u"see you Friday"_s);
}

TEST_CASE("MeetingNote reads Danish headings without a translation", "[domain][meetingnote]")
{
    const QString danish = u"Skab kontakt:\nKaffe og snak\n\nSæt et mål for samtalen:\nFind bussen\n\n"
                           "Udvikl samtalen ud fra målet:\nKøreplanen\n\nAfrund samtalen:\nGodt"_s;
    const MeetingNote n = MeetingNote::parse(danish);
    CHECK(n.freeText.isEmpty());
    CHECK(n.step(GuideStep::EstablishContact) == u"Kaffe og snak"_s);
    CHECK(n.step(GuideStep::SetGoal) == u"Find bussen"_s);
    CHECK(n.step(GuideStep::DevelopConversation) == u"Køreplanen"_s);
    CHECK(n.step(GuideStep::RoundOff) == u"Godt"_s);
    // Opened in English, saved again: English headings, same texts.
    CHECK(MeetingNote::compose(n).startsWith(u"Establish contact:\nKaffe og snak"_s));
}

TEST_CASE("MeetingNote in Danish writes Danish headings and still reads English ones", "[domain][meetingnote]")
{
    FakeTranslator danish(kDanish);
    Installed installed(danish);
    const QString text = MeetingNote::compose(sample());
    CHECK(text.startsWith(u"Skab kontakt:\nKaffe"_s));
    CHECK(text.contains(u"\n\nAfrund samtalen:\nWent well."_s));
    CHECK(MeetingNote::parse(text) == sample());

    const MeetingNote english = MeetingNote::parse(u"Unfold the story:\nA hard week\n\nRound off:\nBetter"_s);
    CHECK(english.step(GuideStep::UnfoldStory) == u"A hard week"_s);
    CHECK(english.step(GuideStep::RoundOff) == u"Better"_s);
}

TEST_CASE("MeetingNote reads the installed translation's own wording", "[domain][meetingnote]")
{
    FakeTranslator other({{u"Round off"_s, u"Afslutning af samtalen"_s}});
    Installed installed(other);
    CHECK(MeetingNote::parse(u"Afslutning af samtalen:\nGodt"_s).step(GuideStep::RoundOff) == u"Godt"_s);
}

TEST_CASE("MeetingNote reads loosely written headings", "[domain][meetingnote]")
{
    // Case, a Markdown mark, text on the heading's line, Windows line ends, a step twice.
    const MeetingNote n = MeetingNote::parse(
        u"## ROUND OFF: agreed on Friday\r\nbring the CV\r\n\r\nskab kontakt:\r\nhej\r\nRound off:\r\nand the letter"_s);
    CHECK(n.step(GuideStep::EstablishContact) == u"hej"_s);
    CHECK(n.step(GuideStep::RoundOff) == u"agreed on Friday\nbring the CV\n\nand the letter"_s);
    CHECK(n.freeText.isEmpty());
}
