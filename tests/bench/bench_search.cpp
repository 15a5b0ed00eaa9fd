// Search at scale: indexing time per document and query times (p50/p95)
// over a query set, on synthetic libraries of N documents of the seeds' size.
//   bench_search [--cache DIR] [--per-query] [--json FILE] [N ...]   (default N: 100 1000)
// With --cache, a generated library is kept in DIR/library-N (a library the
// app can open) and reused while the generator and the index are unchanged.
#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "tokenizer/fts.h"
#include "search/searchindex.h"
#include "benchutil.h"
#include "synthetic.h"
#include "search/lemmatizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace okur;

namespace {

const QStringList kQueries = {
    QStringLiteral("kultur"), QStringLiteral("diplomasi"), QStringLiteral("soft power"), QStringLiteral("\"kamu diplomasisi\""),
    QStringLiteral("diploma*"), QStringLiteral("strengthen"), QStringLiteral("ulke"), QStringLiteral("Azerbaijan"),
    QStringLiteral("energy diplomacy"), QStringLiteral("\"cultural heritage\""), QStringLiteral("dijital"), QStringLiteral("festival*"),
    QStringLiteral("Pakistan"), QStringLiteral("multiculturalism"), QStringLiteral("yumuşak güç"), QStringLiteral("diaspora"),
    QStringLiteral("iletişim"), QStringLiteral("sports"), QStringLiteral("Karabakh"), QStringLiteral("teknoloji")};

QString stampNow()
{
    return bench::SyntheticLibrary::version() + u'/' + tokenizer::tokenizerArguments(true) + u'/'
        + search::SearchIndex::currentVersion();
}

/// The median indexing time saved with a cached library, or -1 when it is missing or stale.
double cachedLibrary(const QString &dir, int n)
{
    QFile stampFile(dir + QStringLiteral("/bench-stamp"));
    if (!stampFile.open(QIODevice::ReadOnly))
        return -1;
    const QStringList saved = QString::fromUtf8(stampFile.readAll()).split(u'\n');
    if (saved.size() < 3 || saved[0] != stampNow() || saved[1].toInt() != n)
        return -1;
    return saved[2].toDouble();
}

/// Fills an empty store with n synthetic documents; returns the median indexing time.
double buildLibrary(documents::DocumentStore &store, int n, const text::Lexicons &lex, QString *error)
{
    bench::SyntheticLibrary generator(lex);
    search::SearchIndex index(store);
    QList<double> indexMs;
    for (int i = 0; i < n; ++i) {
        const QString id = store.insert(generator.document(i), error);
        QElapsedTimer t;
        t.start();
        index.indexDocument(id, store.blocks(id));
        indexMs << t.nsecsElapsed() / 1e6;
    }
    store.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return bench::percentile(indexMs, 0.5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QList<int> sizes;
    QString cache, jsonPath;
    bool perQuery = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--cache") && i + 1 < args.size())
            cache = args[++i];
        else if (args[i] == QLatin1String("--json") && i + 1 < args.size())
            jsonPath = args[++i];
        else if (args[i] == QLatin1String("--per-query"))
            perQuery = true;
        else
            sizes << args[i].toInt();
    }
    if (sizes.isEmpty())
        sizes = {100, 1000};

    QString error;
    const text::Lexicons lex = text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
    auto dictionary = std::make_shared<glossary::Dictionary>();
    dictionary->loadBundled(&error);
    const tokenizer::Lemmatizer lemmatizer = search::glossaryLemmatizer(std::make_shared<const glossary::Glossary>(dictionary));

    bench::Results results(QStringLiteral("search"));
    std::printf("%-8s %14s %12s %12s %12s %12s %12s %10s\n", "docs", "index ms/doc", "query p50", "query p95", "query max",
                "db KB/doc", "text KB/doc", "db / text");
    for (int n : sizes) {
        QTemporaryDir temporary;
        const QString dir = cache.isEmpty() ? temporary.path() : QDir(cache).filePath(QStringLiteral("library-%1").arg(n));
        double indexMedian = cache.isEmpty() ? -1 : cachedLibrary(dir, n);
        if (indexMedian < 0 && !cache.isEmpty()) {
            QDir(dir).removeRecursively();
            QDir().mkpath(dir);
        }
        documents::DocumentStore store;
        if (!store.open(dir, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        store.lemmaSource()->set(lemmatizer);
        if (indexMedian < 0) {
            indexMedian = buildLibrary(store, n, lex, &error);
            QFile stampFile(dir + QStringLiteral("/bench-stamp"));
            if (!cache.isEmpty() && stampFile.open(QIODevice::WriteOnly))
                stampFile.write(QStringLiteral("%1\n%2\n%3").arg(stampNow()).arg(n).arg(indexMedian).toUtf8());
        }
        search::SearchIndex index(store);
        QList<double> queryMs;
        QHash<QString, QList<double>> byQuery;
        for (int round = 0; round < 5; ++round) {
            for (const QString &q : kQueries) {
                QElapsedTimer t;
                t.start();
                const search::Query parsed = search::parseQuery(q, false, QString(), lemmatizer);
                index.search(parsed, QString(), search::kHitsPerSearch, lemmatizer, search::kHitsPerDocument);
                const double ms = t.nsecsElapsed() / 1e6;
                if (round > 0) // the first round warms the page cache
                    queryMs << ms;
                byQuery[q] << ms;
            }
        }
        const double kb = QFileInfo(store.path()).size() / 1024.0 / qMax(1, n);
        // The text as imported (UTF-8), which the issue measures the database against.
        storage::Statement raw = store.database().prepare(
            QStringLiteral("SELECT coalesce(sum(length(CAST(okur_inflate(raw) AS BLOB))), 0) FROM document_sources"));
        const double textKb = raw.next() ? raw.integer(0) / 1024.0 / qMax(1, n) : 0;
        raw.reset();
        const double ratio = textKb > 0 ? kb / textKb : 0;
        std::printf("%-8d %14.2f %12.2f %12.2f %12.2f %12.1f %12.1f %9.2fx\n", n, indexMedian, bench::percentile(queryMs, 0.5),
                    bench::percentile(queryMs, 0.95), bench::percentile(queryMs, 1.0), kb, textKb, ratio);
        if (perQuery) {
            for (const QString &q : kQueries)
                std::printf("    %-24s median %8.2f ms\n", qPrintable(q), bench::percentile(byQuery[q], 0.5));
        }
        std::fflush(stdout);
        const QString suffix = QStringLiteral("@%1").arg(n);
        results.add(QStringLiteral("search p95") + suffix, QStringLiteral("ms"), {bench::percentile(queryMs, 0.95)},
                    n >= 10000 ? 20.0 : n >= 1000 ? 10.0 : 0.0);
        results.add(QStringLiteral("search p50") + suffix, QStringLiteral("ms"), {bench::percentile(queryMs, 0.5)});
        results.add(QStringLiteral("index per document") + suffix, QStringLiteral("ms"), {indexMedian}, 20.0);
        results.add(QStringLiteral("database per document") + suffix, QStringLiteral("KB"), {kb});
        results.add(QStringLiteral("database / raw text") + suffix, QStringLiteral("x"), {ratio}, n >= 1000 ? 4.0 : 0.0);
    }
    std::printf("targets: index < 20 ms a document; query p95 < 10 ms at 1,000 documents, < 20 ms at 10,000; "
                "database <= 4x the raw text at 1,000\n");
    if (!jsonPath.isEmpty())
        results.write(jsonPath);
    return 0;
}
