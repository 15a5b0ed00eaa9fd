// Web Annotation export and import, checked against the W3C test suite's own
// JSON Schemas (tests/data/w3c) and against cases with hand-counted answers.
#include "annotations/formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::annotations;

namespace {

const QString kDoc = QStringLiteral("doc");

// JSON written with single quotes, so the cases read easily (and moc, which
// cannot read raw strings, can read this file).
QByteArray J(const char *json)
{
    QByteArray b(json);
    b.replace('\'', '"');
    return b;
}

QHash<QString, DocumentContext> documents()
{
    DocumentContext c;
    c.title = QStringLiteral("Kültür");
    c.blocks = {QStringLiteral("Başlık"), QStringLiteral("Kamu diplomasisi ve yumuşak güç kavramları."),
                QStringLiteral("😀😀 abc def yumuşak güç."), QStringLiteral("Son paragraf: kamu diplomasisi.")};
    c.headings = {QString(), QStringLiteral("Başlık"), QStringLiteral("Başlık"), QStringLiteral("Başlık")};
    return {{kDoc, c}};
}

Annotation make(const QString &id, int block, int start, int end)
{
    Annotation a;
    a.id = id;
    a.documentId = kDoc;
    a.block = block;
    a.start = start;
    a.end = end;
    a.quote = documents()[kDoc].blocks[block].mid(start, end - start);
    a.created = a.updated = 1700000000000;
    return a;
}

// Runs the W3C schema checker (python3-jsonschema, installed by scripts/setup.sh).
int schemaCheck(const QByteArray &json, QString *output)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write(json);
    f.close();
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(OKUR_TEST_DATA "/../tools/w3c_check.py"),
                                                 QStringLiteral(OKUR_TEST_DATA "/w3c"), path});
    if (!p.waitForFinished(60000))
        return -2;
    *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

} // namespace

