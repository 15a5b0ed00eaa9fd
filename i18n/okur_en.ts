<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KeyFactsList</name>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln sentence</numerusform>
            <numerusform>%Ln sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %Ln fact(s)</source>
        <translation>
            <numerusform>Show %Ln fact</numerusform>
            <numerusform>Show all %Ln facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln passage(s)</source>
        <translation>
            <numerusform>%Ln passage</numerusform>
            <numerusform>%Ln passages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln document(s)</source>
        <translation>
            <numerusform>%Ln document</numerusform>
            <numerusform>%Ln documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsPage</name>
    <message numerus="yes">
        <source>Known words over the last %n day(s)</source>
        <translation>
            <numerusform>Known words over the last day</numerusform>
            <numerusform>Known words over the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) being learnt</source>
        <translation>
            <numerusform>%n word being learnt</numerusform>
            <numerusform>%n words being learnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>known word(s)</source>
        <translation>
            <numerusform>known word</numerusform>
            <numerusform>known words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>word(s) read</source>
        <translation>
            <numerusform>word read</numerusform>
            <numerusform>words read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s) of reading</source>
        <translation>
            <numerusform>minute of reading</numerusform>
            <numerusform>minutes of reading</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s) in a row</source>
        <translation>
            <numerusform>day in a row</numerusform>
            <numerusform>days in a row</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <source>%n change(s) made here wait for the next sync.</source>
        <translation>
            <numerusform>%n change made here waits for the next sync.</numerusform>
            <numerusform>%n changes made here wait for the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%Ln dated sentence(s)</source>
        <translation>
            <numerusform>%Ln dated sentence</numerusform>
            <numerusform>%Ln dated sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message numerus="yes">
        <source>Exported %Ln word(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln word to %1.</numerusform>
            <numerusform>Exported %Ln words to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::AppState</name>
    <message numerus="yes">
        <source>Imported %Ln document(s).</source>
        <translation>
            <numerusform>Imported %Ln document.</numerusform>
            <numerusform>Imported %Ln documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::LibraryModel</name>
    <message numerus="yes">
        <source>%Ln min read</source>
        <translation>
            <numerusform>%Ln min read</numerusform>
            <numerusform>%Ln min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::NotesModel</name>
    <message numerus="yes">
        <source>%Ln left out (first: %1).</source>
        <translation>
            <numerusform>%Ln left out (first: %1).</numerusform>
            <numerusform>%Ln left out (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not found in their text (kept as orphans).</source>
        <translation>
            <numerusform>%Ln not found in its text (kept as an orphan).</numerusform>
            <numerusform>%Ln not found in their text (kept as orphans).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::search</name>
    <message numerus="yes">
        <source>a prefix needs at least %n letters before *</source>
        <translation>
            <numerusform>a prefix needs at least %n letter before *</numerusform>
            <numerusform>a prefix needs at least %n letters before *</numerusform>
        </translation>
    </message>
</context>
</TS>
