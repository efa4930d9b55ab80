#include "demovocabulary.h"

using namespace Qt::StringLiterals;

namespace mentordesk::demo::vocabulary {

const QStringList kFemaleNames = {u"Anne"_s, u"Mette"_s, u"Kirsten"_s, u"Hanne"_s, u"Susanne"_s, u"Lene"_s, u"Camilla"_s,
    u"Louise"_s, u"Sofie"_s, u"Ida"_s, u"Emma"_s, u"Freja"_s, u"Maja"_s, u"Signe"_s, u"Line"_s, u"Tina"_s, u"Birgitte"_s,
    u"Marianne"_s, u"Pernille"_s, u"Søs"_s, u"Åse"_s, u"Rikke"_s, u"Julie"_s, u"Cecilie"_s, u"Karen"_s, u"Helle"_s};
const QStringList kMaleNames = {u"Peter"_s, u"Jens"_s, u"Lars"_s, u"Søren"_s, u"Niels"_s, u"Henrik"_s, u"Thomas"_s,
    u"Mads"_s, u"Rasmus"_s, u"Jesper"_s, u"Morten"_s, u"Anders"_s, u"Mikkel"_s, u"Frederik"_s, u"Jonas"_s, u"Kasper"_s,
    u"Bjørn"_s, u"Torben"_s, u"Ole"_s, u"Kim"_s, u"Martin"_s, u"Emil"_s, u"Magnus"_s, u"Oliver"_s, u"Steen"_s, u"Ib"_s};
const QStringList kImmigrantFemaleNames = {u"Fatima"_s, u"Aisha"_s, u"Leyla"_s, u"Amina"_s, u"Nour"_s, u"Yasmin"_s,
    u"Hodan"_s, u"Olena"_s, u"Zahra"_s, u"Selam"_s, u"Mariam"_s, u"Kateryna"_s};
const QStringList kImmigrantMaleNames = {u"Mohammad"_s, u"Ahmed"_s, u"Ali"_s, u"Omar"_s, u"Yusuf"_s, u"Hassan"_s,
    u"Abdi"_s, u"Dawit"_s, u"Reza"_s, u"Mustafa"_s, u"Andrii"_s, u"Karim"_s};
const QStringList kLastNames = {u"Jensen"_s, u"Nielsen"_s, u"Hansen"_s, u"Pedersen"_s, u"Andersen"_s, u"Christensen"_s,
    u"Larsen"_s, u"Sørensen"_s, u"Rasmussen"_s, u"Jørgensen"_s, u"Petersen"_s, u"Madsen"_s, u"Kristensen"_s, u"Olsen"_s,
    u"Thomsen"_s, u"Christiansen"_s, u"Poulsen"_s, u"Johansen"_s, u"Møller"_s, u"Mortensen"_s, u"Knudsen"_s,
    u"Jakobsen"_s, u"Mikkelsen"_s, u"Østergaard"_s, u"Lund"_s, u"Holm"_s, u"Ærø"_s, u"Ågård"_s, u"Dahl"_s, u"Bæk"_s};
const QStringList kImmigrantLastNames = {u"Hussein"_s, u"Ali"_s, u"Yilmaz"_s, u"Mohamed"_s, u"Khan"_s, u"Abdullahi"_s,
    u"Haile"_s, u"Ahmadi"_s, u"Kaya"_s, u"Shevchenko"_s, u"Rahimi"_s, u"Osman"_s};
const QStringList kPostcodes = {u"1050 København K"_s, u"2200 København N"_s, u"2300 København S"_s,
    u"2400 København NV"_s, u"2450 København SV"_s, u"2500 Valby"_s, u"2600 Glostrup"_s, u"2620 Albertslund"_s,
    u"2630 Taastrup"_s, u"2800 Kongens Lyngby"_s, u"3000 Helsingør"_s, u"3400 Hillerød"_s, u"4000 Roskilde"_s,
    u"4700 Næstved"_s, u"5000 Odense C"_s, u"5220 Odense SØ"_s, u"5700 Svendborg"_s, u"6000 Kolding"_s,
    u"6200 Aabenraa"_s, u"6700 Esbjerg"_s, u"7100 Vejle"_s, u"7400 Herning"_s, u"8000 Aarhus C"_s, u"8200 Aarhus N"_s,
    u"8210 Aarhus V"_s, u"8700 Horsens"_s, u"8800 Viborg"_s, u"9000 Aalborg"_s, u"9200 Aalborg SV"_s, u"9700 Brønderslev"_s};
const QStringList kStreets = {u"Østergade"_s, u"Vestergade"_s, u"Nørregade"_s, u"Søndergade"_s, u"Skovvej"_s,
    u"Ågade"_s, u"Bøgevej"_s, u"Kærvej"_s, u"Møllevej"_s, u"Strandvejen"_s, u"Egevænget"_s, u"Åboulevarden"_s};
const QStringList kLanguages = {u"dansk"_s, u"engelsk"_s, u"arabisk"_s, u"tyrkisk"_s, u"somali"_s, u"tigrinya"_s,
    u"ukrainsk"_s, u"farsi"_s, u"polsk"_s, u"kurdisk"_s, u"urdu"_s, u"tysk"_s};
const QStringList kInterests = {u"fodbold"_s, u"madlavning"_s, u"musik"_s, u"løb"_s, u"gaming"_s, u"natur"_s,
    u"håndværk"_s, u"kunst"_s, u"læsning"_s, u"cykling"_s, u"fiskeri"_s, u"IT"_s, u"film"_s, u"dans"_s, u"svømning"_s,
    u"biler"_s, u"fitness"_s, u"strikning"_s};
const QStringList kQualifications = {
    u"Uddannet pædagog med ti års erfaring med unge i udsatte positioner. Mentoruddannelse 2023."_s,
    u"Socialrådgiver; kender beskæftigelsessystemet og uddannelsesvejledning indefra."_s,
    u"Tømrermester med egne lærlinge gennem tyve år; praktisk vejledning på arbejdspladsen."_s,
    u"Tidligere bankrådgiver; hjælper med budget, gæld og post fra det offentlige."_s,
    u"Lærer på erhvervsskolen; ser eleverne dagligt og kender skemaet og praktikforløbet."_s,
    u"Frivillig i ti år, kursus i integrationsmentoring og samtaleteknik; taler arabisk og dansk."_s,
    u"Sygeplejerske; erfaring med psykisk sårbarhed og kontakt til egen læge og psykiatri."_s};
const QStringList kOrganisations = {u"Vestergaard Byg ApS"_s, u"Netto Brønderslev"_s, u"Aarhus Kommune, Jobcenter"_s,
    u"Mentorhuset ApS"_s, u"Dansk Flygtningehjælp Frivillignet"_s, u"Røde Kors"_s, u"Erhvervsskolen Syd"_s};
const QStringList kNeeds = {
    u"Har svært ved at komme ud af døren om morgenen og møde stabilt op."_s,
    u"Usikker på dansk skriftligt; brug for hjælp til post fra kommunen og e-Boks."_s,
    u"Ønsker afklaring af uddannelsesvalg efter frafald på grundforløbet."_s,
    u"Social angst; brug for støtte til at tage offentlig transport og møde nye mennesker."_s,
    u"Gæld og uoverskuelig økonomi; behov for budget og kontakt til gældsrådgivning."_s,
    u"Nyankommet; brug for hjælp til at forstå arbejdsmarkedet og foreningslivet."_s,
    u"Fastholdelse i praktik: konflikter med kolleger og usikkerhed om forventninger."_s};
const QStringList kGoals = {u"Tage bussen alene til praktikstedet"_s, u"Møde til tiden fire dage om ugen"_s,
    u"Søge tre praktikpladser"_s, u"Få en lægelig vurdering"_s, u"Lave et månedligt budget"_s,
    u"Gennemføre grundforløbet"_s, u"Melde sig ind i en forening"_s, u"Skrive et CV på dansk"_s,
    u"Åbne og læse e-Boks hver uge"_s, u"Bestå køreprøven"_s};
const QStringList kPurposes = {
    u"Mentorstøtten skal hjælpe borgeren til at påbegynde og fastholde virksomhedspraktik."_s,
    u"Mentorstøtten skal støtte eleven i at gennemføre grundforløbet og finde en praktikplads."_s,
    u"Mentorstøtten skal give overblik over økonomi og post, så borgeren kan deltage i aktive tilbud."_s,
    u"Mentorstøtten skal hjælpe borgeren med at falde til i Danmark og komme i job eller uddannelse."_s};
const QStringList kTasks = {
    u"Ugentlige samtaler; følge med til første møde på praktikstedet; hjælpe med transport og struktur."_s,
    u"Støtte ved skemaændringer, kontakt til kontaktlærer, hjælp til lektier og fravær."_s,
    u"Gennemgå post og budget sammen; ledsage til gældsrådgivning; aftale næste skridt."_s,
    u"Vise rundt i lokalområdet, øve dansk i hverdagen, hjælpe med jobansøgninger og netværk."_s};
const QStringList kMeetingNotes = {
    u"Etabler kontakten: snak om weekenden. Fold historien ud: bussen var forsinket to gange. "
    "Mål for samtalen: en plan for morgenen. Udvikling: vækkeur og madpakke aftenen før."_s,
    u"Etabler kontakten: kaffe på biblioteket. Fold historien ud: brev fra kommunen skabte uro. "
    "Mål for samtalen: forstå brevet. Udvikling: læste det sammen og ringede til sagsbehandleren."_s,
    u"Gennemgik ugen. Mødte op alle dage i praktikken. Lille sejr: tog bussen alene. Mål: fortsætte rutinen."_s,
    u"Talte om uddannelsesvalg; besøgte erhvervsskolens hjemmeside. Mentee vil gerne prøve tømrerfaget."_s,
    u"Budget lavet for næste måned; aftalt at gemme kvitteringer. Mentee var træt, men engageret."_s,
    u"Øvede samtale til jobsamtale på dansk. Gik godt; mere træning i at fortælle om egne styrker."_s};
const QStringList kBeforeNext = {u"Mentee ringer til praktikstedet om mødetid."_s,
    u"Mentor finder tre praktikopslag."_s, u"Mentee tager bussen alene to gange."_s,
    u"Begge læser kontrakten igennem."_s, u"Mentee åbner e-Boks og tager billeder af nye breve."_s};
const QStringList kLogbook = {u"Lille sejr: mødte til tiden hele ugen."_s, u"Beslutning: søger ind på grundforløb 2."_s,
    u"Fremskridt: har selv ringet til lægen."_s, u"Brydningspunkt: vil gerne have fuldtidspraktik."_s,
    u"Aflyst møde, sygdom. Ny tid aftalt."_s, u"Kontakt med sagsbehandler om forlængelse."_s,
    u"Har meldt sig til fodbold i den lokale klub."_s, u"Mødte op til jobsamtale; afventer svar."_s};
const QStringList kPlaces = {u"Jobcentret"_s, u"Biblioteket"_s, u"Café i byen"_s, u"Praktikstedet"_s,
    u"Erhvervsskolen"_s, u"Gåtur i parken"_s, u"Hjemme hos mentee"_s};

const QStringList kCoordinators = {u"Lone Kjær, mentorkoordinator"_s, u"Jakob Friis, mentorkoordinator"_s,
    u"Pia Bech, tovholder"_s};
const QStringList kMenteeAssessments = {
    u"Det går lidt bedre. Jeg kommer oftere af sted, men morgenerne er stadig svære."_s,
    u"Jeg ved ikke rigtigt. Det er rart at have nogen at snakke med, men jeg føler ikke, at meget har ændret sig."_s,
    u"Jeg har fået styr på posten og budgettet. Jeg vil gerne fortsætte lidt endnu."_s,
    u"Praktikken er okay. Jeg er stadig nervøs for at tale med kollegerne."_s,
    u"Det hjælper, at mentor tager med første gang. Alene er det svært."_s,
    u"Jeg har det bedre end i starten og tør mere selv."_s};
const QStringList kMentorAssessments = {
    u"Tydelig fremgang: møder stabilt op og tager selv initiativ til kontakt med praktikstedet."_s,
    u"God kontakt. Delmålet om transport er nået; økonomien kræver stadig støtte."_s,
    u"Mentee er motiveret og har fået mere struktur på ugen. Vi arbejder videre med fremmøde."_s,
    u"Langsom, men stabil udvikling. Trives bedre i små skridt og faste aftaler."_s,
    u"Mentee har taget store skridt og klarer nu det meste selv; vi bør tale om afrunding."_s,
    u"Samarbejdet fungerer. Udfordringen er fortsat aflysninger, når det går dårligt."_s};
const QStringList kReviewAnswers = {
    u"Mål: transportmålet er nået, fremmøde er delvist nået. Kontakt: god og tillidsfuld. Timer: brugt som aftalt. "
    "Godt: tager selv bussen. Ændring: mere fokus på praktikken. Mentorstøtte er fortsat den rette hjælp."_s,
    u"Mål: budgettet er på plads; e-Boks åbnes hver uge. Kontakt: stabil. Timer: lidt under det bevilgede pga. sygdom. "
    "Godt: har selv ringet til gældsrådgivningen. Ændring: færre, længere møder. Mentorstøtte fortsat relevant."_s,
    u"Mål: grundforløbet følges, fravær faldet. Kontakt: eleven svarer på SMS. Timer: som aftalt. "
    "Godt: har fået en studiekammerat. Ændring: ingen. Mentorstøtte fortsat den rette hjælp."_s,
    u"Mål: CV skrevet, tre ansøgninger sendt. Kontakt: god. Timer: brugt. Godt: kom til samtale. "
    "Ændring: øve jobsamtaler. Mentorstøtte fortsat relevant, men afrunding nærmer sig."_s,
    u"Mål: lægelig vurdering er bestilt. Kontakt: svingende. Timer: under det bevilgede. "
    "Godt: møder op til de fleste aftaler. Ændring: faste mødetider. Overvej henvisning til bostøtte."_s};
const QStringList kHoursNotChecked = {u"Mentors timeregistrering manglede; tjekkes ved næste opfølgning."_s,
    u"Timesedlerne fra leverandøren var ikke modtaget; rykket."_s,
    u"Mentor var syg ved opfølgningen; timerne gennemgås pr. telefon."_s};
const QStringList kReviseGoalsNotes = {u"Nyt delmål: tage bussen alene til praktikstedet."_s,
    u"Målet om fuldtidspraktik udskudt; først stabilt fremmøde 20 timer om ugen."_s};
const QStringList kNoChemistryReasons = {
    u"Ingen kemi efter tredje møde; mentee ønsker en anden mentor."_s,
    u"Mentor og mentee har ikke fundet en god tone; begge ønsker et skifte. Ingens skyld."_s,
    u"Mentee vil hellere have en kvindelig mentor; ønsket var ikke kendt ved matchningen."_s};
const QStringList kMentorChangeLog = {u"Mentorskift: ingen kemi. Mentee er informeret; ny mentor findes."_s,
    u"Mentorskift aftalt med mentee og sagsbehandler."_s};
const QStringList kQuietLog = {u"Ingen kontakt i tre uger; mentor har ringet og skrevet uden svar."_s,
    u"Mentee er sygemeldt; mentor holder kontakten på SMS."_s};
const QStringList kFinalStatusJob = {
    u"Styrker: møder stabilt og tager selv kontakt. Har fået fast job med gode kolleger. Stadig svært: post fra det "
    "offentlige; kender nu borgerservice. Aftalt at mentee melder tilbage om et halvt år."_s,
    u"Ansat i fleksjob på praktikstedet. Styrker: ansvarlig og vellidt. Stadig svært: lange dage i dårlige perioder."_s};
const QStringList kFinalStatusEducation = {
    u"Styrker: gennemført grundforløbet og fået praktikplads. Stadig svært: morgenerne i dårlige perioder."_s,
    u"Optaget på uddannelsen og kommet godt i gang. Kontaktlæreren overtager opfølgningen. Stadig svært: skriftlige opgaver."_s};
const QStringList kFinalStatusGoals = {
    u"Målene er nået. Mentee har fået et netværk i foreningen og klarer hverdagen selv."_s,
    u"Styrker: overblik over økonomi og post, møder til tiden i praktikken. Stadig svært: nye situationer og "
    "skriftlig dansk. Aftalt at mentee melder tilbage om et halvt år."_s,
    u"I gang med virksomhedspraktik fire dage om ugen. Styrker: stabilt fremmøde. Stadig svært: transport i weekenden."_s};
const QStringList kFinalStatusMoved = {
    u"Forløbet afsluttet, da mentee er flyttet til en anden kommune. Sagen er overdraget til det nye jobcenter."_s};
const QStringList kFinalStatusOtherSupport = {
    u"Mentorstøtte er ikke længere den rette hjælp; mentee er henvist til bostøtte efter serviceloven."_s,
    u"Behandling går forud; mentee er henvist til psykiatrien, og sagsbehandler følger op."_s};
const QStringList kFinalStatusExpired = {
    u"Bevillingen er udløbet. Delvise fremskridt: bedre struktur; fremmødet svinger stadig."_s,
    u"Mulighederne er udtømt for nu; sagsbehandler vurderer et ressourceforløb."_s};
const QStringList kFinalStatusWithdrew = {
    u"Mentee ønskede ikke at fortsætte og er udeblevet fra de seneste møder. Sagsbehandler er orienteret."_s};
const QStringList kFinalStatusMentorStopped = {
    u"Mentor måtte stoppe; mentee ønskede ikke en ny mentor. Mål delvist nået."_s};
const QString kEndingConversationLog = u"Afslutningssamtale holdt; vi så tilbage på forløbet og mentees styrker."_s;
const QString kEndingCaseworkerLog = u"Sagsbehandler orienteret om afslutningen."_s;
const QStringList kContactAgreements = {u"SMS mellem møderne; mentor svarer inden for en arbejdsdag."_s,
    u"Telefon i dagtimerne; ingen kontakt i weekenden."_s, u"SMS og telefon; mentee må ringe ved akutte problemer."_s};
const QStringList kCancellationRules = {u"Afbud senest dagen før på SMS."_s,
    u"Afbud så tidligt som muligt; to udeblivelser i træk drøftes med koordinatoren."_s};
const QStringList kProgressNotes = {u"Godt på vej; øves hver uge."_s, u"Nået i praksis, men ikke hver gang."_s,
    u"Udskudt; først andre ting på plads."_s};

} // namespace mentordesk::demo::vocabulary
