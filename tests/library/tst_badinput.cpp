// The bad-input corpus (tests/data/bad, listed in EXPECTED.tsv): each file is
// imported or refused with a clear message, and a refusal leaves the library
// exactly as it was.
#include "library/importer.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur::documents;
using namespace okur::library;

class TestBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir, m_generated;
    DocumentStore m_store;
    okur::text::Lexicons m_lex;

    QString snapshot()
    {
        QString s;
        for (const auto &d : m_store.documents()) {
            s += d.id + u'|' + QString::number(d.blockCount) + u'\n';
            for (const auto &b : m_store.blocks(d.id))
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
        QVERIFY(m_store.open(m_dir.path(), &error));
        syncBundledDocuments(m_store, m_lex, &error);
        // Too large to keep in the repository: made here.
        QFile huge(m_generated.filePath(QStringLiteral("huge_60mb.txt")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        const QByteArray line = QByteArray("Soft power is the ability to attract. ").repeated(100) + '\n';
        while (huge.size() < 60 * 1024 * 1024)
            huge.write(line);
        huge.close();
        QFile longLine(m_generated.filePath(QStringLiteral("single_line_10mb.txt")));
        QVERIFY(longLine.open(QIODevice::WriteOnly));
        longLine.write(QByteArray("word ").repeated(2 * 1024 * 1024));
        longLine.close();
    }

    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QFile manifest(QStringLiteral(OKUR_TEST_DATA "/bad/EXPECTED.tsv"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        int rows = 0;
        for (const QByteArray &raw : manifest.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const QStringList f = line.split(u'\t');
            QTest::newRow(qPrintable(f[0])) << QStringLiteral(OKUR_TEST_DATA "/bad/") + f[0] << f[1];
            ++rows;
        }
        QTest::newRow("huge_60mb.txt") << m_generated.filePath(QStringLiteral("huge_60mb.txt")) << QStringLiteral("refused:too large");
        QTest::newRow("single_line_10mb.txt") << m_generated.filePath(QStringLiteral("single_line_10mb.txt")) << QStringLiteral("ok");
        QTest::newRow("missing_file.txt") << m_generated.filePath(QStringLiteral("missing.txt")) << QStringLiteral("refused:no such file");
        QVERIFY(rows + 3 >= 30);
    }
    void corpus()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const QString before = snapshot();
        const ImportOutcome r = importFile(m_store, path, m_lex);
        if (expected.startsWith(QLatin1String("refused:"))) {
            QVERIFY2(!r.ok(), qPrintable(path));
            QVERIFY2(r.error.contains(expected.mid(8)), qPrintable(r.error));
            QVERIFY(!r.error.contains(u'\n'));
            QCOMPARE(snapshot(), before);
        } else {
            QVERIFY2(r.ok(), qPrintable(r.error));
            const auto blocks = m_store.blocks(r.id);
            QVERIFY(!blocks.isEmpty());
            for (const auto &b : blocks) {
                for (const QChar c : b.text)
                    QVERIFY2(c.category() != QChar::Other_Control, qPrintable(path)); // controls are never stored
            }
            QCOMPARE(m_store.database().integrityCheck(), QStringLiteral("ok"));
        }
    }

    void markupIsKeptAsText()
    {
        const ImportOutcome r = importFile(m_store, QStringLiteral(OKUR_TEST_DATA "/bad/html_script.txt"), m_lex);
        QVERIFY(r.ok());
        QVERIFY(m_store.blocks(r.id).first().text.contains(QStringLiteral("<script>alert('xss')</script>")));
        const ImportOutcome sql = importFile(m_store, QStringLiteral(OKUR_TEST_DATA "/bad/sql_looking_quotes.txt"), m_lex);
        QVERIFY(sql.ok());
        QVERIFY(m_store.documents().size() > 5); // the table is still there
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
