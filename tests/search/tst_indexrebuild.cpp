// The index names the tokens it holds, so no connection writes tokens it
// cannot make again; it is rebuilt in short steps while queries go on using
// the complete old one, and rows written meanwhile reach the new one.
#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "library/importer.h"
#include "tokenizer/fts.h"
#include "search/searchindex.h"
#include "search/lemmatizer.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using okur::search::SearchIndex;

class TestIndexRebuild : public QObject {
    Q_OBJECT
    okur::tokenizer::Lemmatizer m_lemmatizer;

    static okur::documents::NewDocument note(const QString &title, const QString &text)
    {
        okur::documents::NewDocument doc;
        doc.title = title;
        doc.language = QStringLiteral("tr");
        doc.origin = QStringLiteral("test");
        doc.blocks = {{okur::text::BlockKind::Paragraph, text, text, QStringLiteral("tr")}};
        return doc;
    }
    static int hits(okur::documents::DocumentStore &store, const QString &query, const okur::tokenizer::Lemmatizer &lemmatizer)
    {
        const auto q = okur::search::parseQuery(query, false, QString(), lemmatizer);
        return int(SearchIndex(store).search(q, QString(), 1000, lemmatizer).size());
    }
    static bool sound(okur::documents::DocumentStore &store)
    {
        return store.database().exec(QStringLiteral("INSERT INTO search_docs (search_docs) VALUES ('integrity-check')"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        auto dictionary = std::make_shared<okur::glossary::Dictionary>();
        QVERIFY(dictionary->loadBundled(&error));
        m_lemmatizer = okur::search::glossaryLemmatizer(std::make_shared<const okur::glossary::Glossary>(dictionary));
    }

    void lemmasArriveWhileOthersWrite()
    {
        QTemporaryDir dir;
        QString error;
        okur::documents::DocumentStore plain; // a connection without the glossary, as the CLI's
        QVERIFY(plain.open(dir.path(), &error));
        QCOMPARE(okur::library::syncBundledDocuments(plain, okur::text::Lexicons(), &error), 5);
        QCOMPARE(SearchIndex(plain).tableTokens(), okur::tokenizer::tokenizerArguments(false));

        okur::documents::DocumentStore withLemmas; // the app's worker once the glossary is loaded
        QVERIFY(withLemmas.open(dir.path(), &error));
        withLemmas.lemmaSource()->set(m_lemmatizer);
        SearchIndex index(withLemmas);
        QVERIFY(index.needsRebuild());
        const int before = hits(plain, QStringLiteral("kültür"), okur::tokenizer::Lemmatizer());
        QVERIFY(before > 0);

        bool finished = false;
        QVERIFY(index.rebuildStep(&finished, 2));
        QVERIFY(!finished);
        // Mid-rebuild: queries use the complete old index, and a new document
        // written there by another connection is not lost.
        QCOMPARE(hits(plain, QStringLiteral("kültür"), okur::tokenizer::Lemmatizer()), before);
        const QString id = plain.insert(note(QStringLiteral("Mid"), QStringLiteral("Kamu diplomasisinin yeni araçları.")), &error);
        QVERIFY(SearchIndex(plain).indexDocument(id, plain.blocks(id)));
        int steps = 1;
        while (!finished) {
            QVERIFY(index.rebuildStep(&finished, 2));
            QVERIFY(++steps < 20);
        }
        QCOMPARE(index.tableTokens(), okur::tokenizer::tokenizerArguments(true));
        QVERIFY(sound(withLemmas));
        QVERIFY(SearchIndex(withLemmas).staleDocuments().isEmpty());
        // The document written mid-rebuild is in the new index, found by its lemma.
        const auto q = okur::search::parseQuery(QStringLiteral("araç"), false, QString(), m_lemmatizer);
        bool found = false;
        for (const auto &h : SearchIndex(withLemmas).search(q, QString(), 1000, m_lemmatizer))
            found = found || h.documentId == id;
        QVERIFY(found);

        // Now the connection without lemmas cannot write to it: its write fails
        // and leaves the document stale, never a damaged index; the next
        // connection with lemmas indexes it.
        const QString late = plain.insert(note(QStringLiteral("Late"), QStringLiteral("Kültür diplomasisi.")), &error);
        QVERIFY(!SearchIndex(plain).indexDocument(late, plain.blocks(late)));
        QVERIFY(!SearchIndex(plain).needsRebuild()); // never rebuilt without lemmas
        QVERIFY(!sound(plain)); // it cannot even check an index of lemmas
        QVERIFY(sound(withLemmas));
        QVERIFY(SearchIndex(plain).staleDocuments().contains(late));
        QCOMPARE(SearchIndex(withLemmas).refresh(), 1);
        QVERIFY(SearchIndex(withLemmas).staleDocuments().isEmpty());
        QVERIFY(sound(withLemmas));
    }

    void wordsAreAnalysedBeforeTheWriteLock()
    {
        // Analysing a long Turkish article takes seconds on a loaded machine;
        // another process waiting to save a highlight must not wait for it.
        // Every word is analysed before a write transaction begins.
        QTemporaryDir dir;
        QString error;
        okur::documents::DocumentStore plain;
        QVERIFY(plain.open(dir.path(), &error));
        QCOMPARE(okur::library::syncBundledDocuments(plain, okur::text::Lexicons(), &error), 5);

        okur::documents::DocumentStore store;
        QVERIFY(store.open(dir.path(), &error));
        sqlite3 *handle = store.database().handle();
        int calls = 0, underLock = 0;
        store.lemmaSource()->set([&](const QString &word, const QString &language) {
            ++calls;
            underLock += sqlite3_get_autocommit(handle) ? 0 : 1;
            return m_lemmatizer(word, language);
        });
        QVERIFY(SearchIndex(store).refresh() >= 0);
        QCOMPARE(SearchIndex(store).tableTokens(), okur::tokenizer::tokenizerArguments(true));
        const QString id = store.insert(note(QStringLiteral("Fresh"), QStringLiteral("Yeni kitaplar okunuyor.")), &error);
        QVERIFY(SearchIndex(store).indexDocument(id, store.blocks(id)));
        QVERIFY(calls > 1000);
        QCOMPARE(underLock, 0);
        // A word met again is not analysed again.
        const int seen = calls;
        store.lemmaSource()->warm(QStringLiteral("Yeni kitaplar okunuyor."));
        QCOMPARE(calls, seen);
    }

    void anUpToDateIndexAnalysesNothing()
    {
        // Every start and every `okur-cli search` refreshes the index; when it
        // already holds lemma tokens and no document is stale, that must not
        // analyse a word (it used to lemmatize a batch of 25 documents: a
        // second of CPU for nothing).
        QTemporaryDir dir;
        QString error;
        {
            okur::documents::DocumentStore first;
            QVERIFY(first.open(dir.path(), &error));
            first.lemmaSource()->set(m_lemmatizer);
            QCOMPARE(okur::library::syncBundledDocuments(first, okur::text::Lexicons(), &error), 5);
            SearchIndex(first).refresh();
            QCOMPARE(SearchIndex(first).tableTokens(), okur::tokenizer::tokenizerArguments(true));
        }
        okur::documents::DocumentStore later; // a new process: nothing remembered
        QVERIFY(later.open(dir.path(), &error));
        int calls = 0;
        later.lemmaSource()->set([&](const QString &word, const QString &language) {
            ++calls;
            return m_lemmatizer(word, language);
        });
        QCOMPARE(SearchIndex(later).refresh(), 0);
        QCOMPARE(calls, 0);
        QVERIFY(hits(later, QStringLiteral("kültür"), m_lemmatizer) > 0);
    }

    void anOlderTokenizerIsRebuiltNotWritten()
    {
        // An index made by another version of the tokenizer is never written by
        // this one (it could not forget its rows): it is rebuilt.
        QTemporaryDir dir;
        QString error;
        okur::documents::DocumentStore store;
        QVERIFY(store.open(dir.path(), &error));
        store.lemmaSource()->set(m_lemmatizer);
        QVERIFY(store.database().exec(QStringLiteral("CREATE VIRTUAL TABLE search_docs USING fts5(text, tokenize = 'okur 1 lemmas 1')")));
        QCOMPARE(okur::library::syncBundledDocuments(store, okur::text::Lexicons(), &error), 5);
        QVERIFY(SearchIndex(store).needsRebuild());
        QVERIFY(SearchIndex(store).staleDocuments().size() == 5); // its writes were refused
        QCOMPARE(SearchIndex(store).refresh(), 5);
        QCOMPARE(SearchIndex(store).tableTokens(), okur::tokenizer::tokenizerArguments(true));
        QVERIFY(sound(store));
        QVERIFY(hits(store, QStringLiteral("diplomasi"), m_lemmatizer) > 0);
    }
};

QTEST_GUILESS_MAIN(TestIndexRebuild)
#include "tst_indexrebuild.moc"
