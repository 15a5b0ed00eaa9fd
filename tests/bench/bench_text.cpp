// Text figures: repair of the Turkish article, word lookups over every token
// of it, and the import rate of the bundled documents. Median of runs.
//   bench_text [--json FILE]
#include "text/words.h"
#include "benchutil.h"
#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "library/importer.h"
#include "text/pipeline.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <cstdio>

using namespace okur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const QString json = args.indexOf(QStringLiteral("--json")) > 0 ? args.value(args.indexOf(QStringLiteral("--json")) + 1) : QString();
    QString error;
    const text::Lexicons lex = text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
    auto dictionary = std::make_shared<glossary::Dictionary>();
    dictionary->loadBundled(&error);
    const glossary::Glossary glossary(dictionary);
    bench::Results results(QStringLiteral("text"));

    // Repair: the whole pipeline on the Turkish article as extracted.
    QByteArray turkish;
    QStringList seedFiles;
    for (const QFileInfo &f : QDir(QStringLiteral(":/okur/seeds")).entryInfoList({QStringLiteral("*.txt")})) {
        seedFiles << f.filePath();
        QFile file(f.filePath());
        file.open(QIODevice::ReadOnly);
        const QByteArray bytes = file.readAll();
        if (text::processBytes(bytes, text::Lexicons()).language == QLatin1String("tr"))
            turkish = bytes;
    }
    text::processBytes(turkish, lex); // warm
    QList<double> repair;
    text::PipelineResult article;
    for (int i = 0; i < 9; ++i) {
        QElapsedTimer t;
        t.start();
        article = text::processBytes(turkish, lex);
        repair << t.nsecsElapsed() / 1e6;
    }
    results.add(QStringLiteral("repair of the Turkish article"), QStringLiteral("ms"), repair, 150);

    // Lookups: every token of the article, as taps do (after one warm pass).
    QStringList tokens;
    for (const auto &b : article.blocks) {
        for (const text::WordSpan &w : text::words(b.text))
            tokens << w.text;
    }
    QList<double> cold, warm;
    for (const QString &t : std::as_const(tokens)) {
        QElapsedTimer timer;
        timer.start();
        glossary.lookup(t, QStringLiteral("tr"));
        cold << timer.nsecsElapsed() / 1e6;
    }
    for (const QString &t : std::as_const(tokens)) {
        QElapsedTimer timer;
        timer.start();
        glossary.lookup(t, QStringLiteral("tr"));
        warm << timer.nsecsElapsed() / 1e6;
    }
    results.add(QStringLiteral("lookup p50 (first time)"), QStringLiteral("ms"), {bench::percentile(cold, 0.5)});
    results.add(QStringLiteral("lookup p99 (first time)"), QStringLiteral("ms"), {bench::percentile(cold, 0.99)}, 1);
    results.add(QStringLiteral("lookup p50"), QStringLiteral("ms"), {bench::percentile(warm, 0.5)});
    results.add(QStringLiteral("lookup p99"), QStringLiteral("ms"), {bench::percentile(warm, 0.99)}, 1);

    // Import: the five bundled documents into a new library, repeatedly.
    QList<double> rate;
    for (int i = 0; i < 5; ++i) {
        QTemporaryDir dir;
        documents::DocumentStore store;
        if (!store.open(dir.path(), &error))
            return 1;
        QElapsedTimer t;
        t.start();
        int imported = 0;
        for (const QString &path : std::as_const(seedFiles))
            imported += library::importFile(store, path, lex).id.isEmpty() ? 0 : 1;
        rate << imported / (t.nsecsElapsed() / 1e9);
    }
    results.add(QStringLiteral("import rate"), QStringLiteral("docs/s"), rate);

    for (const bench::Figure &f : results.figures())
        std::printf("%-34s %10.3f %s (%.3f-%.3f, %d runs)\n", qPrintable(f.name), f.median, qPrintable(f.unit), f.low,
                    f.high, f.runs);
    std::printf("lookups over %lld tokens\n", static_cast<long long>(tokens.size()));
    if (!json.isEmpty())
        results.write(json);
    return 0;
}
