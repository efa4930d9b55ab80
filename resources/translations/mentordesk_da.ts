<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Agreement</name>
    <message>
        <source>An agreement belongs to a course.</source>
        <translation>En aftale skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>The agreement&apos;s template is missing.</source>
        <translation>Aftalens skabelon mangler.</translation>
    </message>
    <message>
        <source>The printed text of the agreement is missing.</source>
        <translation>Aftalens udskrevne tekst mangler.</translation>
    </message>
    <message>
        <source>The time of printing is missing.</source>
        <translation>Tidspunktet for udskrivning mangler.</translation>
    </message>
    <message>
        <source>The agreement could not be saved.</source>
        <translation>Aftalen kunne ikke gemmes.</translation>
    </message>
    <message>
        <source>The agreement version must be 1 or higher.</source>
        <translation>Aftalens version skal være 1 eller højere.</translation>
    </message>
    <message>
        <source>An agreement cannot be signed before it has been printed.</source>
        <translation>En aftale kan ikke underskrives, før den er blevet udskrevet.</translation>
    </message>
</context>
<context>
    <name>AgreementContent</name>
    <message>
        <source>the purpose of the support</source>
        <translation>formålet med støtten</translation>
    </message>
    <message>
        <source>a mentor (the course has no approved match)</source>
        <translation>en mentor (forløbet har intet godkendt match)</translation>
    </message>
    <message>
        <source>the mentor&apos;s phone or e-mail</source>
        <translation>mentors telefon eller e-mail</translation>
    </message>
    <message>
        <source>the mentor&apos;s tasks</source>
        <translation>mentors opgaver</translation>
    </message>
    <message>
        <source>the period (a planned end date)</source>
        <translation>perioden (en planlagt slutdato)</translation>
    </message>
    <message>
        <source>the hours per week (a grant)</source>
        <translation>timerne om ugen (en bevilling)</translation>
    </message>
    <message>
        <source>whom to contact if it is not working (the coordinator in Agreement settings)</source>
        <translation>hvem man kontakter, hvis det ikke fungerer (koordinatoren i Indstillinger for aftaler)</translation>
    </message>
</context>
<context>
    <name>AgreementService</name>
    <message>
        <source>The template was not saved. %1</source>
        <translation>Skabelonen blev ikke gemt. %1</translation>
    </message>
    <message>
        <source>Course %1 does not exist.</source>
        <translation>Forløb %1 findes ikke.</translation>
    </message>
    <message>
        <source>The agreement for course %1 cannot be printed: it lacks %2.</source>
        <translation>Aftalen for forløb %1 kan ikke udskrives: den mangler %2.</translation>
    </message>
    <message>
        <source>Another agreement for course %1 was saved meanwhile. Print again.</source>
        <translation>En anden aftale for forløb %1 blev gemt imens. Udskriv igen.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
</context>
<context>
    <name>AgreementText</name>
    <message>
        <source>by %1</source>
        <translation>senest %1</translation>
    </message>
    <message>
        <source>Date and signature</source>
        <translation>Dato og underskrift</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
    <message>
        <source>Mentor agreement</source>
        <translation>Mentoraftale</translation>
    </message>
    <message>
        <source>Keep the internship at the bakery and move on to a wage subsidy job.</source>
        <translation>Fastholde praktikken i bageriet og komme videre i løntilskud.</translation>
    </message>
    <message>
        <source>Weekly talks; go along on the first day; help with the transport plan.</source>
        <translation>Ugentlige samtaler; følge med første dag; hjælpe med transportplanen.</translation>
    </message>
    <message>
        <source>Trained social worker, ten years as a mentor.</source>
        <translation>Uddannet socialrådgiver, ti år som mentor.</translation>
    </message>
    <message>
        <source>Once a week, an hour, at the jobcentre</source>
        <translation>En gang om ugen, en time, på jobcentret</translation>
    </message>
    <message>
        <source>Text messages between meetings</source>
        <translation>SMS mellem møderne</translation>
    </message>
    <message>
        <source>Cancel by text message the day before</source>
        <translation>Afbud på SMS dagen før</translation>
    </message>
    <message>
        <source>Caseworker Anne Holm, jobcentre</source>
        <translation>Sagsbehandler Anne Holm, jobcentret</translation>
    </message>
    <message>
        <source>Mentor support (example)</source>
        <translation>Mentorstøtte (eksempel)</translation>
    </message>
    <message>
        <source>Take the bus to the internship alone</source>
        <translation>Tage bussen alene til praktikstedet</translation>
    </message>
</context>
<context>
    <name>AssignmentSolver</name>
    <message>
        <source>The problem is too large to solve exactly.</source>
        <translation>Opgaven er for stor til at blive løst præcist.</translation>
    </message>
    <message>
        <source>The solver found no optimal assignment.</source>
        <translation>Løseren fandt ingen optimal fordeling.</translation>
    </message>
    <message>
        <source>Score %1 is outside the range 0 to %2.</source>
        <translation>Scoren %1 ligger uden for intervallet 0 til %2.</translation>
    </message>
    <message>
        <source>A pair refers to mentee %1, who is not in the problem.</source>
        <translation>Et par henviser til mentee %1, som ikke er med i opgaven.</translation>
    </message>
    <message>
        <source>A pair refers to mentor %1, who is not in the problem.</source>
        <translation>Et par henviser til mentor %1, som ikke er med i opgaven.</translation>
    </message>
    <message>
        <source>A pin refers to mentee %1, who is not in the problem.</source>
        <translation>En fastlåsning henviser til mentee %1, som ikke er med i opgaven.</translation>
    </message>
    <message>
        <source>A pin refers to mentor %1, who is not in the problem.</source>
        <translation>En fastlåsning henviser til mentor %1, som ikke er med i opgaven.</translation>
    </message>
    <message>
        <source>Mentee %1 is pinned more than once.</source>
        <translation>Mentee %1 er fastlåst mere end én gang.</translation>
    </message>
    <message>
        <source>Mentor %1 has more pinned mentees (%2) than free places (%3).</source>
        <translation>Mentor %1 har flere fastlåste mentees (%2) end ledige pladser (%3).</translation>
    </message>
    <message>
        <source>The number of mentees cannot be negative.</source>
        <translation>Antallet af mentees kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Mentor %1 has a negative number of free places.</source>
        <translation>Mentor %1 har et negativt antal ledige pladser.</translation>
    </message>
</context>
<context>
    <name>AttentionItem</name>
    <message numerus="yes">
        <source>No meeting held for %n day(s)</source>
        <translation>
            <numerusform>Intet møde holdt i %n dag</numerusform>
            <numerusform>Intet møde holdt i %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 % of the granted hours delivered since %2</source>
        <translation>Kun %1 % af de bevilgede timer leveret siden %2</translation>
    </message>
    <message>
        <source>Status review was due on %1</source>
        <translation>Statusopfølgningen skulle have været holdt %1</translation>
    </message>
    <message numerus="yes">
        <source>Planned end on %1, in %n day(s)</source>
        <translation>
            <numerusform>Planlagt afslutning %1, om %n dag</numerusform>
            <numerusform>Planlagt afslutning %1, om %n dage</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned end on %1 has passed</source>
        <translation>Planlagt afslutning %1 er overskredet</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held with the mentor, no chemistry check recorded</source>
        <translation>
            <numerusform>%n møde holdt med mentoren, intet kemitjek registreret</numerusform>
            <numerusform>%n møder holdt med mentoren, intet kemitjek registreret</numerusform>
        </translation>
    </message>
    <message>
        <source>The purpose of the support is missing</source>
        <translation>Formålet med mentorstøtten mangler</translation>
    </message>
    <message>
        <source>The mentor&apos;s tasks are missing</source>
        <translation>Mentorens opgaver mangler</translation>
    </message>
    <message>
        <source>The mentor&apos;s qualifications are missing</source>
        <translation>Mentorens kvalifikationer mangler</translation>
    </message>
    <message>
        <source>No mentor agreement has been printed</source>
        <translation>Der er ikke udskrevet nogen mentoraftale</translation>
    </message>
    <message>
        <source>No mentor: the mentor change is not finished</source>
        <translation>Ingen mentor: mentorskiftet er ikke afsluttet</translation>
    </message>
    <message numerus="yes">
        <source>No meeting held since the course started %n day(s) ago</source>
        <translation>
            <numerusform>Intet møde holdt, siden forløbet startede for %n dag siden</numerusform>
            <numerusform>Intet møde holdt, siden forløbet startede for %n dage siden</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned end today</source>
        <translation>Planlagt afslutning i dag</translation>
    </message>
</context>
<context>
    <name>AttentionPlace</name>
    <message>
        <source>Opens the course form at the missing text</source>
        <translation>Åbner forløbets formular ved den manglende tekst</translation>
    </message>
    <message>
        <source>Opens the course&apos;s meetings with a new meeting</source>
        <translation>Åbner forløbets møder med et nyt møde</translation>
    </message>
    <message>
        <source>Opens the course&apos;s hours granted and delivered</source>
        <translation>Åbner forløbets bevilgede og leverede timer</translation>
    </message>
    <message>
        <source>Opens the course&apos;s status reviews with a new review</source>
        <translation>Åbner forløbets statusopfølgninger med en ny opfølgning</translation>
    </message>
    <message>
        <source>Opens the course to record the chemistry check</source>
        <translation>Åbner forløbet, så du kan registrere kemitjekket</translation>
    </message>
    <message>
        <source>Opens the course to find a new mentor</source>
        <translation>Åbner forløbet, så du kan finde en ny mentor</translation>
    </message>
    <message>
        <source>Opens the course&apos;s agreement details</source>
        <translation>Åbner forløbets oplysninger til mentoraftalen</translation>
    </message>
</context>
<context>
    <name>BulkAssignment</name>
    <message>
        <source>no admissible mentor (%1)</source>
        <translation>ingen mulig mentor (%1)</translation>
    </message>
    <message numerus="yes">
        <source>capacity exhausted: the places of all %n admissible mentor(s) went to other mentees</source>
        <translation>
            <numerusform>kapaciteten er opbrugt: pladserne hos den %n mulige mentor gik til andre mentees</numerusform>
            <numerusform>kapaciteten er opbrugt: pladserne hos alle %n mulige mentorer gik til andre mentees</numerusform>
        </translation>
    </message>
    <message>
        <source>no admissible mentor (there are no active mentors)</source>
        <translation>ingen mulig mentor (der er ingen aktive mentorer)</translation>
    </message>
    <message>
        <source>excluded for this run</source>
        <translation>udelukket i denne kørsel</translation>
    </message>
