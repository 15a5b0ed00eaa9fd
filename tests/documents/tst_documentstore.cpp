#include "documents/documentstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace okur::documents;
using okur::text::BlockKind;
using okur::text::TextBlock;

namespace {
NewDocument sampleDocument(const QString &title)
{
    NewDocument d;
    d.title = title;
    d.language = QStringLiteral("tr");
    d.origin = QStringLiteral("test");
    d.raw = QStringLiteral("raw text");
    d.repairVersion = 1;
    d.blocks = {TextBlock{BlockKind::Heading, QStringLiteral("Giriş"), QStringLiteral("Giriş "), QStringLiteral("tr")},
                TextBlock{BlockKind::Paragraph, QStringLiteral("Bir iki üç dört."), QStringLiteral("Bir iki üç dört."),
                          QStringLiteral("tr")}};
    return d;
}
} // namespace

class TestDocumentStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    DocumentStore m_store;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("library.sqlite")));
        QString error;
        QVERIFY2(m_store.open(m_dir.path(), &error), qPrintable(error));
        for (const auto &d : m_store.documents())
            m_store.remove(d.id);
    }

    void insertAndRead()
    {
        QString error;
        const QString id = m_store.insert(sampleDocument(QStringLiteral("Kültür Diplomasisi")), &error);
        QCOMPARE(id, QStringLiteral("kultur-diplomasisi"));
        const auto info = m_store.document(id);
        QVERIFY(info.has_value());
        QCOMPARE(info->title, QStringLiteral("Kültür Diplomasisi"));
        QCOMPARE(info->blockCount, 2);
        QCOMPARE(info->wordCount, 5);
        const auto blocks = m_store.blocks(id);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks[0].kind, BlockKind::Heading);
        QCOMPARE(blocks[1].text, QStringLiteral("Bir iki üç dört."));
        QCOMPARE(m_store.rawText(id), QStringLiteral("raw text"));
    }

    void rawAndOutline()
    {
        QString error;
        NewDocument d = sampleDocument(QStringLiteral("Kediler"));
        d.blocks.append(TextBlock{BlockKind::Paragraph, QStringLiteral("Kedi 🐈"), QStringLiteral("Kedi 🐈"), QStringLiteral("tr")});
        const QString id = m_store.insert(d, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        // The raw text is stored only where the repair changed the block; read back, every block has one.
        const auto blocks = m_store.blocks(id);
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks[0].raw, QStringLiteral("Giriş "));
        QCOMPARE(blocks[1].raw, blocks[1].text);
        // The outline: every block's kind in order, and only the headings' text.
        const auto outline = m_store.outline(id);
        QCOMPARE(outline.size(), 3);
        QCOMPARE(outline[0].kind, BlockKind::Heading);
        QCOMPARE(outline[0].heading, QStringLiteral("Giriş"));
        QCOMPARE(outline[1].kind, BlockKind::Paragraph);
        QCOMPARE(outline[1].index, 1);
        QVERIFY(outline[1].heading.isEmpty());
        // Lengths in characters: the cat is one, though two UTF-16 units.
        QCOMPARE(m_store.blockLengths(id), (QList<int>{5, 16, 6}));
        QVERIFY(m_store.outline(QStringLiteral("no-such-document")).isEmpty());
        QVERIFY(m_store.blockLengths(QStringLiteral("no-such-document")).isEmpty());
    }

    void pagesFollowLibraryOrder()
    {
        QString error;
        for (int i = 0; i < 7; ++i)
            QVERIFY(!m_store.insert(sampleDocument(QStringLiteral("Belge %1").arg(i)), &error).isEmpty());
        QCOMPARE(m_store.documentCount(), 7);
        const auto all = m_store.documents();
        QList<DocumentInfo> paged;
        for (int offset = 0; offset < 7; offset += 3)
            paged += m_store.documents(offset, 3);
        QCOMPARE(paged.size(), all.size());
        for (int i = 0; i < all.size(); ++i)
            QCOMPARE(paged[i].id, all[i].id);
        QVERIFY(m_store.documents(7, 3).isEmpty());
    }

    void idsStayUnique()
    {
        QString error;
        const QString a = m_store.insert(sampleDocument(QStringLiteral("Same")), &error);
        const QString b = m_store.insert(sampleDocument(QStringLiteral("Same")), &error);
        QCOMPARE(a, QStringLiteral("same"));
        QCOMPARE(b, QStringLiteral("same-2"));
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("turkish") << QStringLiteral("Azerbaycan'ın Dış Politikası") << QStringLiteral("azerbaycanin-dis-politikasi");
        QTest::newRow("dotted I") << QStringLiteral("İLETİŞİM Çağı") << QStringLiteral("iletisim-cagi");
        QTest::newRow("symbols") << QStringLiteral("  Hello, World!  ") << QStringLiteral("hello-world");
        QTest::newRow("empty") << QStringLiteral("!!!") << QStringLiteral("document");
    }
    void slugs()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(DocumentStore::slugify(title), slug);
    }

    void sqlLookingTextIsJustText()
    {
        QString error;
        const QString title = QStringLiteral("Robert'); DROP TABLE documents;-- \"quoted\"");
        const QString id = m_store.insert(sampleDocument(title), &error);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_store.document(id)->title, title);
        QCOMPARE(m_store.documents().size(), 1);
    }

    void readingPosition()
    {
        QString error;
        const QString id = m_store.insert(sampleDocument(QStringLiteral("Pos")), &error);
        QVERIFY(!m_store.position(id).valid);
        QVERIFY(m_store.setPosition(id, {true, 1, 0.25, 0.6}));
        const ReadingPosition p = m_store.position(id);
        QVERIFY(p.valid);
        QCOMPARE(p.block, 1);
        QCOMPARE(p.offset, 0.25);
        QCOMPARE(m_store.document(id)->progress, 0.6);
        // Re-processing to fewer blocks clamps the position.
        QVERIFY(m_store.replaceBlocks(id, {sampleDocument(QString()).blocks.first()}, 2, &error));
        QCOMPARE(m_store.position(id).block, 0);
        QCOMPARE(m_store.document(id)->repairVersion, 2);
    }

    void settings()
    {
        QCOMPARE(m_store.setting(QStringLiteral("theme"), QStringLiteral("system")), QStringLiteral("system"));
        QVERIFY(m_store.setSetting(QStringLiteral("theme"), QStringLiteral("sepia")));
        QCOMPARE(m_store.setting(QStringLiteral("theme")), QStringLiteral("sepia"));
    }

    void locationThatIsAFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("file")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        DocumentStore store;
        QString error;
        QVERIFY(!store.open(f.fileName(), &error));
        QVERIFY2(error.contains(QStringLiteral("is a file")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"
