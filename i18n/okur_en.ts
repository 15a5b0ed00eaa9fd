<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>KeyFactsList</name>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show all %n fact(s)</source>
        <translation>
            <numerusform>Show %n fact</numerusform>
            <numerusform>Show all %n facts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>The best %1 matches, in %n document(s)</source>
        <translation>
            <numerusform>The best %1 matches, in %n document</numerusform>
            <numerusform>The best %1 matches, in %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 matches in %2 passages of %n document(s)</source>
        <translation>
            <numerusform>%1 matches in %2 passages of %n document</numerusform>
            <numerusform>%1 matches in %2 passages of %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message numerus="yes">
        <source>%n dated sentence(s)</source>
        <translation>
            <numerusform>%n dated sentence</numerusform>
            <numerusform>%n dated sentences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message numerus="yes">
        <source>Exported %n word(s).</source>
        <translation>
            <numerusform>Exported %n word.</numerusform>
            <numerusform>Exported %n words.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::AppState</name>
    <message numerus="yes">
        <source>Imported %n document(s).</source>
        <translation>
            <numerusform>Imported %n document.</numerusform>
            <numerusform>Imported %n documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::LibraryModel</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n min read</numerusform>
            <numerusform>%n min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okur::app::NotesModel</name>
    <message numerus="yes">
        <source>%n left out (first: %1).</source>
        <translation>
            <numerusform>%n left out (first: %1).</numerusform>
            <numerusform>%n left out (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not found in their text (kept as orphans).</source>
        <translation>
            <numerusform>%n not found in its text (kept as an orphan).</numerusform>
            <numerusform>%n not found in their text (kept as orphans).</numerusform>
        </translation>
    </message>
</context>
</TS>
