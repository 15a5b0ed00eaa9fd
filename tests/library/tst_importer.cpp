#include "annotations/anchoring.h"
#include "annotations/annotationstore.h"
#include "library/importer.h"
#include "storage/database.h"
#include "text/pipeline.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::documents;
using namespace okur::library;

class TestImporter : public QObject {
    Q_OBJECT
    QTemporaryDir m_files;
    okur::text::Lexicons m_lex;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    // Everything the library holds, to prove a refusal changed nothing.
    static QString snapshot(DocumentStore &store)
    {
        QString s;
        for (const auto &d : store.documents()) {
            s += d.id + QLatin1Char('|') + d.title + QLatin1Char('|') + QString::number(d.blockCount) + u'\n';
            for (const auto &b : store.blocks(d.id))
                s += b.text + u'\n';
        }
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_lex = okur::text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
        QVERIFY2(m_lex.complete(), qPrintable(error));
    }

    void bundledDocuments()
    {
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        QCOMPARE(syncBundledDocuments(store, m_lex, &error), 5);
        const auto docs = store.documents();
        QCOMPARE(docs.size(), 5);
        QStringList languages, dates;
        for (const auto &d : docs) {
            QVERIFY(!d.title.isEmpty());
            QVERIFY(d.blockCount > 5);
            QCOMPARE(d.repairVersion, okur::text::kRepairVersion);
            languages << d.language;
            dates << d.date;
        }
        QCOMPARE(languages.count(QStringLiteral("tr")), 1);
        QVERIFY(dates.contains(QStringLiteral("2024-07-10")));
        QVERIFY(dates.contains(QStringLiteral("2026-02-11")));
        const auto turkish = store.document(QStringLiteral("kultur-dijital-diplomasi"));
        QVERIFY(turkish.has_value());
        QCOMPARE(turkish->author, QStringLiteral("Nabat Garakhanova"));
        QCOMPARE(store.document(QStringLiteral("diaspora-soft-power-2023-2024"))->source, QStringLiteral("News.Az"));
        // A second start imports nothing again.
        QCOMPARE(syncBundledDocuments(store, m_lex, &error), 0);
        QCOMPARE(store.documents().size(), 5);
    }

    void olderRepairIsRedone()
    {
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        // Seeded without dictionaries: version 0, letters untouched.
        QCOMPARE(syncBundledDocuments(store, okur::text::Lexicons{}, &error), 5);
        QCOMPARE(store.document(QStringLiteral("kultur-dijital-diplomasi"))->repairVersion, 0);
        // A highlight made on the damaged text...
        QStringList damaged;
        for (const auto &b : store.blocks(QStringLiteral("kultur-dijital-diplomasi")))
            damaged << b.text;
        okur::annotations::Annotation a;
        a.documentId = QStringLiteral("kultur-dijital-diplomasi");
        a.block = 1;
        a.start = int(damaged[1].indexOf(QStringLiteral("kü ltü r ve dijital diplomasi")));
        QVERIFY(a.start >= 0);
        a.end = a.start + 29;
        okur::annotations::captureContext(a, damaged);
        okur::annotations::AnnotationStore annotations(store.database());
        const QString id = annotations.add(a)->id;
        QCOMPARE(reprocessOutdated(store, m_lex, &error), 5);
        // ...follows its words into the repaired text.
        const auto moved = annotations.get(id);
        QVERIFY(!moved->orphaned);
        QCOMPARE(moved->quote, QStringLiteral("kültür ve dijital diplomasi"));
        QCOMPARE(store.document(QStringLiteral("kultur-dijital-diplomasi"))->repairVersion, okur::text::kRepairVersion);
        QVERIFY(store.blocks(QStringLiteral("kultur-dijital-diplomasi"))[1].text.contains(QStringLiteral("kültür")));
    }

