// Search at scale: indexing time per document and query times (p50/p95)
// over a query set, on synthetic libraries of N documents of the seeds' size.
//   bench_search [N ...]      (default: 100 1000)
#include "glossary/glossary.h"
#include "library/documentstore.h"
#include "search/fts.h"
#include "search/searchindex.h"
#include "synthetic.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace okur;

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(v.size() * p)));
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QList<int> sizes;
    for (const QString &a : app.arguments().mid(1))
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {100, 1000};

    QString error;
    const text::Lexicons lex = text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
    auto dictionary = std::make_shared<glossary::Dictionary>();
    dictionary->loadBundled(&error);
    const search::Lemmatizer lemmatizer = search::glossaryLemmatizer(std::make_shared<const glossary::Glossary>(dictionary, lex));
    search::setIndexLemmatizer(lemmatizer);

    const QStringList queries = {
        QStringLiteral("kultur"), QStringLiteral("diplomasi"), QStringLiteral("soft power"), QStringLiteral("\"kamu diplomasisi\""),
        QStringLiteral("diploma*"), QStringLiteral("strengthen"), QStringLiteral("ulke"), QStringLiteral("Azerbaijan"),
        QStringLiteral("energy diplomacy"), QStringLiteral("\"cultural heritage\""), QStringLiteral("dijital"), QStringLiteral("festival*"),
        QStringLiteral("Pakistan"), QStringLiteral("multiculturalism"), QStringLiteral("yumuşak güç"), QStringLiteral("diaspora"),
        QStringLiteral("iletişim"), QStringLiteral("sports"), QStringLiteral("Karabakh"), QStringLiteral("teknoloji")};

    std::printf("%-8s %14s %12s %12s %12s %12s\n", "docs", "index ms/doc", "query p50", "query p95", "query max", "db MB");
    for (int n : sizes) {
        QTemporaryDir dir;
        library::DocumentStore store;
        if (!store.open(dir.path(), &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        bench::SyntheticLibrary generator;
        search::SearchIndex index(store.database());
        QList<double> indexMs;
        for (int i = 0; i < n; ++i) {
            const QString id = store.insert(generator.document(i), &error);
            QElapsedTimer t;
            t.start();
            index.indexDocument(id, store.blocks(id));
            indexMs << t.nsecsElapsed() / 1e6;
        }
        QList<double> queryMs;
        for (int round = 0; round < 3; ++round) {
            for (const QString &q : queries) {
                QElapsedTimer t;
                t.start();
                const search::Query parsed = search::parseQuery(q, false, QString(), lemmatizer);
                index.search(parsed, QString(), 50, lemmatizer);
                queryMs << t.nsecsElapsed() / 1e6;
            }
        }
        store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const double mb = QFileInfo(store.path()).size() / (1024.0 * 1024.0);
        std::printf("%-8d %14.2f %12.2f %12.2f %12.2f %12.1f\n", n, percentile(indexMs, 0.5), percentile(queryMs, 0.5),
                    percentile(queryMs, 0.95), percentile(queryMs, 1.0), mb);
        std::fflush(stdout);
    }
    std::printf("targets: index < 20 ms a document; query p95 < 10 ms at 1,000 documents, < 50 ms at 10,000\n");
    return 0;
}
