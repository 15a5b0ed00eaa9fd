// A full disk or a read-only library: clear errors, and nothing already saved is lost.
#include "annotations/annotationstore.h"
#include "documents/documentstore.h"
#include "library/importer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace okur;

namespace {
documents::NewDocument sample(const QString &title, int paragraphs)
{
    documents::NewDocument d;
    d.title = title;
    d.language = QStringLiteral("en");
    d.origin = QStringLiteral("test");
    for (int i = 0; i < paragraphs; ++i)
        d.blocks.append({text::BlockKind::Paragraph, QStringLiteral("A paragraph of text number %1 about soft power.").arg(i),
                         QString(), QStringLiteral("en")});
    return d;
}
} // namespace

class TestDurability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void diskFull()
    {
        QTemporaryDir dir;
        documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        const QString kept = store.insert(sample(QStringLiteral("Kept"), 10), &error);
        annotations::Annotation a;
        a.documentId = kept;
        a.block = 1;
        a.end = 5;
        a.quote = QStringLiteral("A par");
        QVERIFY(annotations::AnnotationStore(store.database()).add(a));
        // The disk "fills": no page may be added any more.
        storage::Statement pages = store.database().prepare(QStringLiteral("PRAGMA page_count"));
        QVERIFY(pages.next());
        QVERIFY(store.database().exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages.integer(0))));
        error.clear();
        QVERIFY(store.insert(sample(QStringLiteral("Too big"), 5000), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("full")), qPrintable(error));
        QCOMPARE(store.documents().size(), 1);
        QCOMPARE(store.blocks(kept).size(), 10);
        QCOMPARE(annotations::AnnotationStore(store.database()).list(kept).size(), 1);
        QCOMPARE(store.database().integrityCheck(), QStringLiteral("ok"));
    }

    void readOnly()
    {
        QTemporaryDir dir;
        documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        const QString kept = store.insert(sample(QStringLiteral("Kept"), 3), &error);
        // The library becomes read-only (a full or locked-down volume).
        QVERIFY(store.database().exec(QStringLiteral("PRAGMA query_only = 1")));
        error.clear();
        QVERIFY(store.insert(sample(QStringLiteral("New"), 3), &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("readonly")) || error.contains(QStringLiteral("read-only")) ||
                     error.contains(QStringLiteral("query_only")), qPrintable(error));
        QVERIFY(!store.setPosition(kept, {true, 1, 0.5, 0.5}));
        annotations::Annotation a;
        a.documentId = kept;
        a.quote = QStringLiteral("A");
        a.end = 1;
        QVERIFY(!annotations::AnnotationStore(store.database()).add(a));
        // Reading goes on.
        QCOMPARE(store.documents().size(), 1);
        QCOMPARE(store.blocks(kept).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
