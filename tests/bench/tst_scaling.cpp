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
        store.lemmaSource()->set(search::glossaryLemmatizer(std::make_shared<const glossary::Glossary>(dictionary, lex)));
        bench::SyntheticLibrary generator(lex);
        search::SearchIndex index(store);
        for (int i = 0; i < kDocuments; ++i) {
            const QString id = store.insert(generator.document(i, 6000), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            QVERIFY(index.indexDocument(id, store.blocks(id)));
        }
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
