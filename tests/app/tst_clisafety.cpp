// The CLI's promises about data: an import is one document however often it
// is retried, an index of lemmas stays one, a failed write says why, and "--"
// ends the options.
#include "clirunner.h"
#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "tokenizer/fts.h"
#include "search/searchindex.h"
#include "search/lemmatizer.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CliRunner run{m_dir.filePath(QStringLiteral("lib"))};

    QString library() const { return run.library(); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    // How many times the index holds `term` (a lemma token only lemmas make).
    qint64 instances(const QString &term)
    {
        okur::documents::DocumentStore store;
        QString error;
        if (!store.open(library(), &error))
            return -1;
        store.database().exec(QStringLiteral("CREATE VIRTUAL TABLE temp.v USING fts5vocab('main', 'search_docs', 'row')"));
        okur::storage::Statement s = store.database().prepare(QStringLiteral("SELECT cnt FROM temp.v WHERE term = ?1"));
        s.bind(1, term);
        return s.next() ? s.integer(0) : 0;
    }
    QString indexTokens()
    {
        okur::documents::DocumentStore store;
        QString error;
        return store.open(library(), &error) ? okur::search::SearchIndex(store).tableTokens() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importTwiceIsOneDocument()
    {
        const QString file = write(QStringLiteral("twice.txt"), "Twice Told\n\nThe same bytes, imported again.\n");
        QCOMPARE(run({QStringLiteral("import"), file}), 0);
        const QString id = run.out.trimmed();
        QVERIFY(!id.isEmpty());
        QCOMPARE(run({QStringLiteral("import"), file}), 0);
        QCOMPARE(run.out.trimmed(), id);
        QVERIFY2(run.err.contains(QStringLiteral("already in the library")), qPrintable(run.err));
        QCOMPARE(run({QStringLiteral("list")}), 0);
        QCOMPARE(run.out.count(QStringLiteral("Twice Told")), 1);
    }

    void importKeepsAnIndexOfLemmas()
    {
        // A search makes the index one of lemmas (it loads the glossary).
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("diplomasi")}), 0);
        QCOMPARE(indexTokens(), okur::tokenizer::tokenizerArguments(true));
        const qint64 before = instances(QStringLiteral("diplomasi"));
        QVERIFY(before > 0);
        // An import from the command line must not rebuild it without lemmas.
        const QString file = write(QStringLiteral("tr.txt"), "Notlar\n\nKamu diplomasisinin araçları üzerine kısa notlar.\n");
        QCOMPARE(run({QStringLiteral("import"), file}), 0);
        const QString id = run.out.trimmed();
        QCOMPARE(indexTokens(), okur::tokenizer::tokenizerArguments(true));
        QVERIFY2(instances(QStringLiteral("diplomasi")) > before,
                 qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(instances(QStringLiteral("diplomasi")))));
        okur::documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(library(), &error));
        QVERIFY(okur::search::SearchIndex(store).staleDocuments().isEmpty());
        // Checking an index of lemmas takes the glossary's lemmas.
        auto dictionary = std::make_shared<okur::glossary::Dictionary>();
        QVERIFY(dictionary->loadBundled(&error));
        store.lemmaSource()->set(okur::search::glossaryLemmatizer(std::make_shared<const okur::glossary::Glossary>(dictionary)));
        QVERIFY(store.database().exec(QStringLiteral("INSERT INTO search_docs (search_docs) VALUES ('integrity-check')")));
        QVERIFY(!id.isEmpty());
    }

    void failedBookmarkSaysWhy()
    {
        QCOMPARE(run({QStringLiteral("list")}), 0);
        okur::documents::DocumentStore holder;
        QString error;
        QVERIFY(holder.open(library(), &error));
        QVERIFY(holder.database().exec(QStringLiteral("BEGIN IMMEDIATE"))); // another writer holds the library
        const int code = run({QStringLiteral("bookmark"), QStringLiteral("kultur-dijital-diplomasi"), QStringLiteral("--block"),
                              QStringLiteral("3")});
        holder.database().exec(QStringLiteral("ROLLBACK"));
        QCOMPARE(code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("bookmark")), qPrintable(run.err));
    }

    void doubleDashEndsOptions()
    {
        const QString file = write(QStringLiteral("--json"), "Dashes\n\nA file whose name looks like an option.\n");
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("--json"))));
        QDir::setCurrent(m_dir.path());
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--"), QStringLiteral("--json")}), 0);
        QVERIFY(!run.out.trimmed().isEmpty());
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--json")}), 2); // without "--" it is an option
        Q_UNUSED(file);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