class TestW3c : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void exportPassesEveryMustOfTheW3cSuite()
    {
        Annotation note = make(QStringLiteral("2c429ead-7708-4e6b-a004-b0f68358da1c"), 1, 20, 32);
        note.note = QStringLiteral("line one\nline two");
        Annotation bookmark = make(QStringLiteral("57d772b0-3f3e-4a9e-a0d2-8e0322c909af"), 2, 0, 10);
        bookmark.kind = QStringLiteral("bookmark");
        Annotation foreign = make(QStringLiteral("http://example.org/anno/10"), 3, 14, 30);
        Annotation gone = make(QStringLiteral("0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e01"), 1, 0, 4);
        gone.deleted = true;
        gone.note = QStringLiteral("secret");
        const QByteArray json = toW3c({note, bookmark, foreign, gone}, documents());
        QString output;
        QCOMPARE(schemaCheck(json, &output), 0);
        QVERIFY2(output.contains(QStringLiteral("checked 3 annotations against 54 MUST assertions")), qPrintable(output));

        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QVERIFY(root.value(QStringLiteral("id")).toString().startsWith(QStringLiteral("urn:uuid:")));
        QCOMPARE(root.value(QStringLiteral("total")).toInt(), 3); // the tombstone is not counted
        const QJsonArray items = root.value(QStringLiteral("first")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 3);
        QVERIFY(!json.contains("secret")); // a deletion does not carry its text
        QCOMPARE(root.value(QStringLiteral("okur:deleted")).toArray().first().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("urn:uuid:") + gone.id);
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("id")).toString(), foreign.id); // not urn:uuid:http://…

        // Read back: the same annotations, the tombstone included.
        const W3cImport back = readW3c(json, documents());
        QVERIFY2(back.error.isEmpty() && back.skipped.isEmpty(), qPrintable(back.error));
        QCOMPARE(back.annotations.size(), 4);
        for (const Annotation &a : back.annotations) {
            const Annotation &orig = a.id == note.id ? note : a.id == bookmark.id ? bookmark : a.id == foreign.id ? foreign : gone;
            QCOMPARE(a.deleted, orig.deleted);
            if (a.deleted)
                continue;
            QCOMPARE(a.block, orig.block);
            QCOMPARE(a.start, orig.start);
            QCOMPARE(a.end, orig.end);
            QCOMPARE(a.note, orig.note);
            QCOMPARE(a.kind, orig.kind);
            QVERIFY(!a.orphaned);
        }
    }

    void emptyExportIsValidAndReadsBack()
    {
        const QByteArray json = toW3c({}, documents());
        QString output;
        QCOMPARE(schemaCheck(json, &output), 0);
        const W3cImport back = readW3c(json, documents());
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));
        QVERIFY(back.annotations.isEmpty());
    }

    void checkerRejectsWhatTheOldExportWrote()
    {
        // A collection without id, as Okur wrote before: the suite must say so.
        const QByteArray old = J("{'@context': 'http://www.w3.org/ns/anno.jsonld', 'type': 'AnnotationCollection', 'total': 0, 'first': {'type': 'AnnotationPage', 'items': []}}");
        QString output;
        QCOMPARE(schemaCheck(old, &output), 1);
        QVERIFY2(output.contains(QStringLiteral("5.1-collectionIdValidated")), qPrintable(output));
    }

    // Positions count code points (model 4.2.5); two emoji before the quote
    // are four UTF-16 units but two characters.
    void positionsCountCodePoints()
    {
        const Annotation a = make(QStringLiteral("2c429ead-7708-4e6b-a004-b0f68358da1c"), 2, 9, 12); // "def"
        QCOMPARE(a.quote, QStringLiteral("def"));
        const QJsonObject item = QJsonDocument::fromJson(toW3c({a}, documents()))
                                     .object().value(QStringLiteral("first")).toObject()
                                     .value(QStringLiteral("items")).toArray().first().toObject();
        const QJsonObject pos = item.value(QStringLiteral("target")).toObject().value(QStringLiteral("selector")).toArray().at(1).toObject();
        QCOMPARE(pos.value(QStringLiteral("start")).toInt(), 7);
        QCOMPARE(pos.value(QStringLiteral("end")).toInt(), 10);
    }

    void importForms_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("block");
        QTest::addColumn<int>("start"); // UTF-16, as the reader counts
        QTest::addColumn<int>("end");
        QTest::addColumn<QString>("note");
        QTest::addColumn<bool>("orphaned");

        const QByteArray head = J("{'@context': 'http://www.w3.org/ns/anno.jsonld', 'id': 'urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e09', 'type': 'Annotation', 'created': '2024-01-01T00:00:00Z', ");
        // "yumuşak güç" is at 20–31 in block 1 and at 13–24 in block 2 (11–22 in code points).
        QTest::newRow("bodyValue") << head + J("'bodyValue': 'a note', 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'TextPositionSelector', 'start': 20, 'end': 31}}}") << 1 << 20 << 31 << "a note" << false;
        QTest::newRow("body array") << head + J("'body': [{'type': 'TextualBody', 'value': 'one'}, {'type': 'TextualBody', 'value': 'two'}], 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}}}")
                                    << 1 << 20 << 31 << "one\n\ntwo" << false;
        QTest::newRow("linked body") << head + J("'body': 'http://example.org/note/1', 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}}}")
                                     << 1 << 20 << 31 << "http://example.org/note/1" << false;
        QTest::newRow("range of positions") << head + J("'target': {'source': 'okur://document/doc#block=2', 'selector': {'type': 'RangeSelector', 'startSelector': {'type': 'TextPositionSelector', 'start': 11, 'end': 11}, 'endSelector': {'type': 'TextPositionSelector', 'start': 22, 'end': 22}}}}") << 2 << 13 << 24 << "" << false;
        QTest::newRow("quote only, no created") << (J("{'id': 'x1', 'type': ['Annotation'], 'target': {'source': 'okur://document/doc', 'selector': [{'type': 'TextQuoteSelector', 'exact': 'kamu diplomasisi', 'prefix': 'Son paragraf: '}]}}"))
                                                << 3 << 14 << 30 << "" << false;
        QTest::newRow("target IRI") << head + J("'target': 'okur://document/doc#block=3'}") << 3 << 0 << 31 << "" << false;
        QTest::newRow("hypothesis target array") << head + J("'target': [{'source': 'https://example.org/page.html', 'selector': [ {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç', 'prefix': 'abc def '}]}]}") << 2 << 13 << 24 << "" << false;
        QTest::newRow("block 999, quote elsewhere") << head + J("'target': {'source': 'okur://document/doc#block=999', 'selector': [ {'type': 'TextQuoteSelector', 'exact': 'güç kavramları'}, {'type': 'TextPositionSelector', 'start': 0, 'end': 14}]}}")
                                                    << 1 << 28 << 42 << "" << false;
        QTest::newRow("offset disagrees with quote") << head + J("'target': {'source': 'okur://document/doc#block=1', 'selector': [ {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}, {'type': 'TextPositionSelector', 'start': 0, 'end': 11}]}}")
                                                     << 1 << 20 << 31 << "" << false;
        QTest::newRow("quote nowhere") << head + J("'target': {'source': 'okur://document/doc#block=1', 'selector': [ {'type': 'TextQuoteSelector', 'exact': 'bambaşka bir cümle ki burada yok'}, {'type': 'TextPositionSelector', 'start': 0, 'end': 4}]}}")
                                       << 1 << 0 << 4 << "" << true;
        QTest::newRow("unknown document") << head + J("'target': {'source': 'okur://document/elsewhere#block=1', 'selector': [ {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}, {'type': 'TextPositionSelector', 'start': 20, 'end': 31}]}}")
                                          << 1 << 20 << 31 << "" << true;
        QTest::newRow("lone page") << (J("{'@context': 'http://www.w3.org/ns/anno.jsonld', 'id': 'urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e10', 'type': 'AnnotationPage', 'items': [{'id': 'urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e11', 'type': 'Annotation', 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}}}]}"))
                                   << 1 << 20 << 31 << "" << false;
    }

    void importForms()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, block);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(QString, note);
        QFETCH(bool, orphaned);
        const W3cImport r = readW3c(json, documents());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY2(r.skipped.isEmpty(), qPrintable(r.skipped.value(0).reason));
        QCOMPARE(r.annotations.size(), 1);
        const Annotation &a = r.annotations.first();
        QCOMPARE(a.orphaned, orphaned);
        QCOMPARE(a.block, block);
        QCOMPARE(a.start, start);
        QCOMPARE(a.end, end);
        QCOMPARE(a.note, note);
        if (!orphaned)
            QCOMPARE(a.quote, documents()[a.documentId].blocks[block].mid(start, end - start));
    }

    void mixedFileSaysWhatItSkippedAndWhy()
    {
        const QByteArray json = J("[ {'id': 'good', 'type': 'Annotation', 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}}}, {'id': 'no-target', 'type': 'Annotation'}, {'id': 'a-note-page', 'type': 'Note', 'target': 'okur://document/doc'}, {'id': 'far-away', 'type': 'Annotation', 'target': {'source': 'https://example.org/x', 'selector': {'type': 'TextQuoteSelector', 'exact': 'not in any document here'}}}, {'id': 'svg', 'type': 'Annotation', 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'SvgSelector', 'value': '<svg/>'}}} ]");
        const W3cImport r = readW3c(json, documents());
        QCOMPARE(r.annotations.size(), 1);
        QCOMPARE(r.skipped.size(), 4);
        const QStringList expected = {QStringLiteral("no-target: no target"), QStringLiteral("a-note-page: not of type Annotation"),
                                      QStringLiteral("far-away: target https://example.org/x is not an Okur document and its quote is in none"),
                                      QStringLiteral("svg: selector SvgSelector is not supported")};
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(r.skipped.at(i).id + QStringLiteral(": ") + r.skipped.at(i).reason, expected.at(i));
    }

    void readsWhatEarlierVersionsWrote()
    {
        const QByteArray json = J("{'@context': 'http://www.w3.org/ns/anno.jsonld', 'type': 'AnnotationCollection', 'total': 2, "
                                  "'first': {'type': 'AnnotationPage', 'items': ["
                                  "{'id': 'urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e21', 'type': 'Annotation', 'okur:deleted': false, "
                                  "'created': '2024-01-01T00:00:00.000Z', 'modified': '2024-01-01T00:00:00.000Z', 'target': "
                                  "{'source': 'okur:document/doc#block=1', 'selector': [{'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}, "
                                  "{'type': 'TextPositionSelector', 'start': 20, 'end': 31}]}}, "
                                  "{'id': 'urn:uuid:0b7e3c52-1d0a-4c1e-9a51-5f3f0c2d9e22', 'type': 'Annotation', 'okur:deleted': true, "
                                  "'created': '2024-01-01T00:00:00.000Z', 'modified': '2024-01-02T00:00:00.000Z', 'target': "
                                  "{'source': 'okur:document/doc#block=3', 'selector': [{'type': 'TextQuoteSelector', 'exact': 'kamu'}, "
                                  "{'type': 'TextPositionSelector', 'start': 14, 'end': 18}]}}]}}");
        const W3cImport r = readW3c(json, documents());
        QCOMPARE(r.annotations.size(), 2);
        QVERIFY(!r.annotations.at(0).deleted);
        QCOMPARE(r.annotations.at(0).start, 20);
        QVERIFY(!r.annotations.at(0).orphaned);
        QVERIFY(r.annotations.at(1).deleted); // a deletion stays a deletion
    }

    void unknownColourAndIds()
    {
        const QByteArray json = J("{'id': 'http://example.org/anno/10', 'type': 'Annotation', 'okur:color': 'red', 'target': {'source': 'okur://document/doc#block=1', 'selector': {'type': 'TextQuoteSelector', 'exact': 'yumuşak güç'}}}");
        const W3cImport r = readW3c(json, documents());
        QCOMPARE(r.annotations.size(), 1);
        QCOMPARE(r.annotations.first().id, QStringLiteral("http://example.org/anno/10"));
        QCOMPARE(r.annotations.first().color, QStringLiteral("yellow"));
    }

    void badInputIsOneClearLine_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{\"a\": ") << QStringLiteral("not JSON");
        QTest::newRow("other json") << QByteArray("{\"type\": \"Person\"}") << QStringLiteral("no Web Annotations found");
        QTest::newRow("linked pages") << (J("{'type': 'AnnotationCollection', 'first': 'http://example.org/page1'}"))
                                      << QStringLiteral("pages are links");
        QTest::newRow("too large") << QByteArray(kMaxW3cBytes + 1, ' ') << QStringLiteral("too large");
    }
    void badInputIsOneClearLine()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const W3cImport r = readW3c(json, documents());
        QVERIFY(r.annotations.isEmpty());
        QVERIFY2(r.error.contains(error), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(TestW3c)
#include "tst_w3c.moc"