</context>
<context>
    <name>CaseloadSheet</name>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Hours delivered of granted</source>
        <translation>Leverede af bevilgede timer</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Seneste 4 uger</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Seneste møde</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Email and phone</source>
        <translation>E-mail og telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Sagsstamme</translation>
    </message>
    <message>
        <source>Open courses: %1 of a capacity of %2</source>
        <translation>Åbne forløb: %1 ud af en kapacitet på %2</translation>
    </message>
    <message>
        <source>Hours per week offered</source>
        <translation>Tilbudte timer om ugen</translation>
    </message>
    <message>
        <source>Hours across open courses</source>
        <translation>Timer i de åbne forløb</translation>
    </message>
    <message>
        <source>%1 delivered of %2 granted</source>
        <translation>%1 leveret af %2 bevilget</translation>
    </message>
    <message>
        <source>Confidentiality declaration signed</source>
        <translation>Tavshedserklæring underskrevet</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Åbne forløb</translation>
    </message>
    <message>
        <source>Caseload sheet: %1</source>
        <translation>Sagsoversigt: %1</translation>
    </message>
    <message>
        <source>Mentor %1, printed %2</source>
        <translation>Mentor %1, udskrevet %2</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>&quot;%1&quot; is not a gender (use female, male, other or kvinde, mand, andet).</source>
        <translation>&quot;%1&quot; er ikke et køn (brug kvinde, mand, andet eller female, male, other).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mentor type (use professional, volunteer, teacher, student, workplace, external or other).</source>
        <translation>&quot;%1&quot; er ikke en mentortype (brug professional, volunteer, teacher, student, workplace, external eller other – eller fx frivillig, lærer, elev, virksomhed, ekstern).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target group (use a code such as %2).</source>
        <translation>&quot;%1&quot; er ikke en målgruppe (brug en kode som %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation>&quot;%1&quot; er ikke et helt tal.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (e.g. 2,5).</source>
        <translation>&quot;%1&quot; er ikke et tal (fx 2,5).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Databasefilen (standard: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>generate: number of mentors.</source>
        <translation>generate: antal mentorer.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>generate: number of mentees.</source>
        <translation>generate: antal mentees.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>generate: random seed; the same seed gives the same data (default 1).</source>
        <translation>generate: startværdi for tilfældige tal; samme startværdi giver de samme data (standard 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>generate needs --mentors N and --mentees M.</source>
        <translation>generate kræver --mentors N og --mentees M.</translation>
    </message>
    <message>
        <source>--mentors, --mentees and --seed take whole numbers of 0 or more.</source>
        <translation>--mentors, --mentees og --seed skal være hele tal på 0 eller derover.</translation>
    </message>
    <message>
        <source>Database %1 is ready (data version %2).</source>
        <translation>Databasen %1 er klar (dataversion %2).</translation>
    </message>
    <message>
        <source>Added mentors: %1, mentees: %2, courses: %3, meetings: %4, logbook entries: %5, goals: %6.</source>
        <translation>Tilføjet – mentorer: %1, mentees: %2, forløb: %3, møder: %4, logbogsnotater: %5, mål: %6.</translation>
    </message>
    <message>
        <source>import: check the file and report every problem, write nothing.</source>
        <translation>import: kontrollér filen og rapportér alle problemer uden at skrive noget.</translation>
    </message>
    <message>
        <source>import: skip columns MentorDesk does not know.</source>
        <translation>import: spring kolonner over, som MentorDesk ikke kender.</translation>
    </message>
    <message>
        <source>export: excel-da (default; UTF-8 with BOM, semicolons) or rfc4180.</source>
        <translation>export: excel-da (standard; UTF-8 med BOM, semikolon) eller rfc4180.</translation>
    </message>
    <message>
        <source>DIALECT</source>
        <translation>DIALEKT</translation>
    </message>
    <message>
        <source>%1 needs what and a file, e.g. %1 mentors mentors.csv. See --help.</source>
        <translation>%1 kræver hvad og en fil, fx %1 mentors mentors.csv. Se --help.</translation>
    </message>
    <message>
        <source>%1 takes no further arguments. See --help.</source>
        <translation>%1 tager ikke flere argumenter. Se --help.</translation>
    </message>
    <message>
        <source>import takes mentors or mentees, not &quot;%1&quot;.</source>
        <translation>import tager mentors eller mentees, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>export takes mentors, mentees, courses or sessions, not &quot;%1&quot;.</source>
        <translation>export tager mentors, mentees, courses eller sessions, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--dialect is excel-da or rfc4180, not &quot;%1&quot;.</source>
        <translation>--dialect er excel-da eller rfc4180, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linje %2: %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, linje %2, kolonne %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Intet er importeret: %n problem fundet.</numerusform>
            <numerusform>Intet er importeret: %n problemer fundet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Ignorerede kolonner: %1</translation>
    </message>
    <message>
        <source>New schemes: %1</source>
        <translation>Nye ordninger: %1</translation>
    </message>
    <message>
        <source>Create it first with: mentordesk-cli --db FILE init</source>
        <translation>Opret den først med: mentordesk-cli --db FIL init</translation>
    </message>
    <message>
        <source>match: only the mentees of this scheme (its id).</source>
        <translation>match: kun mentees i denne ordning (dens id).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>match: write scores.csv, capacities.csv and assignment.csv into this folder.</source>
        <translation>match: skriv scores.csv, capacities.csv og assignment.csv i denne mappe.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>MAPPE</translation>
    </message>
    <message>
        <source>match: store the assignment as proposals.</source>
        <translation>match: gem fordelingen som forslag.</translation>
    </message>
    <message>
        <source>--scheme takes the id of a scheme, a whole number.</source>
        <translation>--scheme tager id&apos;et på en ordning, et helt tal.</translation>
    </message>
    <message>
        <source>MentorDesk without windows: set up and fill databases from scripts.

Commands:
  init                                    create or upgrade the database
  generate --mentors N --mentees M [--seed S]
                                          add realistic Danish demo data
  import mentors|mentees FILE.csv [--dry-run] [--ignore-unknown]
                                          import people from a spreadsheet (all or nothing)
  export mentors|mentees|courses|sessions FILE.csv [--dialect excel-da|rfc4180]
                                          write a register as CSV
  match [--scheme ID] [--dump DIR] [--propose]
                                          the best overall assignment of the waiting mentees
  agreement COURSE_ID --pdf FILE.pdf [--lang da|en]
                                          print a course&apos;s mentor agreement to PDF and save it as its next version
  agreement --due DIR [--lang da|en]
                                          the same for every open course without a current agreement</source>
        <translation>MentorDesk uden vinduer: opret og udfyld databaser fra scripts.

Kommandoer:
  init                                    opret eller opgrader databasen
  generate --mentors N --mentees M [--seed S]
                                          tilføj realistiske danske demodata
  import mentors|mentees FIL.csv [--dry-run] [--ignore-unknown]
                                          importér personer fra et regneark (alt eller intet)
  export mentors|mentees|courses|sessions FIL.csv [--dialect excel-da|rfc4180]
                                          skriv et register som CSV
  match [--scheme ID] [--dump MAPPE] [--propose]
                                          den bedste samlede fordeling af de ventende mentees
  agreement FORLØB_ID --pdf FIL.pdf [--lang da|en]
                                          udskriv et forløbs mentoraftale som PDF og gem den som næste version
  agreement --due MAPPE [--lang da|en]
                                          det samme for hvert åbent forløb uden en gældende aftale</translation>
    </message>
    <message>
        <source>agreement: the PDF file to write.</source>
        <translation>agreement: PDF-filen, der skal skrives.</translation>
    </message>
    <message>
        <source>agreement: write the agreements due into this folder.</source>
        <translation>agreement: skriv de aftaler, der skal fornyes, i denne mappe.</translation>
    </message>
    <message>
        <source>agreement: da or en (default: the language of the course&apos;s last agreement, else da).</source>
        <translation>agreement: da eller en (standard: sproget i forløbets seneste aftale, ellers da).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>SPROG</translation>
    </message>
    <message>
        <source>init, generate, import, export, match or agreement</source>
        <translation>init, generate, import, export, match eller agreement</translation>
    </message>
    <message>
        <source>Name one command: init, generate, import, export, match or agreement. See --help.</source>
        <translation>Angiv én kommando: init, generate, import, export, match eller agreement. Se --help.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: init, generate, import, export, match, agreement. See --help.</source>
        <translation>Ukendt kommando &quot;%1&quot;. Kommandoer: init, generate, import, export, match, agreement. Se --help.</translation>
    </message>
    <message>
        <source>--lang is da or en, not &quot;%1&quot;.</source>
        <translation>--lang er da eller en, ikke &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>agreement takes a course id and --pdf FILE.pdf, or --due DIR alone. See --help.</source>
        <translation>agreement tager et forløbs id og --pdf FIL.pdf, eller --due MAPPE alene. Se --help.</translation>
    </message>
    <message>
        <source>The course id is a whole number, not &quot;%1&quot;.</source>
        <translation>Forløbets id er et helt tal, ikke &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConversationGuide</name>
    <message>
        <source>Establish contact</source>
        <extracomment>Danish: Skab kontakt</extracomment>
        <translation>Skab kontakt</translation>
    </message>
    <message>
        <source>Say hello, ask how the week has been and make the mentee feel welcome.</source>
        <translation>Sig hej, spørg, hvordan ugen har været, og få menteen til at føle sig velkommen.</translation>
    </message>
    <message>
        <source>Unfold the story</source>
        <extracomment>Danish: Fold historien ud</extracomment>
        <translation>Fold historien ud</translation>
    </message>
    <message>
        <source>Let the mentee tell what has happened since last time; listen and ask open questions.</source>
        <translation>Lad menteen fortælle, hvad der er sket siden sidst; lyt, og stil åbne spørgsmål.</translation>
    </message>
    <message>
        <source>Set a goal for the conversation</source>
        <extracomment>Danish: Sæt et mål for samtalen</extracomment>
        <translation>Sæt et mål for samtalen</translation>
    </message>
    <message>
        <source>Agree what this conversation should lead to.</source>
        <translation>Aftal, hvad samtalen skal føre til.</translation>
    </message>
    <message>
        <source>Develop the conversation from the goal</source>
        <extracomment>Danish: Udvikl samtalen ud fra målet</extracomment>
        <translation>Udvikl samtalen ud fra målet</translation>
    </message>
    <message>
        <source>Work on the goal: possibilities, obstacles and the next small step.</source>
        <translation>Arbejd med målet: muligheder, forhindringer og det næste lille skridt.</translation>
    </message>
    <message>
        <source>Round off</source>
        <extracomment>Danish: Afrund samtalen</extracomment>
        <translation>Afrund samtalen</translation>
    </message>
    <message>
        <source>Sum up what was agreed and who does what before the next meeting.</source>
        <translation>Opsummér, hvad I har aftalt, og hvem der gør hvad inden næste møde.</translation>
    </message>
    <message>
        <source>Before we meet again we will…</source>
        <extracomment>Danish: Inden vi ses igen, vil vi…</extracomment>
        <translation>Inden vi ses igen, vil vi…</translation>
    </message>
    <message>
        <source>What does the mentee want help with, in their own words?</source>
        <translation>Hvad vil menteen gerne have hjælp til, med egne ord?</translation>
    </message>
    <message>
        <source>What works well in the mentee&apos;s life today?</source>
        <translation>Hvad fungerer godt i menteens liv i dag?</translation>
    </message>
    <message>
        <source>What has already been tried, and what came of it?</source>
        <translation>Hvad er allerede prøvet, og hvad kom der ud af det?</translation>
    </message>
    <message>
        <source>Who else is involved (caseworker, school, family), and what do they expect?</source>
        <translation>Hvem er ellers involveret (sagsbehandler, skole, familie), og hvad forventer de?</translation>
    </message>
    <message>
        <source>How often will we meet, how do we keep in touch, and how do we cancel?</source>
        <translation>Hvor tit skal vi mødes, hvordan holder vi kontakten, og hvordan melder vi afbud?</translation>
    </message>
    <message>
        <source>Where does the mentee want to be when the course ends?</source>
        <translation>Hvor vil menteen gerne være, når forløbet slutter?</translation>
    </message>
    <message>
        <source>Which goal matters most right now?</source>
        <translation>Hvilket mål er vigtigst lige nu?</translation>
    </message>
    <message>
        <source>What small first step can be taken before the next meeting?</source>
        <translation>Hvilket lille første skridt kan tages inden næste møde?</translation>
    </message>
    <message>
        <source>What might get in the way, and who can help?</source>
        <translation>Hvad kan komme i vejen, og hvem kan hjælpe?</translation>
    </message>
    <message>
        <source>What has moved since the goals were set?</source>
        <translation>Hvad har rykket sig, siden målene blev sat?</translation>
    </message>
    <message>
        <source>Do the goals still fit, or should they be adjusted?</source>
        <translation>Passer målene stadig, eller skal de justeres?</translation>
    </message>
    <message>
        <source>What gives the mentee energy, and what drains it?</source>
        <translation>Hvad giver menteen energi, og hvad dræner?</translation>
    </message>
    <message>
        <source>Is anything too heavy for a mentor, so it should be passed on to a professional?</source>
        <translation>Er der noget, der er for tungt for en mentor og bør gives videre til en fagperson?</translation>
    </message>
    <message>
        <source>How is the contact between us working?</source>
        <translation>Hvordan fungerer kontakten mellem os?</translation>
    </message>
    <message>
        <source>What has changed since the course began?</source>
        <translation>Hvad har ændret sig, siden forløbet begyndte?</translation>
    </message>
    <message>
        <source>Which strengths has the mentee found or used?</source>
        <translation>Hvilke styrker har menteen fundet eller brugt?</translation>
    </message>
    <message>
        <source>What is still hard?</source>
        <translation>Hvad er stadig svært?</translation>
    </message>
    <message>
        <source>How will the mentee keep going alone, and who can they turn to?</source>
        <translation>Hvordan kommer menteen videre på egen hånd, og hvem kan menteen gå til?</translation>
    </message>
    <message>
        <source>How do we want to say goodbye?</source>
        <translation>Hvordan vil vi sige farvel?</translation>
    </message>
    <message>
        <source>What does the mentee take with them from the course?</source>
        <translation>Hvad tager menteen med sig fra forløbet?</translation>
    </message>
    <message>
        <source>Should the mentee report back later, and when?</source>
        <translation>Skal menteen give lyd fra sig senere, og hvornår?</translation>
    </message>
    <message>
        <source>What progress has been made on each goal?</source>
        <translation>Hvilke fremskridt er der sket med hvert mål?</translation>
    </message>
    <message>
        <source>How does the contact between mentor and mentee work?</source>
        <translation>Hvordan fungerer kontakten mellem mentor og mentee?</translation>
    </message>
    <message>
        <source>Are the agreed hours being used? If not, why not?</source>
        <translation>Bliver de aftalte timer brugt? Hvis ikke, hvorfor ikke?</translation>
    </message>
    <message>
        <source>What has gone well since the last review?</source>
        <translation>Hvad er gået godt siden sidste statusopfølgning?</translation>
    </message>
    <message>
        <source>What should change in the coming period?</source>
        <translation>Hvad skal ændres i den kommende periode?</translation>
    </message>
    <message>
        <source>Is mentor support still the right help, or is other support needed?</source>
        <translation>Er mentorstøtte stadig den rette hjælp, eller er der brug for anden støtte?</translation>
    </message>
    <message>
        <source>Is there anything to hand over to the caseworker or another kind of support?</source>
        <translation>Er der noget, der skal gives videre til sagsbehandleren eller en anden slags støtte?</translation>
    </message>
</context>
<context>
    <name>Course</name>
    <message>
        <source>A course needs a mentee.</source>
        <translation>Et forløb skal have en mentee.</translation>
    </message>
    <message>
        <source>A course needs a scheme.</source>
        <translation>Et forløb skal have en ordning.</translation>
    </message>
    <message>
        <source>A course needs a start date.</source>
        <translation>Et forløb skal have en startdato.</translation>
    </message>
    <message>
        <source>Give a reason for the pause.</source>
        <translation>Angiv en begrundelse for pausen.</translation>
    </message>
    <message>
        <source>The course has no approved match with a mentor.</source>
        <translation>Forløbet har ikke et godkendt match med en mentor.</translation>
    </message>
    <message>
        <source>The purpose of the mentor support is missing.</source>
        <translation>Formålet med mentorstøtten mangler.</translation>
    </message>
    <message>
        <source>The mentor&apos;s tasks are missing.</source>
        <translation>Mentorens opgaver mangler.</translation>
    </message>
    <message>
        <source>The mentor&apos;s qualifications are missing.</source>
        <translation>Mentorens kvalifikationer mangler.</translation>
    </message>
    <message>
        <source>The legal basis is missing.</source>
        <translation>Lovgrundlaget mangler.</translation>
    </message>
    <message>
        <source>No hours have been granted.</source>
        <translation>Der er ikke bevilget nogen timer.</translation>
    </message>
    <message>
        <source>The course period (start and planned end) is missing.</source>
        <translation>Forløbsperioden (start og planlagt afslutning) mangler.</translation>
    </message>
    <message>
        <source>The course no longer exists.</source>
        <translation>Forløbet findes ikke længere.</translation>
    </message>
    <message>
        <source>A course cannot go from %1 to %2.</source>
        <translation>Et forløb kan ikke skifte fra %1 til %2.</translation>
    </message>
    <message>
        <source>A new course must start with the status planned.</source>
        <translation>Et nyt forløb skal starte med status planlagt.</translation>
    </message>
</context>
<context>
    <name>CourseSummary</name>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>none (mentor change)</source>
        <translation>ingen (mentorskift)</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Status and phase</source>
        <translation>Status og fase</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Mentor&apos;s tasks</source>
        <translation>Mentorens opgaver</translation>
    </message>
    <message>
        <source>Hours so far</source>
        <translation>Timer indtil nu</translation>
    </message>
    <message>
        <source>%1 delivered of %2 granted (%3 %)</source>
        <translation>%1 leveret af %2 bevilget (%3 %)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Begyndt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Hours held, running total</source>
        <translation>Afholdte timer i alt</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbog</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Shared with the caseworker</source>
        <translation>Delt med sagsbehandleren</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>Course summary: %1</source>
        <translation>Forløbsoversigt: %1</translation>
    </message>
    <message>
        <source>Course %1, printed %2</source>
        <translation>Forløb %1, udskrevet %2</translation>
    </message>
    <message>
        <source>%1, phase %2</source>
        <translation>%1, fase %2</translation>
    </message>
</context>
<context>
    <name>CourseWorkflow</name>
    <message>
        <source>The course no longer exists.</source>
        <translation>Forløbet findes ikke længere.</translation>
    </message>
    <message>
        <source>Only an active or paused course can be ended; this course is %1.</source>
        <translation>Kun et aktivt forløb eller et forløb på pause kan afsluttes; dette forløb er %1.</translation>
    </message>
    <message>
        <source>Say why the mentor is changed.</source>
        <translation>Angiv, hvorfor mentoren skiftes.</translation>
    </message>
    <message>
        <source>A mentor change keeps the course open; to end the course, record its ending.</source>
        <translation>Et mentorskift holder forløbet åbent; vil du afslutte forløbet, skal du registrere afslutningen.</translation>
    </message>
    <message>
        <source>The mentor of a course that is %1 cannot be changed.</source>
        <translation>Mentoren kan ikke skiftes på et forløb, der er %1.</translation>
    </message>
    <message>
        <source>The course has no mentor to change.</source>
        <translation>Forløbet har ingen mentor, der kan skiftes.</translation>
    </message>
    <message>
        <source>Mentor change</source>
        <translation>Mentorskift</translation>
    </message>
    <message>
        <source>Say why the course is paused.</source>
        <translation>Angiv, hvorfor forløbet sættes på pause.</translation>
    </message>
    <message>
        <source>Only an active course can be paused; this course is %1.</source>
        <translation>Kun et aktivt forløb kan sættes på pause; dette forløb er %1.</translation>
    </message>
    <message>
        <source>Only a paused course can be resumed; this course is %1.</source>
        <translation>Kun et forløb på pause kan genoptages; dette forløb er %1.</translation>
    </message>
    <message>
        <source>The course has no mentor whose chemistry could be checked.</source>
        <translation>Forløbet har ingen mentor, så kemien kan ikke tjekkes.</translation>
    </message>
    <message>
        <source>The mentee&apos;s course ended.</source>
        <translation>Menteens forløb er afsluttet.</translation>
    </message>
    <message>
        <source>The chemistry can only be checked on an active or paused course; this course is %1.</source>
        <translation>Kemien kan kun tjekkes på et aktivt forløb eller et forløb på pause; dette forløb er %1.</translation>
    </message>
</context>
<context>
    <name>Cpr</name>
    <message>
        <source>CPR number &quot;%1&quot; does not have the form DDMMYY-SSSS.</source>
        <translation>CPR-nummeret &quot;%1&quot; har ikke formen DDMMÅÅ-XXXX.</translation>
    </message>
    <message>
        <source>CPR number &quot;%1&quot; does not start with a valid date (DDMMYY).</source>
        <translation>CPR-nummeret &quot;%1&quot; begynder ikke med en gyldig dato (DDMMÅÅ).</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is saved as UTF-16 (&quot;Unicode text&quot;), not as CSV: save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>Filen er gemt som UTF-16 (&quot;Unicode-tekst&quot;), ikke som CSV: gem den som &quot;CSV UTF-8&quot;, og prøv igen</translation>
    </message>
    <message>
        <source>The file is a spreadsheet workbook, not CSV: save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>Filen er en regnearksprojektmappe, ikke CSV: gem den som &quot;CSV UTF-8&quot;, og prøv igen</translation>
    </message>
    <message>
        <source>The file is not text (it contains NUL bytes): choose a CSV file, or save the data as &quot;CSV UTF-8&quot; and try again</source>
        <translation>Filen er ikke tekst (den indeholder NUL-tegn): vælg en CSV-fil, eller gem dataene som &quot;CSV UTF-8&quot;, og prøv igen</translation>
    </message>
    <message>
        <source>Line %1 has %2 fields but the header has %3: add or remove separators (%4) so they match, or quote fields that contain one</source>
        <translation>Linje %1 har %2 felter, men overskriften har %3: tilføj eller fjern skilletegn (%4), så de passer, eller sæt anførselstegn om felter, der indeholder et</translation>
    </message>
    <message>
        <source>A quote (&quot;) appears inside a field that does not start with one: put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation>Et anførselstegn (&quot;) står inde i et felt, der ikke begynder med et: sæt hele feltet i anførselstegn, og fordobl anførselstegnet (&quot;&quot;)</translation>
    </message>
    <message>
        <source>The quoted field that starts here is never closed: add the missing &quot;</source>
        <translation>Feltet i anførselstegn, der begynder her, bliver aldrig lukket: tilføj det manglende &quot;</translation>
    </message>
    <message>
        <source>Text follows the closing quote of a field: put the whole field in quotes and double every quote inside it (&quot;&quot;)</source>
        <translation>Der står tekst efter feltets afsluttende anførselstegn: sæt hele feltet i anførselstegn, og fordobl alle anførselstegn inde i det (&quot;&quot;)</translation>
    </message>
    <message>
        <source>The column name &quot;%1&quot; appears twice (columns %2 and %3): rename or remove one of them</source>
        <translation>Kolonnenavnet &quot;%1&quot; står der to gange (kolonne %2 og %3): omdøb eller fjern den ene</translation>
    </message>
    <message>
        <source>…and more problems: correct the ones above and read the file again</source>
        <translation>…og flere problemer: ret dem ovenfor, og indlæs filen igen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan ikke læses: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Filen %1 findes ikke.</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be created.</source>
        <translation>Mappen til %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>The file %1 is already open in another MentorDesk window (process %2 on %3). Close it there, or open another file.</source>
        <translation>Filen %1 er allerede åben i et andet MentorDesk-vindue (proces %2 på %3). Luk den dér, eller åbn en anden fil.</translation>
    </message>
    <message>
        <source>MentorDesk cannot create the lock file next to %1. Check that the folder is writable.</source>
        <translation>MentorDesk kan ikke oprette låsefilen ved siden af %1. Kontrollér, at der kan skrives i mappen.</translation>
    </message>
    <message>
        <source>%1 is not a MentorDesk database. The file was not changed.</source>
        <translation>%1 er ikke en MentorDesk-database. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not of MentorDesk. The file was not changed.</source>
        <translation>%1 er en database fra et andet program, ikke fra MentorDesk. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened. The file was not changed; restore it from a backup.</source>
        <translation>%1 er beskadiget og kan ikke åbnes. Filen er ikke blevet ændret. Gendan den fra en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 cannot be opened. Check the permissions and free disk space.</source>
        <translation>%1 kan ikke åbnes. Kontrollér rettighederne og den ledige diskplads.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing. Check the permissions and free disk space.</source>
        <translation>%1 kan ikke åbnes til skrivning. Kontrollér rettighederne og den ledige diskplads.</translation>
    </message>
    <message>
        <source>%1 needs an upgrade, but the safety copy could not be written. The file was not changed.</source>
        <translation>%1 skal opgraderes, men sikkerhedskopien kunne ikke skrives. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 could not be upgraded to data version %2. Nothing was changed.</source>
        <translation>%1 kunne ikke opgraderes til dataversion %2. Intet er blevet ændret.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name for the backup.</source>
        <translation>%1 findes allerede. Vælg et andet navn til sikkerhedskopien.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written. Check the free disk space and permissions.</source>
        <translation>Sikkerhedskopien %1 kunne ikke skrives. Kontrollér den ledige diskplads og rettighederne.</translation>
    </message>
    <message>
        <source>The integrity check of %1 found damage. Restore a backup.</source>
        <translation>Integritetskontrollen af %1 fandt beskadigede data. Gendan en sikkerhedskopi.</translation>
    </message>
    <message>
        <source>%1 was written by a newer MentorDesk (data version %2; this program supports up to %3). Install the newer MentorDesk to open it. The file was not changed.</source>
        <translation>%1 er skrevet af en nyere MentorDesk (dataversion %2; dette program understøtter op til %3). Installér den nyere MentorDesk for at åbne den. Filen er ikke blevet ændret.</translation>
    </message>
    <message>
        <source>%1 cannot be read right now (no permission, or another program is using it). The file was not changed; check the access and try again.</source>
        <translation>%1 kan ikke læses lige nu (ingen adgang, eller et andet program bruger den). Filen er ikke blevet ændret. Kontrollér adgangen, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>The number of mentors and mentees cannot be negative.</source>
        <translation>Antallet af mentorer og mentees kan ikke være negativt.</translation>
    </message>
    <message>
        <source>Demo mentees need at least one demo mentor.</source>
        <translation>Demomentees kræver mindst én demomentor.</translation>
    </message>
    <message>
        <source>The database is busy; no demo data was added.</source>
        <translation>Databasen er optaget. Der er ikke tilføjet demodata.</translation>
    </message>
    <message>
        <source>The demo data could not be written. Nothing was added.</source>
        <translation>Demodata kunne ikke skrives. Intet er tilføjet.</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>PDF-filen kunne ikke skrives til %1: %2</translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <source>An ending belongs to a course.</source>
        <translation>En afslutning skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>Enter the end date.</source>
        <translation>Angiv slutdatoen.</translation>
    </message>
    <message>
        <source>The end date is before the course started (%1).</source>
        <translation>Slutdatoen ligger før forløbets start (%1).</translation>
    </message>
    <message>
        <source>Ret-og-pligt support may only end when the mentee is in an active offer.</source>
        <translation>Mentorstøtte efter ret og pligt må kun afsluttes, når menteen er i et aktivt tilbud.</translation>
    </message>
    <message>
        <source>The follow-up contact must come after the end date.</source>
        <translation>Opfølgningskontakten skal ligge efter slutdatoen.</translation>
    </message>
</context>
<context>
    <name>EntityStore</name>
    <message>
        <source>The record no longer exists. Nothing was saved.</source>
        <translation>Posten findes ikke længere. Intet er gemt.</translation>
    </message>
    <message>
        <source>The database is busy with another change. Nothing was saved; try again in a moment.</source>
        <translation>Databasen er optaget af en anden ændring. Intet er gemt. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The change could not be written to disk. Nothing was saved.</source>
        <translation>Ændringen kunne ikke skrives til disken. Intet er gemt.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Full-time mentor</source>
        <translation>Fuldtidsmentor</translation>
    </message>
    <message>
        <source>Part-time or teacher mentor</source>
        <translation>Deltids- eller lærermentor</translation>
    </message>
    <message>
        <source>Student mentor</source>
        <translation>Elevmentor</translation>
    </message>
    <message>
        <source>Workplace mentor</source>
        <translation>Virksomhedsmentor</translation>
    </message>
    <message>
        <source>External provider</source>
        <translation>Ekstern leverandør</translation>
    </message>
    <message>
        <source>Volunteer mentor</source>
        <translation>Frivillig mentor</translation>
    </message>
    <message>
        <source>Other mentor function</source>
        <translation>Anden mentorfunktion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkiveret</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Matchet</translation>
    </message>
    <message>
        <source>In course</source>
        <translation>I forløb</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinde</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mand</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Jobcentre</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <source>Vocational school</source>
        <translation>Erhvervsskole</translation>
    </message>
    <message>
        <source>Volunteer organisation</source>
        <translation>Frivillig organisation</translation>
    </message>
    <message>
        <source>Workplace</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Activity-ready, cash benefit</source>
        <translation>Aktivitetsparat, kontanthjælp</translation>
    </message>
    <message>
        <source>Activity-ready, education benefit</source>
        <translation>Aktivitetsparat, uddannelseshjælp</translation>
    </message>
    <message>
        <source>Job-ready</source>
        <translation>Jobparat</translation>
    </message>
    <message>
        <source>Sickness benefit</source>
        <translation>Sygedagpenge</translation>
    </message>
    <message>
        <source>Resource programme</source>
        <translation>Ressourceforløb</translation>
    </message>
    <message>
        <source>Flex job</source>
        <translation>Fleksjob</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>I beskæftigelse</translation>
    </message>
    <message>
        <source>Young person in education</source>
        <translation>Ung under uddannelse</translation>
    </message>
    <message>
        <source>Vocational student</source>
        <translation>Erhvervsskoleelev</translation>
    </message>
    <message>
        <source>Refugee or immigrant</source>
        <translation>Flygtning eller indvandrer</translation>
    </message>
    <message>
        <source>No Danish</source>
        <translation>Intet dansk</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Grundlæggende</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Mellemniveau</translation>
    </message>
    <message>
        <source>Fluent</source>
        <translation>Flydende</translation>
    </message>
    <message>
        <source>Native</source>
        <translation>Modersmål</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Forslag</translation>
    </message>
    <message>
        <source>Bulk assignment</source>
        <translation>Massetildeling</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Chemistry works</source>
        <translation>Kemien fungerer</translation>
    </message>
    <message>
        <source>No chemistry</source>
        <translation>Ingen kemi</translation>
    </message>
    <message>
        <source>Mentee&apos;s request</source>
        <translation>Menteens ønske</translation>
    </message>
    <message>
        <source>Mentor&apos;s request</source>
        <translation>Mentorens ønske</translation>
    </message>
    <message>
        <source>Mentor unavailable</source>
        <translation>Mentor ikke tilgængelig</translation>
    </message>
    <message>
        <source>Course ended</source>
        <translation>Forløb afsluttet</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <source>Individual mentor</source>
        <translation>Individuel mentor</translation>
    </message>
    <message>
        <source>Shared mentor (pladsmentor)</source>
        <translation>Pladsmentor</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Afklaring</translation>
    </message>
    <message>
        <source>Goals and direction</source>
        <translation>Mål og retning</translation>
    </message>
    <message>
        <source>The long haul</source>
        <translation>Den lange bane</translation>
    </message>
    <message>
        <source>Rounding off</source>
        <translation>Afrunding</translation>
    </message>
    <message>
        <source>Ending</source>
        <translation>Afslutning</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Sub-goal</source>
        <translation>Delmål</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbent</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Nået</translation>
    </message>
    <message>
        <source>Partly reached</source>
        <translation>Delvist nået</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysisk møde</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Text message or e-mail</source>
        <translation>SMS eller e-mail</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Første møde</translation>
    </message>
    <message>
        <source>Ordinary meeting</source>
        <translation>Almindeligt møde</translation>
    </message>
    <message>
        <source>Three-party meeting</source>
        <translation>Trepartsmøde</translation>
    </message>
    <message>
        <source>Status meeting</source>
        <translation>Statusmøde</translation>
    </message>
    <message>
        <source>Ending meeting</source>
        <translation>Afslutningsmøde</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled by mentee</source>
        <translation>Aflyst af mentee</translation>
    </message>
    <message>
        <source>Cancelled by mentor</source>
        <translation>Aflyst af mentor</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Adjust hours</source>
        <translation>Justér timer</translation>
    </message>
    <message>
        <source>Revise goals</source>
        <translation>Revidér mål</translation>
    </message>
    <message>
        <source>Change mentor</source>
        <translation>Skift mentor</translation>
    </message>
    <message>
        <source>Renew grant</source>
        <translation>Forlæng bevillingen</translation>
    </message>
    <message>
        <source>End the course</source>
        <translation>Afslut forløbet</translation>
    </message>
    <message>
        <source>Goals reached</source>
        <translation>Mål nået</translation>
    </message>
    <message>
        <source>In an active offer</source>
        <translation>I aktivt tilbud</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Uddannelse</translation>
    </message>
    <message>
        <source>Possibilities exhausted</source>
        <translation>Mulighederne er udtømt</translation>
    </message>
    <message>
        <source>Mentee withdrew</source>
        <translation>Mentee trak sig</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Fraflyttet</translation>
    </message>
    <message>
        <source>Mentor stopped</source>
        <translation>Mentor stoppede</translation>
    </message>
    <message>
        <source>Grant expired</source>
        <translation>Bevilling udløbet</translation>
    </message>
    <message>
        <source>Moved to other support</source>
        <translation>Overgået til anden støtte</translation>
    </message>
    <message>
        <source>Ordinary job</source>
        <translation>Ordinært job</translation>
    </message>
    <message>
        <source>Active offer</source>
        <translation>Aktivt tilbud</translation>
    </message>
    <message>
        <source>Kept job or education</source>
        <translation>Fastholdt i job eller uddannelse</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Ingen ændring</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Oprettelse</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Ændring</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskrivning</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Shared languages</source>
        <translation>Fælles sprog</translation>
    </message>
    <message>
        <source>Shared interests</source>
        <translation>Fælles interesser</translation>
    </message>
    <message>
        <source>Preferred mentor gender</source>
        <translation>Ønsket mentorkøn</translation>
    </message>
    <message>
        <source>Preferred mentor age</source>
        <translation>Ønsket mentoralder</translation>
    </message>
    <message>
        <source>Meeting times in common</source>
        <translation>Fælles mødetider</translation>
    </message>
    <message>
        <source>Living near each other</source>
        <translation>Bor tæt på hinanden</translation>
    </message>
    <message>
        <source>Mentor type suits the target group</source>
        <translation>Mentortypen passer til målgruppen</translation>
    </message>
    <message>
        <source>Mentor experience</source>
        <translation>Mentorens erfaring</translation>
    </message>
    <message>
        <source>Mentor&apos;s current load</source>
        <translation>Mentorens nuværende belastning</translation>
    </message>
</context>
<context>
    <name>FieldRules</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 skal udfyldes.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is a placeholder, not real data. Leave it empty or enter the real value.</source>
        <translation>%1 &quot;%2&quot; er en pladsholder, ikke rigtige data. Lad feltet stå tomt, eller skriv den rigtige værdi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@example.dk).</source>
        <translation>&quot;%1&quot; er ikke en e-mailadresse (forventet: navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>Phone number &quot;%1&quot; is a placeholder, not a real number.</source>
        <translation>Telefonnummeret &quot;%1&quot; er en pladsholder, ikke et rigtigt nummer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (expected 8 digits, e.g. 12 34 56 78).</source>
        <translation>&quot;%1&quot; er ikke et telefonnummer (forventet: 8 cifre, f.eks. 12 34 56 78).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Danish postcode (expected four digits, e.g. 8000).</source>
        <translation>&quot;%1&quot; er ikke et dansk postnummer (forventet: fire cifre, f.eks. 8000).</translation>
    </message>
    <message>
        <source>Birth year %1 is not between 1900 and %2.</source>
        <translation>Fødselsåret %1 ligger ikke mellem 1900 og %2.</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>Slutdatoen %1 ligger før startdatoen %2.</translation>
    </message>
</context>
<context>
    <name>Goal</name>
    <message>
        <source>A goal belongs to a course.</source>
        <translation>Et mål skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>Describe the goal.</source>
        <translation>Beskriv målet.</translation>
    </message>
    <message>
        <source>A sub-goal must belong to a goal.</source>
        <translation>Et delmål skal høre under et mål.</translation>
    </message>
</context>
<context>
    <name>Grant</name>
    <message>
        <source>A grant belongs to a course.</source>
        <translation>En bevilling skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>A grant needs a start date.</source>
        <translation>En bevilling skal have en startdato.</translation>
    </message>
    <message>
        <source>A grant needs an end date.</source>
        <translation>En bevilling skal have en slutdato.</translation>
    </message>
    <message>
        <source>Granted hours per week must be above 0.</source>
        <translation>Bevilgede timer pr. uge skal være over 0.</translation>
    </message>
    <message>
        <source>Granted hours per week cannot exceed 37 (a full working week).</source>
        <translation>Bevilgede timer pr. uge må ikke overstige 37 (en fuld arbejdsuge).</translation>
    </message>
    <message>
        <source>The grant overlaps the grant from %1 to %2. A change of hours is a new grant that starts after the previous one ends.</source>
        <translation>Bevillingen overlapper bevillingen fra %1 til %2. En ændring af timetallet er en ny bevilling, der starter, efter at den forrige er udløbet.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import from a CSV file</source>
        <translation>Importér fra en CSV-fil</translation>
    </message>
    <message>
        <source>Import in&amp;to:</source>
        <translation>Importér &amp;til:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg…</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Genkendt:</translation>
    </message>
    <message>
        <source>The first row shows which field each column of the file fills. Change it where the guess is wrong; columns set to “(do not import)” are skipped. Below it, the first 20 rows of the file.</source>
        <translation>Den første række viser, hvilket felt hver kolonne i filen udfylder. Ret det, hvor gættet er forkert; kolonner, der er sat til “(importér ikke)”, springes over. Herunder ses filens første 20 rækker.</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemer:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrollér</translation>
    </message>
    <message>
        <source>Check every row without importing anything</source>
        <translation>Kontrollér alle rækker uden at importere noget</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>LogbookEntry</name>
    <message>
        <source>A logbook entry belongs to a course.</source>
        <translation>Et logbogsnotat skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>A logbook entry needs a date.</source>
        <translation>Et logbogsnotat skal have en dato.</translation>
    </message>
    <message>
        <source>A logbook entry cannot be dated in the future.</source>
        <translation>Et logbogsnotat kan ikke have en dato i fremtiden.</translation>
    </message>
    <message>
        <source>Write what happened (keywords are enough).</source>
        <translation>Skriv, hvad der skete (stikord er nok).</translation>
    </message>
</context>
<context>
    <name>LogbookTags</name>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fremskridt</translation>
    </message>
    <message>
        <source>Small win</source>
        <translation>Lille sejr</translation>
    </message>
    <message>
        <source>Turning point</source>
        <translation>Brydningspunkt</translation>
    </message>
</context>
<context>
    <name>Match</name>
    <message>
        <source>A match needs a mentee.</source>
        <translation>Et match skal have en mentee.</translation>
    </message>
    <message>
        <source>A match needs a mentor.</source>
        <translation>Et match skal have en mentor.</translation>
    </message>
    <message>
        <source>The score must be between 0 and 100.</source>
        <translation>Scoren skal være mellem 0 og 100.</translation>
    </message>
    <message>
        <source>A decided match needs the time of the decision.</source>
        <translation>Et afgjort match skal have tidspunktet for afgørelsen.</translation>
    </message>
    <message>
        <source>Give a reason when a match is rejected or ended.</source>
        <translation>Angiv en begrundelse, når et match afvises eller afsluttes.</translation>
    </message>
    <message>
        <source>Choose why the match ended.</source>
        <translation>Vælg, hvorfor matchet blev afsluttet.</translation>
    </message>
    <message>
        <source>An ended match needs its end date.</source>
        <translation>Et afsluttet match skal have en slutdato.</translation>
    </message>
    <message>
        <source>A match cannot go from %1 to %2.</source>
        <translation>Et match kan ikke skifte fra %1 til %2.</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>There is no scheme with id %1.</source>
        <translation>Der findes ingen ordning med id %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) with an open proposal are left out; decide those proposals first.</source>
        <translation>
            <numerusform>%n mentee med et åbent forslag er udeladt; afgør forslaget først.</numerusform>
            <numerusform>%n mentees med et åbent forslag er udeladt; afgør forslagene først.</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Mappen %1 kan ikke oprettes.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>Mentee %1 unmatched: %2</source>
        <translation>Mentee %1 uden match: %2</translation>
    </message>
</context>
<context>
    <name>MatchWorkflow</name>
    <message>
        <source>The mentee already has an approved mentor; end that match first.</source>
        <translation>Mentee har allerede en godkendt mentor; afslut det match først.</translation>
    </message>
    <message>
        <source>This pair is already proposed and waits for a decision.</source>
        <translation>Dette par er allerede foreslået og venter på en afgørelse.</translation>
    </message>
    <message>
        <source>The proposal no longer exists.</source>
        <translation>Forslaget findes ikke længere.</translation>
    </message>
    <message>
        <source>Only a proposal can be approved; this match is %1.</source>
        <translation>Kun et forslag kan godkendes; dette match er %1.</translation>
    </message>
    <message>
        <source>The mentor or the mentee of this proposal no longer exists.</source>
        <translation>Mentoren eller mentee i dette forslag findes ikke længere.</translation>
    </message>
    <message>
        <source>%1 is not active (%2) and cannot take a mentee.</source>
        <translation>%1 er ikke aktiv (%2) og kan ikke tage en mentee.</translation>
    </message>
    <message>
        <source>%1 has no free place: %2 of %3 taken. End a match or raise the capacity first.</source>
        <translation>%1 har ingen ledig plads: %2 af %3 er optaget. Afslut et match eller hæv kapaciteten først.</translation>
    </message>
    <message>
        <source>%1 already has an approved mentor; end that match first.</source>
        <translation>%1 har allerede en godkendt mentor; afslut det match først.</translation>
    </message>
    <message>
        <source>Another proposal for the mentee was approved.</source>
        <translation>Et andet forslag til mentee blev godkendt.</translation>
    </message>
    <message>
        <source>The mentor has no free place left.</source>
        <translation>Mentoren har ingen ledig plads tilbage.</translation>
    </message>
    <message>
        <source>Only a proposal can be rejected; this match is %1.</source>
        <translation>Kun et forslag kan afvises; dette match er %1.</translation>
    </message>
    <message>
        <source>The match no longer exists.</source>
        <translation>Matchet findes ikke længere.</translation>
    </message>
    <message>
        <source>Only an approved match can be ended; this match is %1.</source>
        <translation>Kun et godkendt match kan afsluttes; dette match er %1.</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be matched.</source>
        <translation>%1 er %2 og kan ikke matches.</translation>
    </message>
</context>
<context>
    <name>MatchingWeightsDialog</name>
    <message>
        <source>Matching weights</source>
        <translation>Vægte i matchningen</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>How much each criterion counts when mentors are proposed. A pair&apos;s score is the weighted mean of the criteria, so the weights need not add up to 100: only their proportions matter, as the share of each shows. A weight of 0 leaves the criterion out.</source>
        <translation>Hvor meget hvert kriterium tæller, når der foreslås mentorer. Et pars score er det vægtede gennemsnit af kriterierne, så vægtene behøver ikke at give 100 tilsammen: kun forholdet mellem dem betyder noget, som andelene viser. En vægt på 0 udelader kriteriet.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Vægte</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Weight (0–100)</source>
        <translation>Vægt (0–100)</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Andel</translation>
    </message>
    <message>
        <source>The criterion&apos;s weight as a part of the total of all weights</source>
        <translation>Kriteriets vægt som andel af summen af alle vægte</translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation>&amp;Nulstil til standard</translation>
    </message>
    <message>
        <source>Puts the recommended weights in the form. Save makes them the scheme&apos;s weights again.</source>
        <translation>Sætter de anbefalede vægte ind i formularen. Gem gør dem til ordningens vægte igen.</translation>
    </message>
</context>
<context>
    <name>Meeting</name>
    <message>
        <source>A meeting belongs to a course.</source>
        <translation>Et møde skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>A meeting needs a date.</source>
        <translation>Et møde skal have en dato.</translation>
    </message>
    <message>
        <source>A held meeting cannot be dated in the future (%1).</source>
        <translation>Et afholdt møde kan ikke have en dato i fremtiden (%1).</translation>
    </message>
    <message>
        <source>Enter how many minutes the held meeting lasted.</source>
        <translation>Angiv, hvor mange minutter det afholdte møde varede.</translation>
    </message>
    <message>
        <source>A meeting must last between 1 and 600 minutes (it is %1).</source>
        <translation>Et møde skal vare mellem 1 og 600 minutter (det er %1).</translation>
    </message>
</context>
<context>
    <name>Mentee</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>The CPR number gives a date of birth in the future.</source>
        <translation>CPR-nummeret giver en fødselsdato i fremtiden.</translation>
    </message>
    <message>
        <source>Choose the scheme the mentee belongs to.</source>
        <translation>Vælg den ordning, menteen hører under.</translation>
    </message>
    <message>
        <source>Granted hours per week must be above 0 and at most 37.</source>
        <translation>Bevilgede timer pr. uge skal være over 0 og højst 37.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>Samtykket kan ikke have en dato i fremtiden.</translation>
    </message>
    <message>
        <source>The CPR number gives a date of birth before 1900 (%1). Check the seventh digit.</source>
        <translation>CPR-nummeret giver en fødselsdato før 1900 (%1). Kontrollér det syvende ciffer.</translation>
    </message>
    <message>
        <source>Choose which gender the mentor must have.</source>
        <translation>Vælg, hvilket køn mentoren skal have.</translation>
    </message>
    <message>
        <source>A mentor&apos;s age must be between 15 and 99 years.</source>
        <translation>En mentors alder skal være mellem 15 og 99 år.</translation>
    </message>
    <message>
        <source>The upper age of the mentor is below the lower one.</source>
        <translation>Mentorens øvre alder er lavere end den nedre.</translation>
    </message>
</context>
<context>
    <name>MenteeDialog</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Åbn den</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>&amp;CPR number:</source>
        <translation>&amp;CPR-nummer:</translation>
    </message>
    <message>
        <source>DDMMYY-SSSS (optional)</source>
        <translation>DDMMÅÅ-XXXX (valgfrit)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Po&amp;stcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Fø&amp;dselsår:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Adskil med kommaer</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Interesser:</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>&amp;Target group:</source>
        <translation>Mål&amp;gruppe:</translation>
    </message>
    <message>
        <source>&amp;Rights and duties apply (ret og pligt)</source>
        <translation>&amp;Ret og pligt gælder</translation>
    </message>
    <message>
        <source>Hours per &amp;week granted:</source>
        <translation>Bevilgede timer pr. &amp;uge:</translation>
    </message>
    <message>
        <source>Preferred &amp;mentor gender:</source>
        <translation>&amp;Ønsket mentorkøn:</translation>
    </message>
    <message>
        <source>The mentor must ha&amp;ve this gender</source>
        <translation>Mentoren skal ha&amp;ve dette køn</translation>
    </message>
    <message>
        <source>Nee&amp;ds:</source>
        <translation>&amp;Behov:</translation>
    </message>
    <message>
        <source>G&amp;oal:</source>
        <translation>Må&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arkivér…</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>When the mentee can meet. Times in common with a mentor count in matching.</source>
        <translation>Hvornår mentee kan mødes. Fælles tider med en mentor tæller i matchningen.</translation>
    </message>
    <message>
        <source>Preferred mentor age:</source>
        <translation>Ønsket mentoralder:</translation>
    </message>
    <message>
        <source>A wish, not a condition: mentors outside the band can still be proposed.</source>
        <translation>Et ønske, ikke et krav: mentorer uden for intervallet kan stadig foreslås.</translation>
    </message>
    <message>
        <source>from</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>Preferred mentor age from</source>
        <translation>Ønsket mentoralder fra</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Preferred mentor age to</source>
        <translation>Ønsket mentoralder til</translation>
    </message>
    <message>
        <source>Proposals and decisions</source>
        <translation>Forslag og afgørelser</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
</context>
<context>
    <name>Mentor</name>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>Enter an e-mail address or a phone number: the agreement needs a way to reach the mentor.</source>
        <translation>Skriv en e-mailadresse eller et telefonnummer. Aftalen skal angive, hvordan mentoren kan kontaktes.</translation>
    </message>
    <message>
        <source>A workplace or external mentor needs an organisation.</source>
        <translation>En virksomhedsmentor eller ekstern mentor skal have en organisation.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Capacity must be at least 1 mentee (it is %1).</source>
        <translation>Kapaciteten skal være mindst 1 mentee (den er %1).</translation>
    </message>
    <message>
        <source>Capacity must be at most 50 mentees (it is %1).</source>
        <translation>Kapaciteten må højst være 50 mentees (den er %1).</translation>
    </message>
    <message>
        <source>Hours per week must be between 0 and 60.</source>
        <translation>Timer pr. uge skal være mellem 0 og 60.</translation>
    </message>
    <message>
        <source>Bought-out hours per week must be between 0 and 37.</source>
        <translation>Frikøbte timer pr. uge skal være mellem 0 og 37.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Honoraret kan ikke være negativt.</translation>
    </message>
    <message>
        <source>The confidentiality declaration cannot be signed in the future.</source>
        <translation>Erklæringen om tavshedspligt kan ikke være underskrevet med en dato i fremtiden.</translation>
    </message>
</context>
<context>
    <name>MentorDialog</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Åbn den</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Fornavn:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Efternavn:</translation>
    </message>
    <message>
        <source>Mentor &amp;type:</source>
        <translation>Mentor&amp;type:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Køn:</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Fø&amp;dselsår:</translation>
    </message>
    <message>
        <source>Post&amp;code:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>Danish, English, …</source>
        <translation>Dansk, engelsk, …</translation>
    </message>
    <message>
        <source>&amp;Interests:</source>
        <translation>&amp;Interesser:</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Adskil med kommaer</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>C&amp;apacity (mentees):</source>
        <translation>Kapa&amp;citet (mentees):</translation>
    </message>
    <message>
        <source>&amp;Hours per week:</source>
        <translation>Time&amp;r pr. uge:</translation>
    </message>
    <message>
        <source>Confidentiality signe&amp;d:</source>
        <translation>Tavs&amp;hedserklæring underskrevet:</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <source>&amp;Qualifications:</source>
        <translation>K&amp;valifikationer:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
    </message>
    <message>
        <source>Current mentees</source>
        <translation>Nuværende mentees</translation>
    </message>
    <message>
        <source>Archive…</source>
        <translation>Arkivér…</translation>
    </message>
    <message>
        <source>Suggest &amp;mentees…</source>
        <translation>Forsla&amp;g til mentees…</translation>
    </message>
    <message>
        <source>Proposals and decisions</source>
        <translation>Forslag og afgørelser</translation>
    </message>
    <message>
        <source>Print &amp;caseload sheet…</source>
        <translation>Udskriv &amp;sagsoversigt…</translation>
    </message>
</context>
<context>
    <name>PairScorer</name>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>%1 morning</source>
        <translation>%1 formiddag</translation>
    </message>
    <message>
        <source>%1 afternoon</source>
        <translation>%1 eftermiddag</translation>
    </message>
    <message>
        <source>%1 evening</source>
        <translation>%1 aften</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>%1–%2 years</source>
        <translation>%1–%2 år</translation>
    </message>
    <message>
        <source>at least %1 years</source>
        <translation>mindst %1 år</translation>
    </message>
    <message>
        <source>at most %1 years</source>
        <translation>højst %1 år</translation>
    </message>
    <message>
        <source>the mentee&apos;s languages are not recorded</source>
        <translation>mentees sprog er ikke registreret</translation>
    </message>
    <message>
        <source>speaks %1, the mentee&apos;s preferred language</source>
        <translation>taler %1, mentees foretrukne sprog</translation>
    </message>
    <message>
        <source>speaks none of the mentee&apos;s languages (%1)</source>
        <translation>taler ingen af mentees sprog (%1)</translation>
    </message>
    <message>
        <source>speaks %1</source>
        <translation>taler %1</translation>
    </message>
    <message>
        <source>interests not recorded on both sides</source>
        <translation>interesser er ikke registreret hos begge</translation>
    </message>
    <message>
        <source>no shared interests</source>
        <translation>ingen fælles interesser</translation>
    </message>
    <message>
        <source>shares interests: %1</source>
        <translation>fælles interesser: %1</translation>
    </message>
    <message>
        <source>no preference about the mentor&apos;s gender</source>
        <translation>intet ønske om mentorens køn</translation>
    </message>
    <message>
        <source>gender not recorded; %1 preferred</source>
        <translation>køn ikke registreret; %1 ønskes</translation>
    </message>
    <message>
        <source>%1, as preferred</source>
        <translation>%1, som ønsket</translation>
    </message>
    <message>
        <source>%1; %2 preferred</source>
        <translation>%1; %2 ønskes</translation>
    </message>
    <message>
        <source>no preference about the mentor&apos;s age</source>
        <translation>intet ønske om mentorens alder</translation>
    </message>
    <message>
        <source>age not recorded; %1 preferred</source>
        <translation>alder ikke registreret; %1 ønskes</translation>
    </message>
    <message>
        <source>is %1 years old, within %2</source>
        <translation>er %1 år, inden for %2</translation>
    </message>
    <message>
        <source>is %1 years old; %2 preferred</source>
        <translation>er %1 år; %2 ønskes</translation>
    </message>
    <message>
        <source>meeting times not recorded on both sides</source>
        <translation>mødetider er ikke registreret hos begge</translation>
    </message>
    <message>
        <source>no meeting times in common</source>
        <translation>ingen fælles mødetider</translation>
    </message>
    <message numerus="yes">
        <source>can meet %1 and %n more times a week</source>
        <translation>
            <numerusform>kan mødes %1 og %n gang mere om ugen</numerusform>
            <numerusform>kan mødes %1 og %n gange mere om ugen</numerusform>
        </translation>
    </message>
    <message>
        <source>can meet %1</source>
        <translation>kan mødes %1</translation>
    </message>
    <message>
        <source>distance not known (postcode missing or not Danish)</source>
        <translation>afstand ukendt (postnummer mangler eller er ikke dansk)</translation>
    </message>
    <message>
        <source>lives in the same postcode (%1)</source>
        <translation>bor i samme postnummer (%1)</translation>
    </message>
    <message>
        <source>lives in another region (%1)</source>
        <translation>bor i en anden region (%1)</translation>
    </message>
    <message>
        <source>lives in the same postal district (%1xx)</source>
        <translation>bor i samme postdistrikt (%1xx)</translation>
    </message>
    <message>
        <source>lives in a neighbouring postal district (%1)</source>
        <translation>bor i et nabopostdistrikt (%1)</translation>
    </message>
    <message>
        <source>lives in the same region, farther away (%1)</source>
        <translation>bor i samme region, længere væk (%1)</translation>
    </message>
    <message>
        <source>%1 suits %2</source>
        <translation>%1 passer til %2</translation>
    </message>
    <message>
        <source>%1 may suit %2</source>
        <translation>%1 kan passe til %2</translation>
    </message>
    <message>
        <source>%1 is less suited to %2</source>
        <translation>%1 passer mindre godt til %2</translation>
    </message>
    <message>
        <source>would be the mentor&apos;s first mentee</source>
        <translation>ville være mentorens første mentee</translation>
    </message>
    <message numerus="yes">
        <source>has had %n mentee(s)</source>
        <translation>
            <numerusform>har haft %n mentee</numerusform>
            <numerusform>har haft %n mentees</numerusform>
        </translation>
    </message>
    <message>
        <source>has %1 of %2 places free</source>
        <translation>har %1 af %2 pladser ledige</translation>
    </message>
    <message>
        <source>mentor not active</source>
        <translation>mentor ikke aktiv</translation>
    </message>
    <message>
        <source>no free capacity</source>
        <translation>ingen ledig kapacitet</translation>
    </message>
    <message>
        <source>pair excluded by the coordinator</source>
        <translation>parret er udelukket af koordinatoren</translation>
    </message>
    <message>
        <source>required mentor gender</source>
        <translation>krævet mentorkøn</translation>
    </message>
    <message>
        <source>no shared language</source>
        <translation>intet fælles sprog</translation>
    </message>
    <message>
        <source>mentor type not allowed in the scheme</source>
        <translation>mentortypen er ikke tilladt i ordningen</translation>
    </message>
    <message>
        <source>lives in another region</source>
        <translation>bor i en anden region</translation>
    </message>
    <message>
        <source>excluded: the mentor is not active (%1)</source>
        <translation>udelukket: mentoren er ikke aktiv (%1)</translation>
    </message>
    <message>
        <source>excluded: no free capacity (%1 of %2 places taken, %3 proposed)</source>
        <translation>udelukket: ingen ledig kapacitet (%1 af %2 pladser optaget, %3 foreslået)</translation>
    </message>
    <message>
        <source>excluded: no free capacity (%1 of %2 places taken)</source>
        <translation>udelukket: ingen ledig kapacitet (%1 af %2 pladser optaget)</translation>
    </message>
    <message>
        <source>excluded: the coordinator excluded this pair</source>
        <translation>udelukket: koordinatoren har udelukket dette par</translation>
    </message>
    <message>
        <source>excluded: the mentee requires a mentor who is %1</source>
        <translation>udelukket: mentee kræver en mentor, der er %1</translation>
    </message>
    <message>
        <source>excluded: no shared language (the mentee speaks %1 and little Danish)</source>
        <translation>udelukket: intet fælles sprog (mentee taler %1 og kun lidt dansk)</translation>
    </message>
    <message>
        <source>excluded: %1 is not allowed in %2</source>
        <translation>udelukket: %1 er ikke tilladt i %2</translation>
    </message>
    <message>
        <source>excluded: lives in %1; %2 takes mentors of the mentee&apos;s region only</source>
        <translation>udelukket: bor i %1; %2 bruger kun mentorer fra mentees region</translation>
    </message>
</context>
<context>
    <name>PhaseEntry</name>
    <message>
        <source>A phase belongs to a course.</source>
        <translation>En fase skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>Enter the date the phase began.</source>
        <translation>Angiv datoen, hvor fasen begyndte.</translation>
    </message>
    <message>
        <source>Going back to an earlier phase needs a note explaining why.</source>
        <translation>Et skift tilbage til en tidligere fase kræver en note med begrundelsen.</translation>
    </message>
</context>
<context>
    <name>Placeholder</name>
    <message>
        <source>The course&apos;s number</source>
        <translation>Forløbets nummer</translation>
    </message>
    <message>
        <source>Purpose of the mentor support</source>
        <translation>Formålet med mentorstøtten</translation>
    </message>
    <message>
        <source>The mentor&apos;s tasks</source>
        <translation>Mentorens opgaver</translation>
    </message>
    <message>
        <source>The mentor&apos;s qualifications for this course</source>
        <translation>Mentorens kvalifikationer til dette forløb</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Indsatsområder</translation>
    </message>
    <message>
        <source>Individual or shared mentor</source>
        <translation>Individuel eller delt mentor</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>Planned end date</source>
        <translation>Planlagt slutdato</translation>
    </message>
    <message>
        <source>Period, start to planned end</source>
        <translation>Periode, fra start til planlagt slut</translation>
    </message>
    <message>
        <source>How often mentor and mentee meet</source>
        <translation>Hvor ofte mentor og mentee mødes</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Kontakt mellem møderne</translation>
    </message>
    <message>
        <source>How to cancel a meeting</source>
        <translation>Sådan meldes afbud</translation>
    </message>
    <message>
        <source>Next status review</source>
        <translation>Næste statusopfølgning</translation>
    </message>
    <message>
        <source>The scheme&apos;s name</source>
        <translation>Ordningens navn</translation>
    </message>
    <message>
        <source>Hours granted per week</source>
        <translation>Bevilgede timer om ugen</translation>
    </message>
    <message>
        <source>Period of the grant in force</source>
        <translation>Perioden for den gældende bevilling</translation>
    </message>
    <message>
        <source>First day of the grant in force</source>
        <translation>Første dag i den gældende bevilling</translation>
    </message>
    <message>
        <source>Last day of the grant in force</source>
        <translation>Sidste dag i den gældende bevilling</translation>
    </message>
    <message>
        <source>Mentor&apos;s full name</source>
        <translation>Mentors fulde navn</translation>
    </message>
    <message>
        <source>Mentor&apos;s first name</source>
        <translation>Mentors fornavn</translation>
    </message>
    <message>
        <source>Mentor&apos;s last name</source>
        <translation>Mentors efternavn</translation>
    </message>
    <message>
        <source>Mentor type</source>
        <translation>Mentortype</translation>
    </message>
    <message>
        <source>Mentor&apos;s employer or provider</source>
        <translation>Mentors arbejdsgiver eller leverandør</translation>
    </message>
    <message>
        <source>Mentor&apos;s e-mail</source>
        <translation>Mentors e-mail</translation>
    </message>
    <message>
        <source>Mentor&apos;s phone</source>
        <translation>Mentors telefon</translation>
    </message>
    <message>
        <source>Mentor&apos;s phone and e-mail</source>
        <translation>Mentors telefon og e-mail</translation>
    </message>
    <message>
        <source>Mentee&apos;s full name</source>
        <translation>Mentees fulde navn</translation>
    </message>
    <message>
        <source>Mentee&apos;s first name</source>
        <translation>Mentees fornavn</translation>
    </message>
    <message>
        <source>Mentee&apos;s last name</source>
        <translation>Mentees efternavn</translation>
    </message>
    <message>
        <source>Mentee&apos;s CPR number (print it only where the agreement needs it)</source>
        <translation>Mentees CPR-nummer (udskriv det kun, hvor aftalen kræver det)</translation>
    </message>
    <message>
        <source>Mentee&apos;s address</source>
        <translation>Mentees adresse</translation>
    </message>
    <message>
        <source>Mentee&apos;s e-mail</source>
        <translation>Mentees e-mail</translation>
    </message>
    <message>
        <source>Mentee&apos;s phone</source>
        <translation>Mentees telefon</translation>
    </message>
    <message>
        <source>Mentee&apos;s phone and e-mail</source>
        <translation>Mentees telefon og e-mail</translation>
    </message>
    <message>
        <source>Mentee&apos;s caseworker</source>
        <translation>Mentees sagsbehandler</translation>
    </message>
    <message>
        <source>Mentee&apos;s target group</source>
        <translation>Mentees målgruppe</translation>
    </message>
    <message>
        <source>The course&apos;s goals and sub-goals as a list</source>
        <translation>Forløbets mål og delmål som en liste</translation>
    </message>
    <message>
        <source>Organisation&apos;s name (settings)</source>
        <translation>Organisationens navn (indstillinger)</translation>
    </message>
    <message>
        <source>Organisation&apos;s address (settings)</source>
        <translation>Organisationens adresse (indstillinger)</translation>
    </message>
    <message>
        <source>Organisation&apos;s phone or e-mail (settings)</source>
        <translation>Organisationens telefon eller e-mail (indstillinger)</translation>
    </message>
    <message>
        <source>Organisation&apos;s logo (settings)</source>
        <translation>Organisationens logo (indstillinger)</translation>
    </message>
    <message>
        <source>Whom to contact if it is not working: name (settings)</source>
        <translation>Hvem man kontakter, hvis det ikke fungerer: navn (indstillinger)</translation>
    </message>
    <message>
        <source>Whom to contact if it is not working: phone or e-mail (settings)</source>
        <translation>Hvem man kontakter, hvis det ikke fungerer: telefon eller e-mail (indstillinger)</translation>
    </message>
    <message>
        <source>Complaint guidance (settings)</source>
        <translation>Klagevejledning (indstillinger)</translation>
    </message>
    <message>
        <source>Duty of confidentiality (settings)</source>
        <translation>Tavshedspligt (indstillinger)</translation>
    </message>
    <message>
        <source>Signature lines for mentee, mentor and coordinator</source>
        <translation>Underskriftslinjer til mentee, mentor og koordinator</translation>
    </message>
    <message>
        <source>The agreement&apos;s version number</source>
        <translation>Aftalens versionsnummer</translation>
    </message>
    <message>
        <source>The day it is printed</source>
        <translation>Dagen, den udskrives</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Bevilling</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
</context>
<context>
    <name>PostcodeAreas</name>
    <message>
        <source>the Capital Region</source>
        <translation>Region Hovedstaden</translation>
    </message>
    <message>
        <source>Region Zealand</source>
        <translation>Region Sjælland</translation>
    </message>
    <message>
        <source>the Region of Southern Denmark</source>
        <translation>Region Syddanmark</translation>
    </message>
    <message>
        <source>the Central Denmark Region</source>
        <translation>Region Midtjylland</translation>
    </message>
    <message>
        <source>the North Denmark Region</source>
        <translation>Region Nordjylland</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Side %1 af %2</translation>
    </message>
</context>
<context>
    <name>RegisterExporter</name>
    <message>
        <source>The database is busy with another change. Nothing was exported; try again.</source>
        <translation>Databasen er optaget af en anden ændring. Intet er eksporteret. Prøv igen.</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksporten blev annulleret. Der er ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>The file could not be written (is the disk full?). No file was written.</source>
        <translation>Filen kunne ikke skrives (er disken fuld?). Der er ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>The export could not be recorded in the audit log. No file was written.</source>
        <translation>Eksporten kunne ikke registreres i logningen. Der er ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan ikke skrives: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved (is the disk full?): %2</source>
        <translation>%1 kunne ikke gemmes (er disken fuld?): %2</translation>
    </message>
    <message>
        <source>The records could not be read from the database. No file was written.</source>
        <translation>Posterne kunne ikke læses fra databasen. Der er ikke skrevet nogen fil.</translation>
    </message>
</context>
<context>
    <name>RegisterImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>General scheme</source>
        <translation>Generel ordning</translation>
    </message>
    <message>
        <source>Line %1: the scheme &quot;%2&quot; cannot be created: %3</source>
        <translation>Linje %1: ordningen &quot;%2&quot; kan ikke oprettes: %3</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot;. Rename it to a known column, or import with --ignore-unknown.</source>
        <translation>Ukendt kolonne &quot;%1&quot;. Omdøb den til en kendt kolonne, eller importér med --ignore-unknown.</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; fills %2, like column %3 does.</source>
        <translation>Kolonnen &quot;%1&quot; udfylder %2 ligesom kolonne %3.</translation>
    </message>
    <message>
        <source>The file has no %1 column; it is required.</source>
        <translation>Filen har ingen kolonne %1; den er påkrævet.</translation>
    </message>
    <message>
        <source>The database is busy with another change. Nothing was imported; try again.</source>
        <translation>Databasen er optaget af en anden ændring. Intet er importeret. Prøv igen.</translation>
    </message>
    <message>
        <source>mentor %1 already has this e-mail address.</source>
        <translation>mentor %1 har allerede denne e-mailadresse.</translation>
    </message>
    <message>
        <source>line %1 has the same e-mail address.</source>
        <translation>linje %1 har samme e-mailadresse.</translation>
    </message>
    <message>
        <source>mentee %1 already has this CPR number.</source>
        <translation>mentee %1 har allerede dette CPR-nummer.</translation>
    </message>
    <message>
        <source>line %1 has the same CPR number.</source>
        <translation>linje %1 har samme CPR-nummer.</translation>
    </message>
    <message>
        <source>Lines %1 to %2: %3</source>
        <translation>Linje %1 til %2: %3</translation>
    </message>
    <message>
        <source>The import could not be written to disk (is it full?). Nothing was imported.</source>
        <translation>Importen kunne ikke skrives til disken (er den fuld?). Intet er importeret.</translation>
    </message>
</context>
<context>
    <name>RequiredPart</name>
    <message>
        <source>the purpose of the support ({{course.purpose}})</source>
        <translation>formålet med støtten ({{course.purpose}})</translation>
    </message>
    <message>
        <source>the mentor&apos;s name ({{mentor.name}})</source>
        <translation>mentors navn ({{mentor.name}})</translation>
    </message>
    <message>
        <source>the mentor&apos;s contact details ({{mentor.contact}}, {{mentor.phone}} or {{mentor.email}})</source>
        <translation>mentors kontaktoplysninger ({{mentor.contact}}, {{mentor.phone}} eller {{mentor.email}})</translation>
    </message>
    <message>
        <source>the mentor&apos;s tasks ({{course.tasks}})</source>
        <translation>mentors opgaver ({{course.tasks}})</translation>
    </message>
    <message>
        <source>the period ({{course.period}}, or {{course.start_date}} and {{course.end_date}})</source>
        <translation>perioden ({{course.period}}, eller {{course.start_date}} og {{course.end_date}})</translation>
    </message>
    <message>
        <source>the hours per week ({{grant.hours_per_week}})</source>
        <translation>timerne om ugen ({{grant.hours_per_week}})</translation>
    </message>
    <message>
        <source>how often they meet and how to cancel ({{course.meeting_frequency}} and {{course.cancellation_rules}})</source>
        <translation>hvor ofte de mødes, og hvordan man melder afbud ({{course.meeting_frequency}} og {{course.cancellation_rules}})</translation>
    </message>
    <message>
        <source>whom to contact if it is not working ({{coordinator.name}} or {{coordinator.contact}})</source>
        <translation>hvem man kontakter, hvis det ikke fungerer ({{coordinator.name}} eller {{coordinator.contact}})</translation>
    </message>
    <message>
        <source>the duty of confidentiality ({{confidentiality}})</source>
        <translation>tavshedspligten ({{confidentiality}})</translation>
    </message>
    <message>
        <source>the complaint guidance ({{complaint_guidance}})</source>
        <translation>klagevejledningen ({{complaint_guidance}})</translation>
    </message>
    <message>
        <source>the signature lines ({{signatures}})</source>
        <translation>underskriftslinjerne ({{signatures}})</translation>
    </message>
</context>
<context>
    <name>Scheme</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>The default grant period must be between 1 and 60 months.</source>
        <translation>Standardperioden for bevillinger skal være mellem 1 og 60 måneder.</translation>
    </message>
    <message>
        <source>Meetings per week must be between 0 and 7.</source>
        <translation>Møder pr. uge skal være mellem 0 og 7.</translation>
    </message>
    <message>
        <source>Retention must be between 1 and 100 years.</source>
        <translation>Opbevaringstiden skal være mellem 1 og 100 år.</translation>
    </message>
</context>
<context>
    <name>SearchRepository</name>
    <message>
        <source>The search could not be recorded in the audit log, so its results are not shown. Try again in a moment.</source>
        <translation>Søgningen kunne ikke registreres i logningen, så resultaterne vises ikke. Prøv igen om et øjeblik.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The window changes language at once.</source>
        <translation>Vinduet skifter sprog med det samme.</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>Another mentee already has this CPR number. Nothing was saved.</source>
        <translation>En anden mentee har allerede dette CPR-nummer. Intet er gemt.</translation>
    </message>
    <message>
        <source>A record with the same key already exists. Nothing was saved.</source>
        <translation>Der findes allerede en post med samme nøgle. Intet er gemt.</translation>
    </message>
    <message>
        <source>The record refers to a record that does not exist. Nothing was saved.</source>
        <translation>Posten henviser til en post, der ikke findes. Intet er gemt.</translation>
    </message>
    <message>
        <source>A value is missing or outside the allowed range. Nothing was saved.</source>
        <translation>En værdi mangler eller ligger uden for det tilladte interval. Intet er gemt.</translation>
    </message>
    <message>
        <source>The disk is full or cannot be written. Nothing was saved; free some space and try again.</source>
        <translation>Disken er fuld, eller der kan ikke skrives til den. Intet er gemt. Frigør plads, og prøv igen.</translation>
    </message>
    <message>
        <source>The database is busy with another change. Nothing was saved; try again in a moment.</source>
        <translation>Databasen er optaget af en anden ændring. Intet er gemt. Prøv igen om et øjeblik.</translation>
    </message>
    <message>
        <source>The change could not be saved. Nothing was changed.</source>
        <translation>Ændringen kunne ikke gemmes. Intet er ændret.</translation>
    </message>
</context>
<context>
    <name>StatusReview</name>
    <message>
        <source>A status review belongs to a course.</source>
        <translation>En statusopfølgning skal være knyttet til et forløb.</translation>
    </message>
    <message>
        <source>A status review needs a date.</source>
        <translation>En statusopfølgning skal have en dato.</translation>
    </message>
    <message>
        <source>A status review cannot be dated in the future.</source>
        <translation>En statusopfølgning kan ikke have en dato i fremtiden.</translation>
    </message>
    <message>
        <source>Enter who made the review.</source>
        <translation>Angiv, hvem der har foretaget statusopfølgningen.</translation>
    </message>
    <message>
        <source>Check the delivered hours, or note why they could not be checked.</source>
        <translation>Kontrollér de leverede timer, eller notér, hvorfor de ikke kunne kontrolleres.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>Den næste statusopfølgning skal ligge efter denne.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message>
        <source>The template is empty.</source>
        <translation>Skabelonen er tom.</translation>
    </message>
    <message>
        <source>The template lacks %1.</source>
        <translation>Skabelonen mangler %1.</translation>
    </message>
    <message>
        <source>{{%1}} is not a placeholder MentorDesk knows.</source>
        <translation>{{%1}} er ikke en pladsholder, MentorDesk kender.</translation>
    </message>
</context>
<context>
    <name>TimelineQueries</name>
    <message>
        <source>Mentor proposed: %1</source>
        <translation>Mentor foreslået: %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Match %1: %2</source>
        <translation>Match %1: %2</translation>
    </message>
    <message>
        <source>Grant: %1 hours a week until %2</source>
        <translation>Bevilling: %1 timer pr. uge til %2</translation>
    </message>
    <message>
        <source>Phase: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Goal set (%1)</source>
        <translation>Mål sat (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Meeting held, %n minute(s)</source>
        <translation>
            <numerusform>Møde afholdt, %n minut</numerusform>
            <numerusform>Møde afholdt, %n minutter</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>Møde: %1</translation>
    </message>
    <message>
        <source>Logbook entry by %1</source>
        <translation>Logbogsnotat af %1</translation>
    </message>
    <message>
        <source>Status review: %1</source>
        <translation>Statusopfølgning: %1</translation>
    </message>
    <message>
        <source>Delivered hours checked</source>
        <translation>Leverede timer kontrolleret</translation>
    </message>
    <message>
        <source>Delivered hours not checked</source>
        <translation>Leverede timer ikke kontrolleret</translation>
    </message>
    <message>
        <source>Agreement version %1 printed (%2)</source>
        <translation>Aftale version %1 udskrevet (%2)</translation>
    </message>
    <message>
        <source>Course ended: %1</source>
        <translation>Forløb afsluttet: %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultat: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MentorDesk: case management for mentor coordinators.</source>
        <translation>MentorDesk: sagsbehandling til mentorkoordinatorer.</translation>
    </message>
    <message>
        <source>The database file (default: the last file used, or %1).</source>
        <translation>Databasefilen (standard: den senest brugte fil eller %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIL</translation>
    </message>
    <message>
        <source>Quit as soon as the window is shown (for benchmarks).</source>
        <translation>Afslut, så snart vinduet vises (til ydelsesmålinger).</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AgreementSettingsDialog</name>
    <message>
        <source>Agreement settings</source>
        <translation>Indstillinger for aftaler</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Complaint guidance and confidentiality</source>
        <translation>Klagevejledning og tavshedspligt</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Vælg &amp;logo…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>&amp;Fjern logo</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>Brevhoved</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone or e-mail:</source>
        <translation>&amp;Telefon eller e-mail:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Whom to contact if a course is not working</source>
        <translation>Hvem man kontakter, hvis et forløb ikke fungerer</translation>
    </message>
    <message>
        <source>C&amp;oordinator:</source>
        <translation>K&amp;oordinator:</translation>
    </message>
    <message>
        <source>Coordinator&apos;s p&amp;hone or e-mail:</source>
        <translation>Koordinatorens t&amp;elefon eller e-mail:</translation>
    </message>
    <message>
        <source>Every agreement names whom mentee and mentor contact if the course is not working; MentorDesk prints no agreement until a coordinator is given here.</source>
        <translation>Hver aftale oplyser, hvem mentee og mentor kontakter, hvis forløbet ikke fungerer; MentorDesk udskriver ingen aftale, før der er angivet en koordinator her.</translation>
    </message>
    <message>
        <source>An empty field prints MentorDesk&apos;s standard text, shown in grey. Write your own where your organisation&apos;s complaint route or rules differ.</source>
        <translation>Et tomt felt udskriver MentorDesks standardtekst, som vises med gråt. Skriv jeres egen, hvor jeres klagevej eller regler er anderledes.</translation>
    </message>
    <message>
        <source>Complaint guidance, Danish:</source>
        <translation>Klagevejledning, dansk:</translation>
    </message>
    <message>
        <source>Complaint guidance, English:</source>
        <translation>Klagevejledning, engelsk:</translation>
    </message>
    <message>
        <source>Duty of confidentiality, Danish:</source>
        <translation>Tavshedspligt, dansk:</translation>
    </message>
    <message>
        <source>Duty of confidentiality, English:</source>
        <translation>Tavshedspligt, engelsk:</translation>
    </message>
    <message>
        <source>Restore the &amp;standard template</source>
        <translation>Gendan &amp;standardskabelonen</translation>
    </message>
    <message>
        <source>Sc&amp;heme:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Pladsholder</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>Udskriver</translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it where the cursor is.</source>
        <translation>Dobbeltklik på en pladsholder for at indsætte den, hvor markøren står.</translation>
    </message>
    <message>
        <source>Preview with a made-up course:</source>
        <translation>Eksempel med et opdigtet forløb:</translation>
    </message>
    <message>
        <source>The template has every part an agreement needs.</source>
        <translation>Skabelonen har alle de dele, en aftale skal have.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Intet logo</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Vælg logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Billeder (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>%1 is not an image MentorDesk can read.</source>
        <translation>%1 er ikke et billede, MentorDesk kan læse.</translation>
    </message>
    <message>
        <source>Nothing was saved: the template of %1 in %2 is not complete. %3</source>
        <translation>Intet blev gemt: skabelonen for %1 på %2 er ikke fuldstændig. %3</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AgreementSignaturesDialog</name>
    <message>
        <source>Signed on</source>
        <translation>Underskrevet den</translation>
    </message>
    <message>
        <source>Signatures of agreement version %1</source>
        <translation>Underskrifter på aftalens version %1</translation>
    </message>
    <message>
        <source>Mentee:</source>
        <translation>Mentee:</translation>
    </message>
    <message>
        <source>Mentor:</source>
        <translation>Mentor:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Koordinator:</translation>
    </message>
    <message>
        <source>Keep the signed paper in the case file. MentorDesk records the day each party signed.</source>
        <translation>Læg det underskrevne papir i sagen. MentorDesk noterer, hvilken dag hver part skrev under.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AgreementTab</name>
    <message>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>koordinator</translation>
    </message>
    <message>
        <source>not signed yet</source>
        <translation>ikke underskrevet endnu</translation>
    </message>
    <message>
        <source>No agreement has been printed for this course yet.</source>
        <translation>Der er endnu ikke udskrevet en aftale for dette forløb.</translation>
    </message>
    <message>
        <source>A new agreement is due: changed since version %1 was printed: %2.</source>
        <translation>Der skal laves en ny aftale: ændret, siden version %1 blev udskrevet: %2.</translation>
    </message>
    <message>
        <source>Mentor agreement</source>
        <translation>Mentoraftale</translation>
    </message>
    <message>
        <source>Mentor agreement, version %1</source>
        <translation>Mentoraftale, version %1</translation>
    </message>
    <message>
        <source>The agreement was printed, but MentorDesk could not save it as version %1: %2</source>
        <translation>Aftalen blev udskrevet, men MentorDesk kunne ikke gemme den som version %1: %2</translation>
    </message>
    <message>
        <source>Mentor agreement, version %1 (reprint)</source>
        <translation>Mentoraftale, version %1 (genudskrift)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Print new agreement…</source>
        <translation>&amp;Udskriv ny aftale…</translation>
    </message>
    <message>
        <source>Save new as P&amp;DF…</source>
        <translation>Gem ny som P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;Reprint…</source>
        <translation>Udskriv &amp;igen…</translation>
    </message>
    <message>
        <source>Reprint as PDF…</source>
        <translation>Gem igen som PDF…</translation>
    </message>
    <message>
        <source>&amp;Signatures…</source>
        <translation>U&amp;nderskrifter…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Udskrevet</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Underskrevet</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>The scheme&apos;s own, version %1</source>
        <translation>Ordningens egen, version %1</translation>
    </message>
    <message>
        <source>Version %1, printed %2, was printed before MentorDesk kept the values it was filled with, so changes since cannot be shown. Print a new version to follow them.</source>
        <translation>Version %1, udskrevet %2, blev udskrevet, før MentorDesk gemte de værdier, den blev udfyldt med, så ændringer siden kan ikke vises. Udskriv en ny version for at følge dem.</translation>
    </message>
    <message>
        <source>Version %1, printed %2, still says what the course says.</source>
        <translation>Version %1, udskrevet %2, siger stadig det samme som forløbet.</translation>
    </message>
    <message>
        <source>Version %1, printed %2.</source>
        <translation>Version %1, udskrevet %2.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AttentionListModel</name>
    <message>
        <source>What needs attention</source>
        <translation>Hvad kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>(no mentor)</source>
        <translation>(ingen mentor)</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AttentionPanel</name>
    <message>
        <source>No course needs attention</source>
        <translation>Ingen forløb kræver opmærksomhed</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) need attention</source>
        <translation>
            <numerusform>%n forløb kræver opmærksomhed</numerusform>
            <numerusform>%n forløb kræver opmærksomhed</numerusform>
        </translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Grænser…</translation>
    </message>
    <message>
        <source>When a course needs attention: days without a meeting, share of hours delivered, days before the planned end</source>
        <translation>Hvornår et forløb kræver opmærksomhed: dage uden møde, andel af leverede timer, dage før planlagt afslutning</translation>
    </message>
    <message>
        <source>Every reason (%1)</source>
        <translation>Alle årsager (%1)</translation>
    </message>
    <message>
        <source>Nothing needs attention</source>
        <translation>Intet kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Every open course has recent meetings, the hours granted are being delivered, reviews are on time and the documentation the law asks for is complete.</source>
        <translation>Alle åbne forløb har haft møder for nylig, de bevilgede timer bliver leveret, statusopfølgningerne er til tiden, og den dokumentation, loven kræver, er på plads.</translation>
    </message>
    <message>
        <source>No recent meeting</source>
        <translation>Intet nyligt møde</translation>
    </message>
    <message>
        <source>Hours below the grant</source>
        <translation>Timer under bevillingen</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Statusopfølgning overskredet</translation>
    </message>
    <message>
        <source>Planned end near</source>
        <translation>Planlagt afslutning nærmer sig</translation>
    </message>
    <message>
        <source>Chemistry check missing</source>
        <translation>Kemitjek mangler</translation>
    </message>
    <message>
        <source>Purpose missing</source>
        <translation>Formål mangler</translation>
    </message>
    <message>
        <source>Mentor&apos;s tasks missing</source>
        <translation>Mentorens opgaver mangler</translation>
    </message>
    <message>
        <source>Mentor&apos;s qualifications missing</source>
        <translation>Mentorens kvalifikationer mangler</translation>
    </message>
    <message>
        <source>No agreement</source>
        <translation>Ingen aftale</translation>
    </message>
    <message>
        <source>No mentor</source>
        <translation>Ingen mentor</translation>
    </message>
    <message>
        <source>Print the agreements due into</source>
        <translation>Udskriv de aftaler, der skal fornyes, i</translation>
    </message>
    <message>
        <source>Agreements due</source>
        <translation>Aftaler, der skal fornyes</translation>
    </message>
    <message>
        <source>Printing the agreements due…</source>
        <translation>Udskriver de aftaler, der skal fornyes…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Every open course has a current agreement; nothing was printed.</source>
        <translation>Alle åbne forløb har en gældende aftale; intet blev udskrevet.</translation>
    </message>
    <message>
        <source>%1 of %2 agreements due were printed into %3 and saved as new versions.</source>
        <translation>%1 af %2 aftaler, der skulle fornyes, blev udskrevet i %3 og gemt som nye versioner.</translation>
    </message>
    <message numerus="yes">
        <source>%n could not be printed yet; the details say why.</source>
        <translation>
            <numerusform>%n kunne ikke udskrives endnu; detaljerne siger hvorfor.</numerusform>
            <numerusform>%n kunne ikke udskrives endnu; detaljerne siger hvorfor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print agreements due…</source>
        <translation>Udskriv aftaler, der skal fornyes…</translation>
    </message>
    <message>
        <source>Print into a folder, as PDF, the agreement of every open course that has none or whose course changed after the last print</source>
        <translation>Udskriv som PDF i en mappe aftalen for hvert åbent forløb, der ingen har, eller hvis forløb er ændret siden seneste udskrift</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AttentionSettingsDialog</name>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> uger</translation>
    </message>
    <message>
        <source> meetings</source>
        <translation> møder</translation>
    </message>
    <message>
        <source>When a course needs attention</source>
        <translation>Hvornår et forløb kræver opmærksomhed</translation>
    </message>
    <message>
        <source>These limits apply to everybody who works in this database.</source>
        <translation>Disse grænser gælder for alle, der arbejder i denne database.</translation>
    </message>
    <message>
        <source>No meeting held for more than</source>
        <translation>Intet møde holdt i mere end</translation>
    </message>
    <message>
        <source>… for a mentee with ret og pligt</source>
        <translation>… for en mentee med ret og pligt</translation>
    </message>
    <message>
        <source>Hours delivered below</source>
        <translation>Leverede timer under</translation>
    </message>
    <message>
        <source>… of the hours granted over the last</source>
        <translation>… af de bevilgede timer over de seneste</translation>
    </message>
    <message>
        <source>Planned end within</source>
        <translation>Planlagt afslutning inden for</translation>
    </message>
    <message>
        <source>No chemistry check after</source>
        <translation>Intet kemitjek efter</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AvailabilityGrid</name>
    <message>
        <source>Morning</source>
        <translation>Formiddag</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Eftermiddag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Aften</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::BulkAssignmentDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Kør</translation>
    </message>
    <message>
        <source>&amp;Pin or unpin</source>
        <translation>&amp;Fastlås eller frigør</translation>
    </message>
    <message>
        <source>E&amp;xclude pair</source>
        <translation>&amp;Udeluk par</translation>
    </message>
    <message>
        <source>Pro&amp;pose all</source>
        <translation>Foreslå &amp;alle</translation>
    </message>
    <message>
        <source>Bulk assignment</source>
        <translation>Samlet fordeling</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Fastlåst</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Bedste alternativ</translation>
    </message>
    <message>
        <source>Why no mentor</source>
        <translation>Hvorfor ingen mentor</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Alle ordninger</translation>
    </message>
    <message>
        <source>A pinned pair stays in the result of the next run whatever the scores say.</source>
        <translation>Et fastlåst par bliver i resultatet af næste kørsel, uanset hvad scorerne siger.</translation>
    </message>
    <message>
        <source>An excluded pair is left out of the next run.</source>
        <translation>Et udelukket par udelades i næste kørsel.</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Ordning:</translation>
    </message>
    <message>
        <source>Finds the assignment that matches as many waiting mentees as possible and, among those, has the highest total score. Nothing is stored until you propose.</source>
        <translation>Finder den fordeling, der matcher så mange ventende mentees som muligt og blandt dem har den højeste samlede score. Intet gemmes, før du foreslår.</translation>
    </message>
    <message>
        <source>Left without a mentor:</source>
        <translation>Uden mentor:</translation>
    </message>
    <message>
        <source>Choose a scheme and run.</source>
        <translation>Vælg en ordning, og kør.</translation>
    </message>
    <message>
        <source>Scoring every pair and finding the best assignment…</source>
        <translation>Beregner score for alle par og finder den bedste fordeling…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulleret. Intet blev ændret.</translation>
    </message>
    <message>
        <source>Matched %1 of %2 waiting mentees, total score %3.</source>
        <translation>Matchede %1 af %2 ventende mentees, samlet score %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n mentee(s) with an open proposal were left out; decide those first.</source>
        <translation>
            <numerusform>%n mentee med et åbent forslag blev udeladt; afgør det først.</numerusform>
            <numerusform>%n mentees med et åbent forslag blev udeladt; afgør dem først.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fastlåst</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) pinned, %1 excluded. Run again to apply.</source>
        <translation>
            <numerusform>%n par fastlåst, %1 udelukket. Kør igen for at anvende det.</numerusform>
            <numerusform>%n par fastlåst, %1 udelukket. Kør igen for at anvende det.</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposals not stored</source>
        <translation>Forslagene blev ikke gemt</translation>
    </message>
    <message>
        <source>Pin the &amp;alternative</source>
        <translation>Fastlås al&amp;ternativet</translation>
    </message>
    <message>
        <source>The next run gives the mentee the best alternative mentor instead.</source>
        <translation>Næste kørsel giver i stedet mentee det bedste alternativ som mentor.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::ChemistryDialog</name>
    <message>
        <source>Chemistry check</source>
        <translation>Kemitjek</translation>
    </message>
    <message>
        <source>The course has no mentor whose chemistry could be checked.</source>
        <translation>Forløbet har ingen mentor, så kemien kan ikke tjekkes.</translation>
    </message>
    <message>
        <source>Does the chemistry between %1 and %2 work?</source>
        <translation>Fungerer kemien mellem %1 og %2?</translation>
    </message>
    <message>
        <source>Does the chemistry between the mentee and %1 work?</source>
        <translation>Fungerer kemien mellem menteen og %1?</translation>
    </message>
    <message>
        <source>The volunteer guide&apos;s rule: without chemistry the mentor asks for a change at the latest after the first meeting. A change is nobody&apos;s fault.</source>
        <translation>Reglen i guiden for frivillige mentorer: uden kemi beder mentoren om et skift senest efter det første møde. Et skift er ingens skyld.</translation>
    </message>
    <message>
        <source>The volunteer guide&apos;s rule: without chemistry the mentor asks for a change at the latest after %1 meetings. A change is nobody&apos;s fault.</source>
        <translation>Reglen i guiden for frivillige mentorer: uden kemi beder mentoren om et skift senest efter %1 møder. Et skift er ingens skyld.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Svar:</translation>
    </message>
    <message>
        <source>Checked &amp;on:</source>
        <translation>Tjekket &amp;den:</translation>
    </message>
    <message>
        <source>Record check</source>
        <translation>Registrér tjek</translation>
    </message>
    <message>
        <source>After recording it you can change the mentor; the course keeps its history.</source>
        <translation>Når tjekket er registreret, kan du skifte mentor; forløbet beholder sin historik.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CourseFilterBar</name>
    <message>
        <source>Search by mentee or mentor…</source>
        <translation>Søg efter mentee eller mentor…</translation>
    </message>
    <message>
        <source>All courses, ended too</source>
        <translation>Alle forløb, også afsluttede</translation>
    </message>
    <message>
        <source>Open courses</source>
        <translation>Åbne forløb</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only under %1 % of granted hours</source>
        <translation>Kun under %1 % af de bevilgede timer</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CourseForm</name>
    <message>
        <source>not set</source>
        <translation>ikke angivet</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Lovgrundlag</translation>
    </message>
    <message>
        <source>Purpose of the support</source>
        <translation>Formål med mentorstøtten</translation>
    </message>
    <message>
        <source>Mentor&apos;s tasks</source>
        <translation>Mentorens opgaver</translation>
    </message>
    <message>
        <source>Mentor&apos;s qualifications</source>
        <translation>Mentorens kvalifikationer</translation>
    </message>
    <message>
        <source>Focus areas</source>
        <translation>Indsatsområder</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt afslutning</translation>
    </message>
    <message>
        <source>Next status review</source>
        <translation>Næste statusopfølgning</translation>
    </message>
    <message>
        <source>Meeting frequency</source>
        <translation>Mødehyppighed</translation>
    </message>
    <message>
        <source>Contact between meetings</source>
        <translation>Kontakt mellem møderne</translation>
    </message>
    <message>
        <source>How to cancel a meeting</source>
        <translation>Sådan meldes afbud</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ikke gemt.</translation>
    </message>
    <message>
        <source>This course is %1; its fields can no longer be changed.</source>
        <translation>Dette forløb er %1; felterne kan ikke længere ændres.</translation>
    </message>
    <message>
        <source>Ready to be activated.</source>
        <translation>Klar til at blive aktiveret.</translation>
    </message>
    <message>
        <source>Before the course can be active:</source>
        <translation>Før forløbet kan blive aktivt:</translation>
    </message>
    <message>
        <source>What the support is for: the goal the mentee and the caseworker agreed on</source>
        <translation>Hvad støtten skal bruges til: det mål, menteen og sagsbehandleren har aftalt</translation>
    </message>
    <message>
        <source>What the mentor does: e.g. go along to the internship, help with the timetable</source>
        <translation>Hvad mentoren gør: fx tager med i praktikken, hjælper med skemaet</translation>
    </message>
    <message>
        <source>Why this mentor can do it: training, experience, languages</source>
        <translation>Hvorfor denne mentor kan løfte opgaven: uddannelse, erfaring, sprog</translation>
    </message>
    <message>
        <source>Separate with commas</source>
        <translation>Adskil med kommaer</translation>
    </message>
    <message>
        <source>e.g. every week, later every other week</source>
        <translation>fx hver uge, senere hver anden uge</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Activate course</source>
        <translation>Aktivér forløb</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CourseListModel</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagt afslutning</translation>
    </message>
    <message>
        <source>(no mentor)</source>
        <translation>(ingen mentor)</translation>
    </message>
    <message>
        <source>%1 / none</source>
        <translation>%1 / ingen</translation>
    </message>
    <message>
        <source>%1 / %2 (%3 %)</source>
        <translation>%1 / %2 (%3 %)</translation>
    </message>
    <message>
        <source>Delivered / granted hours</source>
        <translation>Leverede / bevilgede timer</translation>
    </message>
    <message>
        <source>Fewer hours delivered than %1 % of the hours granted</source>
        <translation>Færre leverede timer end %1 % af de bevilgede timer</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CourseRecordDialog</name>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CourseWindow</name>
    <message>
        <source>Mentor course: %1</source>
        <translation>Mentorforløb: %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 til %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>fra %1</translation>
    </message>
    <message>
        <source>Mentor: &lt;b&gt;%1&lt;/b&gt; · Status: &lt;b&gt;%2&lt;/b&gt; · Phase: &lt;b&gt;%3&lt;/b&gt; · %4</source>
        <translation>Mentor: &lt;b&gt;%1&lt;/b&gt; · Status: &lt;b&gt;%2&lt;/b&gt; · Fase: &lt;b&gt;%3&lt;/b&gt; · %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Kræver opmærksomhed:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Sæt på pause…</translation>
    </message>
    <message>
        <source>Change mentor…</source>
        <translation>Skift mentor…</translation>
    </message>
    <message>
        <source>Find a new mentor</source>
        <translation>Find en ny mentor</translation>
    </message>
    <message>
        <source>Pause the course</source>
        <translation>Sæt forløbet på pause</translation>
    </message>
    <message>
        <source>Why is the course paused? No hours are expected while it is.</source>
        <translation>Hvorfor sættes forløbet på pause? Der forventes ingen timer, mens det er på pause.</translation>
    </message>
    <message>
        <source>Without chemistry the guide advises a new mentor. Change the mentor now?</source>
        <translation>Uden kemi anbefaler guiden en ny mentor. Vil du skifte mentor nu?</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbog</translation>
    </message>
    <message>
        <source>Status reviews</source>
        <translation>Statusopfølgninger</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Chemistry check…</source>
        <translation>Kemitjek…</translation>
    </message>
    <message>
        <source>End course…</source>
        <translation>Afslut forløb…</translation>
    </message>
    <message>
        <source>Hours delivered: %1, none granted yet</source>
        <translation>Leverede timer: %1, ingen bevilget endnu</translation>
    </message>
    <message>
        <source>Hours delivered: %1 of %2 granted (%3 %)</source>
        <translation>Leverede timer: %1 af %2 bevilgede (%3 %)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke gemte ændringer</translation>
    </message>
    <message>
        <source>Discard your changes to the course form?</source>
        <translation>Vil du kassere dine ændringer i forløbets oplysninger?</translation>
    </message>
    <message>
        <source>A new mentor agreement is due</source>
        <translation>Der skal laves en ny mentoraftale</translation>
    </message>
    <message>
        <source>Course summary</source>
        <translation>Forløbsoversigt</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Aftale</translation>
    </message>
    <message>
        <source>Print &amp;summary…</source>
        <translation>Udskriv &amp;oversigt…</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CoursesPage</name>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Kræver opmærksomhed (%1)</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Kræver opmærksomhed</translation>
    </message>
    <message>
        <source>Courses (%1)</source>
        <translation>Forløb (%1)</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Søg i notater</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::CsvActions</name>
    <message>
        <source>&amp;Import mentors…</source>
        <translation>&amp;Importér mentorer…</translation>
    </message>
    <message>
        <source>Import m&amp;entees…</source>
        <translation>Importér me&amp;ntees…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportér</translation>
    </message>
    <message>
        <source>&amp;Mentors…</source>
        <translation>&amp;Mentorer…</translation>
    </message>
    <message>
        <source>M&amp;entees…</source>
        <translation>M&amp;entees…</translation>
    </message>
    <message>
        <source>&amp;Courses…</source>
        <translation>&amp;Forløb…</translation>
    </message>
    <message>
        <source>&amp;Sessions…</source>
        <translation>Mø&amp;der…</translation>
    </message>
    <message>
        <source>Imported %1 mentors.</source>
        <translation>%1 mentorer er importeret.</translation>
    </message>
    <message>
        <source>Imported %1 mentees.</source>
        <translation>%1 mentees er importeret.</translation>
    </message>
    <message>
        <source>CSV for Danish Excel, separated by semicolons (*.csv)</source>
        <translation>CSV til dansk Excel, adskilt med semikolon (*.csv)</translation>
    </message>
    <message>
        <source>CSV, RFC 4180, separated by commas (*.csv)</source>
        <translation>CSV, RFC 4180, adskilt med komma (*.csv)</translation>
    </message>
    <message>
        <source>Export to a CSV file</source>
        <translation>Eksportér til en CSV-fil</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Eksporterer til %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation>Eksporten blev annulleret. Der er ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>Exported %1 mentors to %2</source>
        <translation>%1 mentorer er eksporteret til %2</translation>
    </message>
    <message>
        <source>Exported %1 mentees to %2</source>
        <translation>%1 mentees er eksporteret til %2</translation>
    </message>
    <message>
        <source>Exported %1 courses to %2</source>
        <translation>%1 forløb er eksporteret til %2</translation>
    </message>
    <message>
        <source>Exported %1 sessions to %2</source>
        <translation>%1 møder er eksporteret til %2</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::DecisionDialog</name>
    <message>
        <source>Reject proposal</source>
        <translation>Afvis forslag</translation>
    </message>
    <message>
        <source>End match</source>
        <translation>Afslut match</translation>
    </message>
    <message>
        <source>Reject the proposal %1. The reason is kept with the match.</source>
        <translation>Afvis forslaget %1. Begrundelsen gemmes sammen med matchet.</translation>
    </message>
    <message>
        <source>End the match %1. The mentee can then be matched again; the course stays open for a new mentor.</source>
        <translation>Afslut matchet %1. Mentee kan derefter matches igen; forløbet forbliver åbent for en ny mentor.</translation>
    </message>
    <message>
        <source>&amp;Why it ended:</source>
        <translation>&amp;Hvorfor det sluttede:</translation>
    </message>
    <message>
        <source>e.g. the mentee wants a mentor nearer home</source>
        <translation>fx ønsker mentee en mentor tættere på hjemmet</translation>
    </message>
    <message>
        <source>e.g. no chemistry by the third meeting</source>
        <translation>fx ingen kemi efter tredje møde</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
    <message>
        <source>&amp;Do not propose this pair again</source>
        <translation>&amp;Foreslå ikke dette par igen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::EndCourseDialog</name>
    <message>
        <source>Agreed for</source>
        <translation>Aftalt til</translation>
    </message>
    <message>
        <source>End course</source>
        <translation>Afslut forløb</translation>
    </message>
    <message>
        <source>End the course of %1, which started on %2.</source>
        <translation>Afslut forløbet for %1, som startede %2.</translation>
    </message>
    <message>
        <source>End the course.</source>
        <translation>Afslut forløbet.</translation>
    </message>
    <message>
        <source>Ending frees %1&apos;s place for a new mentee, enters the Ending phase and marks the mentee ended. Goals, meetings, logbook and hours stay with the course.</source>
        <translation>Afslutningen frigør en plads hos %1 til en ny mentee, sætter forløbet i fasen Afslutning og markerer menteen som afsluttet. Mål, møder, logbog og timer bliver på forløbet.</translation>
    </message>
    <message>
        <source>Ending frees the mentor&apos;s place for a new mentee, enters the Ending phase and marks the mentee ended. Goals, meetings, logbook and hours stay with the course.</source>
        <translation>Afslutningen frigør mentorens plads til en ny mentee, sætter forløbet i fasen Afslutning og markerer menteen som afsluttet. Mål, møder, logbog og timer bliver på forløbet.</translation>
    </message>
    <message>
        <source>Strengths the mentee has shown, and what is still hard</source>
        <translation>De styrker, menteen har vist, og hvad der stadig er svært</translation>
    </message>
    <message>
        <source>e.g. the mentee reports back in half a year</source>
        <translation>fx giver menteen lyd fra sig om et halvt år</translation>
    </message>
    <message>
        <source>End &amp;date:</source>
        <translation>&amp;Slutdato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsag:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>R&amp;esultat:</translation>
    </message>
    <message>
        <source>&amp;Final status:</source>
        <translation>Afsluttende s&amp;tatus:</translation>
    </message>
    <message>
        <source>Follow-up &amp;contact:</source>
        <translation>Opfølgende &amp;kontakt:</translation>
    </message>
    <message>
        <source>Ret-og-pligt: the support may only end when the mentee is in an active offer (or has moved, or moved to other support).</source>
        <translation>Ret og pligt: støtten må kun afsluttes, når menteen er i et aktivt tilbud (eller er fraflyttet eller overgået til anden støtte).</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::FilterBar</name>
    <message>
        <source>Search name, e-mail, phone, postcode, language or interest</source>
        <translation>Søg i navn, e-mail, telefon, postnummer, sprog eller interesse</translation>
    </message>
    <message>
        <source>Every word you type must begin a word of the name, e-mail, phone, postcode, languages, interests or notes.</source>
        <translation>Hvert ord, du skriver, skal være begyndelsen af et ord i navn, e-mail, telefon, postnummer, sprog, interesser eller noter.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Ryd filtre</translation>
    </message>
    <message>
        <source>Show the whole register again</source>
        <translation>Vis hele registret igen</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::GoalDialog</name>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>New sub-goal</source>
        <translation>Nyt delmål</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nyt mål</translation>
    </message>
    <message>
        <source>e.g. take public transport alone to the internship</source>
        <translation>fx tage offentlig transport alene til praktikstedet</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Ingen frist</translation>
    </message>
    <message>
        <source>What has happened towards the goal, with dates</source>
        <translation>Hvad der er sket hen imod målet, med datoer</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Sub-goal &amp;of:</source>
        <translation>Delmål t&amp;il:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Progress notes:</source>
        <translation>&amp;Noter om fremskridt:</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::GoalsTab</name>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nyt mål…</translation>
    </message>
    <message>
        <source>New s&amp;ub-goal…</source>
        <translation>Nyt &amp;delmål…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>Sæt &amp;status</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Noter om fremskridt</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Ingen mål endnu</translation>
    </message>
    <message>
        <source>%1 of %2 reached</source>
        <translation>%1 af %2 nået</translation>
    </message>
    <message>
        <source>Goal not changed</source>
        <translation>Målet blev ikke ændret</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::GrantDialog</name>
    <message>
        <source>Decided o&amp;n</source>
        <translation>Bevilget &amp;den</translation>
    </message>
    <message>
        <source>Add grant</source>
        <translation>Tilføj bevilling</translation>
    </message>
    <message>
        <source>Edit grant</source>
        <translation>Redigér bevilling</translation>
    </message>
    <message>
        <source>A change of hours or a renewal is a new grant on the same course, starting after the previous grant ends. The course, its goals and its history go on unchanged.</source>
        <translation>En ændring af timetallet eller en forlængelse er en ny bevilling på samme forløb, der starter, når den forrige bevilling er udløbet. Forløbet, dets mål og dets historik fortsætter uændret.</translation>
    </message>
    <message>
        <source>Correct the grant as decided. To change the hours from a date on, add a new grant instead, so the hours delivered before that date are measured against the old grant.</source>
        <translation>Ret bevillingen, så den svarer til afgørelsen. Skal timetallet ændres fra en bestemt dato, så tilføj i stedet en ny bevilling. På den måde måles de timer, der er leveret før datoen, mod den gamle bevilling.</translation>
    </message>
    <message>
        <source> h/week</source>
        <translation> timer/uge</translation>
    </message>
    <message>
        <source>e.g. the caseworker at the jobcentre</source>
        <translation>fx sagsbehandleren i jobcentret</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Fra:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Til:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>Timer &amp;pr. uge:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Bevilget &amp;af:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>⚠ %1 hours a week is unusually high: most grants are below 10 hours, and higher national records are often typing errors. Check the decision before you save.</source>
        <translation>⚠ %1 timer pr. uge er usædvanligt højt: de fleste bevillinger er under 10 timer, og højere tal i de nationale registreringer er ofte tastefejl. Kontrollér afgørelsen, før du gemmer.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::HoursPanel</name>
    <message>
        <source>Last week</source>
        <translation>Seneste uge</translation>
    </message>
    <message>
        <source>Last %1 weeks</source>
        <translation>Seneste %1 uger</translation>
    </message>
    <message>
        <source>No hours granted yet. Add a grant to compare the hours delivered with it.</source>
        <translation>Der er ikke bevilget timer endnu. Tilføj en bevilling for at sammenligne de leverede timer med den.</translation>
    </message>
    <message>
        <source>%1 of %2 hours delivered so far (%3 %)</source>
        <translation>%1 af %2 timer leveret indtil nu (%3 %)</translation>
    </message>
    <message>
        <source>⚠ %1 — below %2 %</source>
        <translation>⚠ %1 — under %2 %</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>⚠ %1: %2 of %3 hours delivered (%4 %) — below %5 %</source>
        <translation>⚠ %1: %2 af %3 timer leveret (%4 %) — under %5 %</translation>
    </message>
    <message>
        <source>Delivered hours are the minutes of held meetings; granted hours are the hours a week of the grant in force, pro rata for part weeks. Below %1 % the course needs attention.</source>
        <translation>Leverede timer er minutterne fra afholdte møder; bevilgede timer er timetallet pr. uge i den gældende bevilling, forholdsmæssigt for delvise uger. Under %1 % kræver forløbet opmærksomhed.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 t</translation>
    </message>
    <message>
        <source>%1 h (%2 %)</source>
        <translation>%1 t (%2 %)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 h (%3 %)</source>
        <translation>%1 af %2 t (%3 %)</translation>
    </message>
    <message>
        <source>Fewer hours delivered than %1 % of the hours granted this week</source>
        <translation>Færre leverede timer end %1 % af de bevilgede timer i ugen</translation>
    </message>
    <message>
        <source>Week %1, %2</source>
        <translation>Uge %1, %2</translation>
    </message>
    <message>
        <source>%1 (so far)</source>
        <translation>%1 (indtil nu)</translation>
    </message>
    <message>
        <source>No weeks yet: the course starts on %1.</source>
        <translation>Ingen uger endnu: forløbet starter %1.</translation>
    </message>
    <message>
        <source>No weeks to show yet.</source>
        <translation>Ingen uger at vise endnu.</translation>
    </message>
    <message>
        <source>Above 10 hours a week: check that this is what was decided.</source>
        <translation>Over 10 timer pr. uge: kontrollér, at det svarer til afgørelsen.</translation>
    </message>
    <message>
        <source>In force today</source>
        <translation>Gælder i dag</translation>
    </message>
    <message>
        <source>Granted so far</source>
        <translation>Bevilget indtil nu</translation>
    </message>
    <message>
        <source>Delivered (held meetings)</source>
        <translation>Leveret (afholdte møder)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Fysiske møder</translation>
    </message>
    <message>
        <source>Hours of held meetings in person, and their share of the hours delivered</source>
        <translation>Timer fra afholdte fysiske møder og deres andel af de leverede timer</translation>
    </message>
    <message>
        <source>Delivered ÷ granted</source>
        <translation>Leveret ÷ bevilget</translation>
    </message>
    <message>
        <source>Hours per week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>&amp;Add grant…</source>
        <translation>&amp;Tilføj bevilling…</translation>
    </message>
    <message>
        <source>A change of hours or a renewal is a new grant on the same course</source>
        <translation>En ændring af timetallet eller en forlængelse er en ny bevilling på samme forløb</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <source>Granted (h)</source>
        <translation>Bevilget (t)</translation>
    </message>
    <message>
        <source>Delivered (h)</source>
        <translation>Leveret (t)</translation>
    </message>
    <message>
        <source>In person (h)</source>
        <translation>Fysiske møder (t)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Timer pr. uge</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Bevilget af</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Bevilget den</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::ImportDialog</name>
    <message>
        <source>Choose a CSV file</source>
        <translation>Vælg en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <source>The file has problems of its own; correct them in the file before importing.</source>
        <translation>Selve filen har problemer; ret dem i filen, før du importerer.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(importér ikke)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was imported.</source>
        <translation>Annulleret. Intet er importeret.</translation>
    </message>
    <message>
        <source>Problems found: %1. Nothing was imported.</source>
        <translation>Fundne problemer: %1. Intet er importeret.</translation>
    </message>
    <message>
        <source>No problems found: %1 rows can be imported.</source>
        <translation>Ingen problemer fundet: %1 rækker kan importeres.</translation>
    </message>
    <message>
        <source>These schemes will be created: %1.</source>
        <translation>Disse ordninger bliver oprettet: %1.</translation>
    </message>
    <message>
        <source>Imported %1 mentors.</source>
        <translation>%1 mentorer er importeret.</translation>
    </message>
    <message>
        <source>Imported %1 mentees.</source>
        <translation>%1 mentees er importeret.</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>semicolon (;)</source>
        <translation>semikolon (;)</translation>
    </message>
    <message>
        <source>comma (,)</source>
        <translation>komma (,)</translation>
    </message>
    <message>
        <source>%1, separated by %2, %3 rows</source>
        <translation>%1, adskilt med %2, %3 rækker</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::ListPage</name>
    <message>
        <source>No matches</source>
        <translation>Ingen resultater</translation>
    </message>
    <message>
        <source>Nothing in this register matches the search and the filters. Check the spelling, type less, or clear the filters.</source>
        <translation>Intet i registret passer til søgningen og filtrene. Kontrollér stavningen, skriv mindre, eller ryd filtrene.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::LogbookDialog</name>
    <message>
        <source>S&amp;hared with the caseworker</source>
        <translation>Delt med sags&amp;behandleren</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>Logbogsnotat</translation>
    </message>
    <message>
        <source>New logbook entry</source>
        <translation>Nyt logbogsnotat</translation>
    </message>
    <message>
        <source>Only marked entries go into reports to the jobcentre; the rest stays between mentor, mentee and coordinator.</source>
        <translation>Kun markerede notater kommer med i rapporter til jobcentret; resten bliver mellem mentor, mentee og koordinator.</translation>
    </message>
    <message>
        <source>Keywords are enough: what was agreed, small wins</source>
        <translation>Stikord er nok: hvad der blev aftalt, små sejre</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation>&amp;Skrevet af:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Mærker:</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Notat:</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::LogbookTab</name>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nyt notat…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrevet af</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delt</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Ny database…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Å&amp;bn database…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sikkerhedskopiér database…</translation>
    </message>
    <message>
        <source>Add &amp;demo data…</source>
        <translation>Tilføj &amp;demodata…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Om MentorDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>Mentors (%n)</source>
        <translation>Mentorer (%n)</translation>
    </message>
    <message>
        <source>No mentors yet</source>
        <translation>Ingen mentorer endnu</translation>
    </message>
    <message>
        <source>Mentors you register appear here with their type, contact data and free places. To look around first, fill this database with demo data.</source>
        <translation>De mentorer, du registrerer, vises her med type, kontaktoplysninger og ledige pladser. Vil du se dig omkring først, kan du fylde databasen med demodata.</translation>
    </message>
    <message>
        <source>Mentees (%n)</source>
        <translation>Mentees (%n)</translation>
    </message>
    <message>
        <source>No mentees yet</source>
        <translation>Ingen mentees endnu</translation>
    </message>
    <message>
        <source>Mentees you register appear here with their scheme, target group and status. To look around first, fill this database with demo data.</source>
        <translation>De mentees, du registrerer, vises her med ordning, målgruppe og status. Vil du se dig omkring først, kan du fylde databasen med demodata.</translation>
    </message>
    <message>
        <source>Waiting for a mentor (%n)</source>
        <translation>Venter på mentor (%n)</translation>
    </message>
    <message>
        <source>Nobody is waiting</source>
        <translation>Ingen venter</translation>
    </message>
    <message>
        <source>Every registered mentee has an approved mentor. New mentees without a mentor appear here, longest waiting first.</source>
        <translation>Alle registrerede mentees har en godkendt mentor. Nye mentees uden mentor vises her, så de, der har ventet længst, står øverst.</translation>
    </message>
    <message>
        <source>Mentor courses (%n)</source>
        <translation>Mentorforløb (%n)</translation>
    </message>
    <message>
        <source>No mentor courses yet</source>
        <translation>Ingen mentorforløb endnu</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Ingen database er åben</translation>
    </message>
    <message>
        <source>MentorDesk keeps its data in one file on this computer. Create a new file, or open the file you or a colleague used before.</source>
        <translation>MentorDesk gemmer sine data i én fil på denne computer. Opret en ny fil, eller åbn den fil, som du eller en kollega har brugt før.</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentorer</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Matching</source>
        <translation>Matchning</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>%1 — MentorDesk</source>
        <translation>%1 — MentorDesk</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Ingen database åben</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan ikke åbnes</translation>
    </message>
    <message>
        <source>New MentorDesk database</source>
        <translation>Ny MentorDesk-database</translation>
    </message>
    <message>
        <source>MentorDesk databases (%1)</source>
        <translation>MentorDesk-databaser (%1)</translation>
    </message>
    <message>
        <source>The file already exists</source>
        <translation>Filen findes allerede</translation>
    </message>
    <message>
        <source>%1 already exists. Use Open to work in it, or choose another name.</source>
        <translation>%1 findes allerede. Brug Åbn for at arbejde i den, eller vælg et andet navn.</translation>
    </message>
    <message>
        <source>Open MentorDesk database</source>
        <translation>Åbn MentorDesk-database</translation>
    </message>
    <message>
        <source>MentorDesk databases (%1);;All files (*)</source>
        <translation>MentorDesk-databaser (%1);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Sikkerhedskopiér database</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Sikkerhedskopieringen mislykkedes</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sikkerhedskopien er gemt som %1</translation>
    </message>
    <message>
        <source>Add demo data</source>
        <translation>Tilføj demodata</translation>
    </message>
    <message>
        <source>Add 40 made-up mentors and 120 made-up mentees, with courses, meetings and logbook entries, to this database? Use it to look around; do not mix demo data with real cases.</source>
        <translation>Vil du tilføje 40 opdigtede mentorer og 120 opdigtede mentees med forløb, møder og logbogsnotater til denne database? Brug dem til at se dig omkring, og bland ikke demodata med rigtige sager.</translation>
    </message>
    <message>
        <source>Demo data could not be added</source>
        <translation>Demodata kunne ikke tilføjes</translation>
    </message>
    <message>
        <source>Added %1 mentors and %2 mentees.</source>
        <translation>Tilføjet: %1 mentorer og %2 mentees.</translation>
    </message>
    <message>
        <source>About MentorDesk</source>
        <translation>Om MentorDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Case management for mentor coordinators: mentors, mentees, matching, mentor courses and agreements.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MentorDesk %1&lt;/h3&gt;&lt;p&gt;Sagsbehandling til mentorkoordinatorer: mentorer, mentees, matchning, mentorforløb og mentoraftaler.&lt;/p&gt;&lt;p&gt;Dine data bliver i én fil på denne computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Showing %1 of %2 mentors</source>
        <translation>Viser %1 af %2 mentorer</translation>
    </message>
    <message>
        <source>Showing %1 of %2 mentees</source>
        <translation>Viser %1 af %2 mentees</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>New &amp;mentor…</source>
        <translation>Ny &amp;mentor…</translation>
    </message>
    <message>
        <source>New m&amp;entee…</source>
        <translation>Ny m&amp;entee…</translation>
    </message>
    <message>
        <source>A course starts when a match between a mentor and a mentee is approved. Courses then appear here with their status, phase and hours.</source>
        <translation>Et forløb starter, når et match mellem en mentor og en mentee bliver godkendt. Forløbene vises derefter her med status, fase og timer.</translation>
    </message>
    <message>
        <source>No course matches the filter</source>
        <translation>Intet forløb passer til filtrene</translation>
    </message>
    <message>
        <source>Change the search or the choices, or clear the filters.</source>
        <translation>Ret søgningen eller valgene, eller ryd filtrene.</translation>
    </message>
    <message numerus="yes">
        <source>%n course(s) need attention</source>
        <translation>
            <numerusform>%n forløb kræver opmærksomhed</numerusform>
            <numerusform>%n forløb kræver opmærksomhed</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 courses</source>
        <translation>Viser %1 af %2 forløb</translation>
    </message>
    <message>
        <source>A&amp;greement settings…</source>
        <translation>Indstillinger for &amp;aftaler…</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MatchHistoryTree</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>why a match ended (a fixed choice) – the coordinator&apos;s own words</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <extracomment>below a rejected, withdrawn or ended match: why</extracomment>
        <translation>Begrundelse: %1</translation>
    </message>
    <message>
        <source>No proposals yet</source>
        <translation>Ingen forslag endnu</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MatchListModel</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MatchesPanel</name>
    <message>
        <source>Not approved</source>
        <translation>Ikke godkendt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Ikke afvist</translation>
    </message>
    <message>
        <source>Not ended</source>
        <translation>Ikke afsluttet</translation>
    </message>
    <message>
        <source>Open proposals</source>
        <translation>Åbne forslag</translation>
    </message>
    <message>
        <source>Approved matches</source>
        <translation>Godkendte match</translation>
    </message>
    <message>
        <source>Rejected, withdrawn and ended</source>
        <translation>Afviste, trukket tilbage og afsluttede</translation>
    </message>
    <message>
        <source>All proposals and matches</source>
        <translation>Alle forslag og match</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Afvis…</translation>
    </message>
    <message>
        <source>E&amp;nd match…</source>
        <translation>Afs&amp;lut match…</translation>
    </message>
    <message>
        <source>Why this pair:</source>
        <translation>Hvorfor dette par:</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MatchingPage</name>
    <message>
        <source>Waiting and suggestions</source>
        <translation>Ventende og forslag</translation>
    </message>
    <message>
        <source>Proposals and matches (%1)</source>
        <translation>Forslag og match (%1)</translation>
    </message>
    <message>
        <source>Proposals and matches</source>
        <translation>Forslag og match</translation>
    </message>
    <message>
        <source>&amp;Bulk assignment…</source>
        <translation>&amp;Samlet fordeling…</translation>
    </message>
    <message>
        <source>&amp;Weights…</source>
        <translation>&amp;Vægte…</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MatchingWeightsDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (arkiveret)</translation>
    </message>
    <message>
        <source>No schemes yet</source>
        <translation>Ingen ordninger endnu</translation>
    </message>
    <message>
        <source>The weights could not be saved. %1</source>
        <translation>Vægtene kunne ikke gemmes. %1</translation>
    </message>
    <message>
        <source>Matching weights</source>
        <translation>Vægte i matchningen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ændringer, der ikke er gemt</translation>
    </message>
    <message>
        <source>The weights of %1 have been changed. Save them?</source>
        <translation>Vægtene for %1 er ændret. Vil du gemme dem?</translation>
    </message>
    <message>
        <source>Total of the weights: %1</source>
        <translation>Summen af vægtene: %1</translation>
    </message>
    <message>
        <source>All weights are 0: every pair would score 0, so the proposals would be in no useful order.</source>
        <translation>Alle vægte er 0: alle par ville få scoren 0, så forslagene ville ikke stå i en brugbar rækkefølge.</translation>
    </message>
    <message>
        <source>Propose only mentors who live in the mentee&apos;s &amp;region</source>
        <translation>Foreslå kun mentorer, der bor i mentees &amp;region</translation>
    </message>
    <message>
        <source>A rule, not a weight: mentors of other regions are left out of this scheme&apos;s suggestions and bulk runs.</source>
        <translation>En regel, ikke en vægt: mentorer fra andre regioner udelades af ordningens forslag og samlede fordelinger.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MeetingDialog</name>
    <message>
        <source>Meeting on %1</source>
        <translation>Møde den %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. the library, the mentee&apos;s school</source>
        <translation>fx biblioteket, menteens skole</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>S&amp;tart:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Varighed:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Form:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <source>Conversation, along the guide&apos;s five steps (fill in what you need)</source>
        <translation>Samtalen efter guidens fem trin (udfyld det, du har brug for)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>What each of you does before the next meeting.</source>
        <translation>Hvad hver af jer gør inden næste møde.</translation>
    </message>
    <message>
        <source>Other notes</source>
        <translation>Andre notater</translation>
    </message>
    <message>
        <source>Anything outside the steps, and older notes written without headings.</source>
        <translation>Alt uden for trinene og ældre notater skrevet uden overskrifter.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MeetingsTab</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting…</source>
        <translation>Næ&amp;ste møde…</translation>
    </message>
    <message>
        <source>A planned meeting like the last one: same start, duration, place and form, as many days later as between the last two meetings (or a week).</source>
        <translation>Et planlagt møde som det seneste: samme starttidspunkt, varighed, sted og form, lige så mange dage senere som mellem de to seneste møder (eller en uge).</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message numerus="yes">
        <source>Held: %n meeting(s), %1 h %2 min</source>
        <translation>
            <numerusform>Afholdt: %n møde, %1 t %2 min</numerusform>
            <numerusform>Afholdt: %n møder, %1 t %2 min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MenteeDialog</name>
    <message>
        <source>Mentee: %1</source>
        <translation>Mentee: %1</translation>
    </message>
    <message>
        <source>New mentee</source>
        <translation>Ny mentee</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>No preference</source>
        <translation>Intet ønske</translation>
    </message>
    <message>
        <source>Choose a scheme</source>
        <translation>Vælg en ordning</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>A mentee with this CPR number is already registered: %1</source>
        <translation>Der er allerede registreret en mentee med dette CPR-nummer: %1</translation>
    </message>
    <message>
        <source>A mentee with this e-mail address is already registered: %1</source>
        <translation>Der er allerede registreret en mentee med denne e-mailadresse: %1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Gem alligevel</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No courses yet</source>
        <translation>Ingen forløb endnu</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MenteeFilterBar</name>
    <message>
        <source>All target groups</source>
        <translation>Alle målgrupper</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>All except archived</source>
        <translation>Alle undtagen arkiverede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All mentees</source>
        <translation>Alle mentees</translation>
    </message>
    <message>
        <source>With an active course</source>
        <translation>Med et aktivt forløb</translation>
    </message>
    <message>
        <source>Without an active course</source>
        <translation>Uden et aktivt forløb</translation>
    </message>
    <message>
        <source>Mentor course</source>
        <translation>Mentorforløb</translation>
    </message>
    <message>
        <source>All schemes</source>
        <translation>Alle ordninger</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MenteeListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MentorChangeDialog</name>
    <message>
        <source>Change mentor</source>
        <translation>Skift mentor</translation>
    </message>
    <message>
        <source>Current mentor: &lt;b&gt;%1&lt;/b&gt;, since %2</source>
        <translation>Nuværende mentor: &lt;b&gt;%1&lt;/b&gt;, siden %2</translation>
    </message>
    <message>
        <source>Current mentor: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nuværende mentor: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The course has no mentor to change.</source>
        <translation>Forløbet har ingen mentor, der kan skiftes.</translation>
    </message>
    <message>
        <source>The match ends and the mentor&apos;s place is free again. The course stays open without a mentor until a new match is approved: goals, logbook, meetings and hours stay with the course. A change is nobody&apos;s fault; say so to both.</source>
        <translation>Matchet afsluttes, og mentorens plads bliver ledig igen. Forløbet forbliver åbent uden mentor, indtil et nyt match er godkendt: mål, logbog, møder og timer bliver på forløbet. Et skift er ingens skyld; sig det til dem begge.</translation>
    </message>
    <message>
        <source>e.g. no chemistry by the third meeting; the mentee asked for a change</source>
        <translation>fx ingen kemi efter tredje møde; menteen bad om et skift</translation>
    </message>
    <message>
        <source>&amp;Do not propose this pair again</source>
        <translation>&amp;Foreslå ikke dette par igen</translation>
    </message>
    <message>
        <source>&amp;Find a new mentor in Matching now</source>
        <translation>Find en &amp;ny mentor under Matchning nu</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Hvorfor:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begrundelse:</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MentorDialog</name>
    <message>
        <source>Mentor: %1</source>
        <translation>Mentor: %1</translation>
    </message>
    <message>
        <source>New mentor</source>
        <translation>Ny mentor</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Ikke oplyst</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ikke underskrevet</translation>
    </message>
    <message>
        <source>(unknown mentee %1)</source>
        <translation>(ukendt mentee %1)</translation>
    </message>
    <message>
        <source>No current mentees</source>
        <translation>Ingen nuværende mentees</translation>
    </message>
    <message>
        <source>Free places: %1 of %2</source>
        <translation>Ledige pladser: %1 af %2</translation>
    </message>
    <message>
        <source>A mentor with this e-mail address is already registered: %1</source>
        <translation>Der er allerede registreret en mentor med denne e-mailadresse: %1</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Gem alligevel</translation>
    </message>
    <message>
        <source>Save the mentor first to see which mentees would suit them.</source>
        <translation>Gem mentoren først for at se, hvilke mentees der vil passe til vedkommende.</translation>
    </message>
    <message>
        <source>Suggestions are for active mentors only.</source>
        <translation>Forslag gives kun til aktive mentorer.</translation>
    </message>
    <message>
        <source>The waiting mentees who suit this mentor best, each with the score explained.</source>
        <translation>De ventende mentees, der passer bedst til denne mentor, hver med forklaring på scoren.</translation>
    </message>
    <message>
        <source>Caseload sheet: %1</source>
        <translation>Sagsoversigt: %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MentorFilterBar</name>
    <message>
        <source>All types</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <source>Mentor type</source>
        <translation>Mentortype</translation>
    </message>
    <message>
        <source>All except archived</source>
        <translation>Alle undtagen arkiverede</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Has free places</source>
        <translation>Har ledige pladser</translation>
    </message>
    <message>
        <source>Only mentors with fewer approved matches than their capacity</source>
        <translation>Kun mentorer med færre godkendte match end deres kapacitet</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MentorListModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MentorSuggestionsDialog</name>
    <message>
        <source>Suggested mentees for %1</source>
        <translation>Foreslåede mentees til %1</translation>
    </message>
    <message>
        <source>A proposal waits for approval under Matching → Proposals and matches.</source>
        <translation>Et forslag venter på godkendelse under Matchning → Forslag og match.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::PhaseDialog</name>
    <message>
        <source>Enter the next phase</source>
        <translation>Gå videre til næste fase</translation>
    </message>
    <message>
        <source>What the course is about now, and why it moves on (or back)</source>
        <translation>Hvad forløbet handler om nu, og hvorfor det går videre (eller tilbage)</translation>
    </message>
    <message>
        <source>This goes back to an earlier phase: say why in the note.</source>
        <translation>Dette er et skift tilbage til en tidligere fase: skriv hvorfor i noten.</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>F&amp;ra:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Questions for this phase</source>
        <translation>Spørgsmål til denne fase</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::PhasesTab</name>
    <message>
        <source>Enter &amp;next phase…</source>
        <translation>Gå til &amp;næste fase…</translation>
    </message>
    <message>
        <source>Questions for the current phase</source>
        <translation>Spørgsmål til den aktuelle fase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Entered on</source>
        <translation>Begyndt den</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Current phase: &lt;b&gt;%1&lt;/b&gt;, since %2</source>
        <translation>Aktuel fase: &lt;b&gt;%1&lt;/b&gt;, siden %2</translation>
    </message>
    <message>
        <source>Current phase: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Aktuel fase: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::RecordDialog</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Vil du kassere dine ændringer?</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arkivér</translation>
    </message>
    <message>
        <source>Archive %1? The record is kept but hidden from the lists unless the status filter shows archived records.</source>
        <translation>Vil du arkivere %1? Posten bevares, men skjules i listerne, medmindre statusfilteret viser arkiverede poster.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::ReportsPage</name>
    <message>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <source>Active courses</source>
        <translation>Aktive forløb</translation>
    </message>
    <message>
        <source>Mentees waiting</source>
        <translation>Ventende mentees</translation>
    </message>
    <message>
        <source>Registered mentees without an approved match.</source>
        <translation>Registrerede mentees uden et godkendt match.</translation>
    </message>
    <message>
        <source>Free mentor places</source>
        <translation>Ledige mentorpladser</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Afholdte møder</translation>
    </message>
    <message>
        <source>Held meetings in the last 28 days.</source>
        <translation>Afholdte møder de seneste 28 dage.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Leverede timer</translation>
    </message>
    <message>
        <source>No recent meeting</source>
        <translation>Intet nyligt møde</translation>
    </message>
    <message>
        <source>Mentor courses with status active today. Ended courses: %1.</source>
        <translation>Mentorforløb med status aktiv i dag. Afsluttede forløb: %1.</translation>
    </message>
    <message>
        <source>Capacity minus approved matches, summed over the active mentors (%1).</source>
        <translation>Kapacitet minus godkendte match, lagt sammen for de aktive mentorer (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 granted hours delivered in the last 4 weeks (hours of held meetings ÷ hours granted).</source>
        <translation>%1 af %2 bevilgede timer leveret de seneste 4 uger (timer i afholdte møder ÷ bevilgede timer).</translation>
    </message>
    <message>
        <source>Active courses with no held meeting in the last 14 days (7 for ret og pligt).</source>
        <translation>Aktive forløb uden et afholdt møde inden for de seneste 14 dage (7 ved ret og pligt).</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::ReviewDialog</name>
    <message>
        <source>New status review</source>
        <translation>Ny statusopfølgning</translation>
    </message>
    <message>
        <source>e.g. the coordinator and the caseworker</source>
        <translation>fx koordinatoren og sagsbehandleren</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Ingen planlagt</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>Reviewed &amp;by:</source>
        <translation>Foretaget &amp;af:</translation>
    </message>
    <message>
        <source>De&amp;cision:</source>
        <translation>&amp;Beslutning:</translation>
    </message>
    <message>
        <source>&amp;Next review:</source>
        <translation>&amp;Næste opfølgning:</translation>
    </message>
    <message>
        <source>Answers to the questions on the right</source>
        <translation>Svar på spørgsmålene til højre</translation>
    </message>
    <message>
        <source>&amp;Answers</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>The guide&apos;s status questions</source>
        <translation>Guidens statusspørgsmål</translation>
    </message>
    <message>
        <source>In the mentee&apos;s own words</source>
        <translation>Med menteens egne ord</translation>
    </message>
    <message>
        <source>The mentor&apos;s view</source>
        <translation>Mentorens syn</translation>
    </message>
    <message>
        <source>&amp;Mentee&apos;s assessment</source>
        <translation>&amp;Menteens vurdering</translation>
    </message>
    <message>
        <source>Men&amp;tor&apos;s assessment</source>
        <translation>Men&amp;torens vurdering</translation>
    </message>
    <message>
        <source>Held meetings so far: %1, %2 h %3 min</source>
        <translation>Afholdte møder indtil nu: %1, %2 t %3 min</translation>
    </message>
    <message>
        <source>Delivered &amp;hours checked against the grant</source>
        <translation>&amp;Leverede timer kontrolleret mod bevillingen</translation>
    </message>
    <message>
        <source>e.g. 12 of 12 hours; or why they could not be checked</source>
        <translation>fx 12 af 12 timer; eller hvorfor de ikke kunne kontrolleres</translation>
    </message>
    <message>
        <source>Delivered hours</source>
        <translation>Leverede timer</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <source>Status review on %1</source>
        <translation>Statusopfølgning %1</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::ReviewsTab</name>
    <message>
        <source>&amp;New review…</source>
        <translation>&amp;Ny opfølgning…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigér…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Foretaget af</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Hours checked</source>
        <translation>Timer kontrolleret</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Næste opfølgning</translation>
    </message>
    <message>
        <source>Next review: %1</source>
        <translation>Næste opfølgning: %1</translation>
    </message>
    <message>
        <source>No review planned</source>
        <translation>Ingen opfølgning planlagt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::SearchPanel</name>
    <message>
        <source>Type a word to search…</source>
        <translation>Skriv et ord for at søge…</translation>
    </message>
    <message>
        <source>Finds the meeting notes, logbook entries and goals that contain every word you type, newest first. The start of a word is enough: “mød” finds “møde” and “møder”.</source>
        <translation>Finder de mødenotater, logbogsnotater og mål, der indeholder alle de ord, du skriver, med de nyeste først. Begyndelsen af et ord er nok: “mød” finder “møde” og “møder”.</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Intet fundet</translation>
    </message>
    <message>
        <source>No meeting notes, logbook entries or goals contain “%1”.</source>
        <translation>Ingen mødenotater, logbogsnotater eller mål indeholder “%1”.</translation>
    </message>
    <message>
        <source>The search failed</source>
        <translation>Søgningen mislykkedes</translation>
    </message>
    <message>
        <source>Results shown: the newest %1. Show more for older ones.</source>
        <translation>Viste resultater: de %1 nyeste. Klik på Vis flere for at se ældre.</translation>
    </message>
    <message>
        <source>Results shown: %1, newest first.</source>
        <translation>Viste resultater: %1, nyeste først.</translation>
    </message>
    <message>
        <source>Search meeting notes, logbook entries and goals…</source>
        <translation>Søg i mødenotater, logbogsnotater og mål…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Vis flere</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::SearchResultModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Meeting note</source>
        <translation>Mødenotat</translation>
    </message>
    <message>
        <source>Logbook entry</source>
        <translation>Logbogsnotat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::SuggestionPanel</name>
    <message>
        <source>%1 · %2 of %3 places free</source>
        <translation>%1 · %2 af %3 pladser ledige</translation>
    </message>
    <message>
        <source>Score %1 of 100</source>
        <translation>Score %1 af 100</translation>
    </message>
    <message>
        <source>Proposal not stored</source>
        <translation>Forslaget blev ikke gemt</translation>
    </message>
    <message>
        <source>Show &amp;excluded mentees</source>
        <translation>Vis &amp;udelukkede mentees</translation>
    </message>
    <message>
        <source>Show &amp;excluded mentors</source>
        <translation>Vis &amp;udelukkede mentorer</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Foreslå</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Choose a mentee to see the best mentors.</source>
        <translation>Vælg en mentee for at se de bedste mentorer.</translation>
    </message>
    <message>
        <source>The mentee no longer exists.</source>
        <translation>Mentee findes ikke længere.</translation>
    </message>
    <message>
        <source>Best mentors for %1</source>
        <translation>Bedste mentorer til %1</translation>
    </message>
    <message>
        <source>Only active mentors get suggestions.</source>
        <translation>Kun aktive mentorer får forslag.</translation>
    </message>
    <message>
        <source>Best mentees for %1</source>
        <translation>Bedste mentees til %1</translation>
    </message>
    <message>
        <source>proposed, waiting for a decision</source>
        <translation>foreslået, venter på afgørelse</translation>
    </message>
    <message>
        <source>Nobody can be proposed now: %1. Tick &quot;Show excluded mentors&quot; to see each one.</source>
        <translation>Ingen kan foreslås nu: %1. Sæt hak i &quot;Vis udelukkede mentorer&quot; for at se hver enkelt.</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::TimelineView</name>
    <message>
        <source>Nothing has been recorded on this course yet.</source>
        <translation>Der er endnu ikke registreret noget på dette forløb.</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 hændelse</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 hændelser</translation>
    </message>
    <message>
        <source>%1 of %2 events shown; tick more kinds above to see the rest.</source>
        <translation>%1 af %2 hændelser vises; sæt hak ved flere typer ovenfor for at se resten.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>Logbook</source>
        <translation>Logbog</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Match</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Opfølgninger</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Bevillinger</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Aftaler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::WaitingListModel</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Ordning</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Målgruppe</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registreret</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Ventedage</translation>
    </message>
</context>
</TS>
