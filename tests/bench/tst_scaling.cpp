// Startup and memory do not grow with the library: what the app reads when it
// opens a library of many documents is bounded (structural checks, not timings;
// ./bench.sh times the 10,000-document library).
#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "library/library.h"
#include "models/librarymodel.h"
#include "tokenizer/fts.h"
#include "search/searchindex.h"
#include "synthetic.h"
#include "themes/summarycache.h"
#include "search/lemmatizer.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace okur;

class TestScaling : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    static constexpr int kDocuments = 150;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        const text::Lexicons lex = text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
        auto dictionary = std::make_shared<glossary::Dictionary>();
        QVERIFY(dictionary->loadBundled(&error));
        documents::DocumentStore store;
        QVERIFY(store.open(m_dir.path(), &error));
        store.lemmaSource()->set(search::glossaryLemmatizer(std::make_shared<const glossary::Glossary>(dictionary)));
        bench::SyntheticLibrary generator(lex);
        search::SearchIndex index(store);
        for (int i = 0; i < kDocuments; ++i) {
            const QString id = store.insert(generator.document(i, 6000), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            QVERIFY(index.indexDocument(id, store.blocks(id)));
        }
    }

    // Issue 24: per document, the file (blocks, source text, search index) stays
    // within a few times the document's text as imported (UTF-8).
    void databaseSizeFollowsTheText()
    {
        documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(m_dir.path(), &error));
        QVERIFY(store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        storage::Statement raw = store.database().prepare(
            QStringLiteral("SELECT sum(length(CAST(okur_inflate(raw) AS BLOB))), count(*) FROM document_sources"));
        QVERIFY(raw.next());
        QCOMPARE(raw.integer(1), kDocuments);
        const double text = double(raw.integer(0));
        raw.reset();
        QVERIFY(text > kDocuments * 5000.0); // the generator's ~6,000 characters a document
        // Per document: what an empty library's schema takes (a page a table and index) is not the documents'.
        QTemporaryDir emptyDir;
        documents::DocumentStore empty;
        QVERIFY(empty.open(emptyDir.path(), &error));
        QVERIFY(search::SearchIndex(empty).ensureTable());
        QVERIFY(empty.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const double ratio = (QFileInfo(store.path()).size() - QFileInfo(empty.path()).size()) / text;
        qInfo("database %.2fx the text per document", ratio);
        // The 4x is met at the seeds' size (25,000 characters: 3.3x in bench_search). These
        // documents are a quarter of that, and each of their long rows (source, FTS content) ends in a
        // part-filled overflow page: 4.2x. (Schema 14 cost 7.9x at the seeds' size.)
        QVERIFY2(ratio <= 4.5, qPrintable(QStringLiteral("database %1x the text").arg(ratio)));
    }

    void libraryPageReadsOnePage()
    {
        library::Library library(m_dir.path());
        QVERIFY(library.open());
        app::LibraryModel model(&library);
        QCOMPARE(model.count(), kDocuments);
        QCOMPARE(model.rowCount(), 60); // one page, whatever the library's size
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void summaryStampIsConstantTimeAndFollowsChanges()
    {
        documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(m_dir.path(), &error));
        const QList<themes::Theme> catalogue = themes::bundledCatalogue(&error);
        const QString before = themes::libraryStamp(store, catalogue);
        QCOMPARE(themes::libraryStamp(store, catalogue), before);
        const QString id = store.documents(0, 1).first().id;
        const auto blocks = store.blocks(id);
        QList<text::TextBlock> changed;
        for (const auto &b : blocks)
            changed << text::TextBlock{b.kind, b.text + QStringLiteral(" Ek."), b.text, b.language};
        QVERIFY(store.replaceBlocks(id, changed, text::kRepairVersion, &error));
        QVERIFY(themes::libraryStamp(store, catalogue) != before);
    }

    void summariesReadABoundedNumberOfDocuments()
    {
        documents::DocumentStore store;
        QString error;
        QVERIFY(store.open(m_dir.path(), &error));
        const QStringList chosen = themes::summaryDocuments(store, themes::bundledCatalogue(&error), tokenizer::Lemmatizer());
        QVERIFY(!chosen.isEmpty());
        QVERIFY(chosen.size() <= themes::kSummaryDocuments);
    }
};

QTEST_GUILESS_MAIN(TestScaling)
#include "tst_scaling.moc"
