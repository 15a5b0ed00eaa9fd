#include "annotations/annotationstore.h"
#include "annotations/formats.h"
#include "library/documentstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace okur::annotations;

class TestAnnotationStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    okur::library::DocumentStore m_docs;

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
        docs.insert(QStringLiteral("doc"), {QStringLiteral("Kültür Diplomasisi"), {QString(), QStringLiteral("Giriş"), QStringLiteral("Giriş")}});
        const QString md = toMarkdown({bm, a}, docs);
        QVERIFY(md.contains(QStringLiteral("## Kültür Diplomasisi")));
        QVERIFY(md.contains(QStringLiteral("### Giriş")));
        QVERIFY(md.contains(QStringLiteral("> Yumuşak güç")));
        QVERIFY(md.contains(QStringLiteral("\nNye\n")));
        QVERIFY(md.contains(QStringLiteral("*green · 2023-11-")));
        QVERIFY(md.contains(QStringLiteral("- Bookmark")));
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