    void importsTextAndMarkdown()
    {
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        const ImportOutcome md = importFile(
            store, writeFile(QStringLiteral("notes.md"), "# Kamu Diplomasisi\n\nBu metin kamu diplomasisi üzerine bir nottur.\n"), m_lex);
        QVERIFY2(md.ok(), qPrintable(md.error));
        QCOMPARE(md.id, QStringLiteral("kamu-diplomasisi"));
        QCOMPARE(store.document(md.id)->language, QStringLiteral("tr"));
        const ImportOutcome txt = importFile(
            store, writeFile(QStringLiteral("plain.txt"), "Soft power is the ability to attract.\r\nIt works through culture.\r\n"), m_lex);
        QVERIFY2(txt.ok(), qPrintable(txt.error));
        QCOMPARE(store.blocks(txt.id).size(), 2);
    }

    // A newer repair reads a Markdown document's source as Markdown again, not as plain text.
    void reprocessKeepsMarkdown()
    {
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        NewDocument doc;
        doc.title = QStringLiteral("Notlar");
        doc.origin = QStringLiteral("import:notlar.md");
        doc.raw = QStringLiteral("# Notlar\n\nKültür **diplomasisi** üzerine [kısa](https://x.org) notlar.\n\n- bir\n");
        doc.blocks = {okur::text::TextBlock{okur::text::BlockKind::Paragraph, doc.raw, doc.raw, QStringLiteral("tr")}};
        doc.repairVersion = 0;
        const QString id = store.insert(doc, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(reprocessOutdated(store, m_lex, &error), 1);
        QStringList texts;
        for (const auto &b : store.blocks(id))
            texts << b.text;
        QCOMPARE(texts, (QStringList{"Notlar", "Kültür diplomasisi üzerine kısa notlar.", "• bir"}));
        QCOMPARE(store.blocks(id).first().kind, okur::text::BlockKind::Heading);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("invalid utf8") << "latin1.txt" << QByteArray("caf\xE9 au lait") << "not valid UTF-8";
        QTest::newRow("binary") << "image.txt" << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << "binary";
        QTest::newRow("empty") << "empty.txt" << QByteArray() << "empty";
        QTest::newRow("only spaces") << "spaces.txt" << QByteArray("  \n\t\n") << "empty";
        QTest::newRow("empty Markdown") << "empty.md" << QByteArray("\n \n") << "empty";
        QTest::newRow("Markdown, invalid utf8") << "latin1.md" << QByteArray("# caf\xE9") << "not valid UTF-8";
        QTest::newRow("Markdown, no text") << "rule.markdown" << QByteArray("***\n\n<br>\n") << "no text";
        QTest::newRow("utf16") << "utf16.txt" << QByteArray("\xFF\xFEh\0i\0", 6) << "UTF-16";
    }
    void refusesBadFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        syncBundledDocuments(store, m_lex, &error);
        const QString before = snapshot(store);
        const ImportOutcome r = importFile(store, writeFile(name, bytes), m_lex);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QCOMPARE(snapshot(store), before);
    }

    void refusesMissingFolderAndHugeFiles()
    {
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        syncBundledDocuments(store, m_lex, &error);
        const QString before = snapshot(store);

        ImportOutcome r = importFile(store, m_files.filePath(QStringLiteral("no-such-file.txt")), m_lex);
        QVERIFY(r.error.contains(QStringLiteral("no such file")));
        r = importFile(store, m_files.path(), m_lex);
        QVERIFY(r.error.contains(QStringLiteral("folder")));

        QFile big(m_files.filePath(QStringLiteral("huge.txt")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(60 * 1024 * 1024));
        big.close();
        r = importFile(store, big.fileName(), m_lex);
        QVERIFY2(r.error.contains(QStringLiteral("too large")), qPrintable(r.error));
        QFile::remove(big.fileName());
        QCOMPARE(snapshot(store), before);
    }

    void markupStaysText()
    {
        QTemporaryDir dir;
        DocumentStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        const QByteArray html = "<script>alert('x')</script> <b>bold</b> Text { color: \"red\" } and more words here.";
        const ImportOutcome r = importFile(store, writeFile(QStringLiteral("markup.txt"), html), m_lex);
        QVERIFY(r.ok());
        QCOMPARE(store.blocks(r.id).first().text, QString::fromUtf8(html));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
