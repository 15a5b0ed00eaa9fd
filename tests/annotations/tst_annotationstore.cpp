#include "annotations/anchoring.h"
#include "annotations/annotationstore.h"
#include "annotations/formats.h"
#include "documents/documentstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::annotations;

class TestAnnotationStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okur::documents::DocumentStore m_docs;

    Annotation sample(const QString &quote, int block = 1)
    {
        Annotation a;
        a.documentId = QStringLiteral("doc");
        a.block = block;
        a.start = 0;
        a.end = int(quote.size());
        a.quote = quote;
        a.color = QStringLiteral("green");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_docs.open(m_dir.path(), &error), qPrintable(error));
    }
    void init() { QVERIFY(m_docs.database().exec(QStringLiteral("DELETE FROM annotations"))); }

    void addUpdateRemoveRestore()
    {
        AnnotationStore store(m_docs.database());
        const auto a = store.add(sample(QStringLiteral("soft power")));
        QVERIFY(a.has_value());
        QVERIFY(!a->id.isEmpty());
        QVERIFY(a->created > 0);
        Annotation changed = *a;
        changed.note = QStringLiteral("Nye's term; see also 'smart power' -- \"quoted\"; DROP TABLE x;");
        changed.color = QStringLiteral("pink");
        QVERIFY(store.update(changed));
        const auto got = store.get(a->id);
        QCOMPARE(got->note, changed.note);
        QCOMPARE(got->color, QStringLiteral("pink"));
        QVERIFY(got->updated > a->updated);

        QVERIFY(store.remove(a->id));
        QCOMPARE(store.list(QStringLiteral("doc")).size(), 0);
        QCOMPARE(store.list(QStringLiteral("doc"), true).size(), 1); // a tombstone stays
        QVERIFY(store.restore(a->id));
        QCOMPARE(store.list(QStringLiteral("doc")).size(), 1);
        QVERIFY(!store.remove(QStringLiteral("no-such-id")));
    }

    void unknownColourFallsBack()
    {
        AnnotationStore store(m_docs.database());
        Annotation a = sample(QStringLiteral("x"));
        a.color = QStringLiteral("chartreuse");
        QCOMPARE(store.add(a)->color, QStringLiteral("yellow"));
    }

    void reanchorNeverDeletes()
    {
        AnnotationStore store(m_docs.database());
        const QStringList before = {QStringLiteral("Başlık"), QStringLiteral("Yumuşak güç bir kavramdır."),
                                    QStringLiteral("Silinecek paragraf burada.")};
        Annotation kept = sample(QStringLiteral("bir kavramdır"));
        kept.start = int(before[1].indexOf(kept.quote));
        kept.end = kept.start + int(kept.quote.size());
        Annotation lost = sample(QStringLiteral("Silinecek paragraf"), 2);
        const auto k = store.add(kept), l = store.add(lost);
        const QStringList after = {QStringLiteral("Başlık"), QStringLiteral("Giriş"), QStringLiteral("Yumuşak güç bir kavramdır.")};
        QCOMPARE(store.reanchor(QStringLiteral("doc"), after), 1);
        QCOMPARE(store.get(k->id)->block, 2);
        QVERIFY(!store.get(k->id)->orphaned);
        QVERIFY(store.get(l->id)->orphaned);
        QCOMPARE(store.list(QStringLiteral("doc")).size(), 2); // the orphan is still listed
    }

    // A bookmark of a line follows that line's first words when the text changes; where they are gone it marks the
    // start of its block, within the new text, never offsets past it.
    void reanchorMovesBookmarks()
    {
        AnnotationStore store(m_docs.database());
        const QString paragraph = QStringLiteral("İlk cümle burada. Yer imi bu satırdan başlar ve sürer.");
        const QStringList before = {QStringLiteral("Başlık"), paragraph};
        Annotation kept;
        kept.kind = QStringLiteral("bookmark");
        kept.documentId = QStringLiteral("doc");
        kept.block = 1;
        kept.start = int(paragraph.indexOf(QStringLiteral("Yer imi")));
        kept.end = int(paragraph.size());
        captureContext(kept, before);
        Annotation lost = kept;
        const auto k = store.add(kept), l = store.add(lost);
        QVERIFY(k && l);
        // The paragraph moves down a block and gains a sentence before the line.
        const QStringList after = {QStringLiteral("Başlık"), QStringLiteral("Giriş"),
                                   QStringLiteral("Yeni bir cümle. ") + paragraph};
        QCOMPARE(store.reanchor(QStringLiteral("doc"), after), 0);
        const Annotation moved = *store.get(k->id);
        QCOMPARE(moved.block, 2);
        QCOMPARE(after[2].mid(moved.start, moved.end - moved.start), moved.quote);
        QVERIFY(moved.quote.startsWith(QStringLiteral("Yer imi")));
        // The text gone, shorter: the block's start, offsets within it.
        QCOMPARE(store.reanchor(QStringLiteral("doc"), {QStringLiteral("Kısa.")}), 0);
        const Annotation clamped = *store.get(l->id);
        QCOMPARE(clamped.block, 0);
        QCOMPARE(clamped.start, 0);
        QVERIFY(clamped.end <= 5);
        QCOMPARE(clamped.quote, QStringLiteral("Kısa."));
        QVERIFY(!clamped.orphaned);
    }

    void w3cRoundTripAndMerge()
    {
        AnnotationStore store(m_docs.database());
        Annotation a = sample(QStringLiteral("kamu diplomasisi"));
        a.note = QStringLiteral("public diplomacy\nsecond line");
        const auto saved = store.add(a);
        Annotation b = sample(QStringLiteral("gone"));
        const auto deleted = store.add(b);
        QVERIFY(store.remove(deleted->id));

        const QByteArray json = toW3c(store.list(QString(), true));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QVERIFY(json.contains("TextQuoteSelector"));
        QVERIFY(json.contains("TextPositionSelector"));

        QString error;
        const QList<Annotation> back = fromW3c(json, &error);
        QCOMPARE(back.size(), 2);
        // A round trip changes nothing; a second import adds nothing.
        MergeReport r = store.merge(back);
        QCOMPARE(r.added, 0);
        QCOMPARE(r.updated, 0);
        r = store.merge(back);
        QCOMPARE(r.added, 0);
        QCOMPARE(store.get(saved->id)->note, a.note);
        // An old copy cannot resurrect a deletion; a newer edit wins.
        QList<Annotation> old = back;
        for (Annotation &x : old) {
            x.deleted = false;
            x.updated -= 100000;
        }
        store.merge(old);
        QVERIFY(store.get(deleted->id)->deleted);
        QList<Annotation> newer = back;
        newer[0].note = QStringLiteral("edited elsewhere");
        newer[0].updated += 100000;
        QCOMPARE(store.merge(newer).updated, 1);
        QCOMPARE(store.get(newer[0].id)->note, QStringLiteral("edited elsewhere"));
        // Into an empty library, an import adds everything.
        QVERIFY(m_docs.database().exec(QStringLiteral("DELETE FROM annotations")));
        QCOMPARE(store.merge(back).added, 2);
    }

    // issue 15 #5: a copy dated in 9999 must not come back after a local deletion or beat a local edit.
    void futureCopyNeverWinsForever()
    {
        AnnotationStore store(m_docs.database());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Annotation a = sample(QStringLiteral("ileri tarih"));
        a.id = QStringLiteral("6f1c1c1e-0000-4000-8000-000000000001");
        a.created = now - 1000;
        a.updated = QDateTime(QDate(9999, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        MergeReport r = store.merge({a});
        QVERIFY(r.ok);
        QCOMPARE(r.added, 1);
        QCOMPARE(r.untrusted, 1);
        QVERIFY(store.get(a.id)->updated <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(store.remove(a.id));
        r = store.merge({a});
        QCOMPARE(r.added + r.updated, 0);
        QVERIFY(store.get(a.id)->deleted);
        // Within the skew the copy is trusted, and a later local edit still wins.
        Annotation b = sample(QStringLiteral("yakın tarih"));
        b.id = QStringLiteral("6f1c1c1e-0000-4000-8000-000000000002");
        b.created = now;
        b.updated = now + kClockSkewMs / 2;
        QCOMPARE(store.merge({b}).added, 1);
        Annotation mine = *store.get(b.id);
        mine.note = QStringLiteral("local");
        QVERIFY(store.update(mine));
        QVERIFY(store.get(b.id)->updated > b.updated);
        QCOMPARE(store.merge({b}).updated, 0);
        QCOMPARE(store.get(b.id)->note, QStringLiteral("local"));
        QVERIFY(store.remove(b.id));
        QCOMPARE(store.merge({b}).updated, 0);
        QVERIFY(store.get(b.id)->deleted);
    }

    // issue 15 #4: counts say what was committed; a refused write commits nothing.
    void mergeReportsOnlyWhatWasCommitted()
    {
        AnnotationStore store(m_docs.database());
        QVERIFY(m_docs.database().exec(QStringLiteral(
            "CREATE TEMP TRIGGER refuse BEFORE INSERT ON annotations WHEN NEW.quote = 'refused' "
            "BEGIN SELECT RAISE(ABORT, 'refused by test'); END")));
        Annotation ok1 = sample(QStringLiteral("kabul"));
        ok1.id = QStringLiteral("6f1c1c1e-0000-4000-8000-000000000003");
        ok1.created = ok1.updated = 1700000000000;
        Annotation bad = ok1;
        bad.id = QStringLiteral("6f1c1c1e-0000-4000-8000-000000000004");
        bad.quote = QStringLiteral("refused");
        const MergeReport r = store.merge({ok1, bad});
        QVERIFY(m_docs.database().exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(!r.ok);
        QCOMPARE(r.added, 0);
        QVERIFY(r.error.contains(QStringLiteral("refused by test")));
        QVERIFY(store.list(QString(), true).isEmpty()); // the first one was rolled back too
    }

    // A tombstone with only id and time deletes the local copy and keeps its content.
    void bareTombstoneKeepsContent()
    {
        AnnotationStore store(m_docs.database());
        const auto saved = store.add(sample(QStringLiteral("silinecek")));
        Annotation t;
        t.id = saved->id;
        t.deleted = true;
        t.created = t.updated = saved->updated + 5;
        QCOMPARE(store.merge({t}).updated, 1);
        const auto after = store.get(saved->id);
        QVERIFY(after->deleted);
        QCOMPARE(after->quote, QStringLiteral("silinecek"));
        QCOMPARE(after->documentId, QStringLiteral("doc"));
    }

    void badJson()
    {
        QString error;
        QVERIFY(fromW3c("not json", &error).isEmpty());
        QVERIFY(!error.isEmpty());
        int skipped = 0;
        error.clear();
        const QByteArray foreign = "[{\"id\":\"x\",\"target\":{\"source\":\"http://elsewhere\"}}]";
        QVERIFY(fromW3c(foreign, &error, &skipped).isEmpty());
        QCOMPARE(skipped, 1);
    }

    void markdown()
    {
        Annotation a = sample(QStringLiteral("Yumuşak güç"), 2);
        a.note = QStringLiteral("Nye");
        a.created = a.updated = 1700000000000;
        Annotation bm = sample(QStringLiteral("Giriş metni"), 1);
        bm.kind = QStringLiteral("bookmark");
        bm.created = bm.updated = 1700000000000;
        QHash<QString, DocumentContext> docs;
        DocumentContext ctx;
        ctx.title = QStringLiteral("Kültür Diplomasisi");
        ctx.author = QStringLiteral("A. Yazar");
        ctx.headings = {QString(), QStringLiteral("Giriş"), QStringLiteral("Giriş")};
        docs.insert(QStringLiteral("doc"), ctx);
        const QString md = toMarkdown({bm, a}, docs);
        QVERIFY(md.contains(QStringLiteral("## Kültür Diplomasisi")));
        QVERIFY(md.contains(QStringLiteral("### Giriş")));
        QVERIFY(md.contains(QStringLiteral("> Yumuşak güç")));
        QVERIFY(md.contains(QStringLiteral("\n**Note:** Nye\n")));
        QVERIFY(md.contains(QStringLiteral("**Highlight** · green · 2023-11-")));
        QVERIFY(md.contains(QStringLiteral("**Bookmark**")));
        QVERIFY(md.contains(QStringLiteral("Author: A\\. Yazar")));
        QVERIFY(md.contains(QStringLiteral("(<okur://document/doc#block=2&start=")));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
