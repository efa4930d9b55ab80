<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AttentionItem</name>
    <message numerus="yes">
        <source>No meeting held for %n day(s)</source>
        <translation>
            <numerusform>No meeting held for %n day</numerusform>
            <numerusform>No meeting held for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned end on %1, in %n day(s)</source>
        <translation>
            <numerusform>Planned end on %1, in %n day</numerusform>
            <numerusform>Planned end on %1, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held with the mentor, no chemistry check recorded</source>
        <translation>
            <numerusform>%n meeting held with the mentor, no chemistry check recorded</numerusform>
            <numerusform>%n meetings held with the mentor, no chemistry check recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No meeting held since the course started %n day(s) ago</source>
        <translation>
            <numerusform>No meeting held since the course started %n day ago</numerusform>
            <numerusform>No meeting held since the course started %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkAssignment</name>
    <message numerus="yes">
        <source>capacity exhausted: the places of all %n admissible mentor(s) went to other mentees</source>
        <translation>
            <numerusform>capacity exhausted: the places of the %n admissible mentor went to other mentees</numerusform>
            <numerusform>capacity exhausted: the places of all %n admissible mentors went to other mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem found.</numerusform>
            <numerusform>Nothing was imported: %n problems found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message numerus="yes">
        <source>%n mentee(s) with an open proposal are left out; decide those proposals first.</source>
        <translation>
            <numerusform>%n mentee with an open proposal is left out; decide that proposal first.</numerusform>
            <numerusform>%n mentees with an open proposal are left out; decide those proposals first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PairScorer</name>
    <message numerus="yes">
        <source>can meet %1 and %n more times a week</source>
        <translation>
            <numerusform>can meet %1 and %n more time a week</numerusform>
            <numerusform>can meet %1 and %n more times a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has had %n mentee(s)</source>
        <translation>
            <numerusform>has had %n mentee</numerusform>
            <numerusform>has had %n mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineQueries</name>
    <message numerus="yes">
        <source>Meeting held, %n minute(s)</source>
        <translation>
            <numerusform>Meeting held, %n minute</numerusform>
            <numerusform>Meeting held, %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::AttentionPanel</name>
    <message numerus="yes">
        <source>%n course(s) need attention</source>
        <translation>
            <numerusform>%n course needs attention</numerusform>
            <numerusform>%n courses need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be printed yet; the details say why.</source>
        <translation>
            <numerusform>%n could not be printed yet; the details say why.</numerusform>
            <numerusform>%n could not be printed yet; the details say why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::BulkAssignmentDialog</name>
    <message numerus="yes">
        <source>%n mentee(s) with an open proposal were left out; decide those first.</source>
        <translation>
            <numerusform>%n mentee with an open proposal was left out; decide that first.</numerusform>
            <numerusform>%n mentees with an open proposal were left out; decide those first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) pinned, %1 excluded. Run again to apply.</source>
        <translation>
            <numerusform>%n pair pinned, %1 excluded. Run again to apply.</numerusform>
            <numerusform>%n pairs pinned, %1 excluded. Run again to apply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n course(s) need attention</source>
        <translation>
            <numerusform>%n course needs attention</numerusform>
            <numerusform>%n courses need attention</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mentordesk::gui::MeetingsTab</name>
    <message numerus="yes">
        <source>Held: %n meeting(s), %1 h %2 min</source>
        <translation>
            <numerusform>Held: %n meeting, %1 h %2 min</numerusform>
            <numerusform>Held: %n meetings, %1 h %2 min</numerusform>
        </translation>
    </message>
</context>
</TS>
