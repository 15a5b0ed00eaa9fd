// All theme summaries and document summaries of the bundled library:
// cold (word analyses not yet cached) and warm, median of runs. Prints figures only.
#include "benchutil.h"
#include "glossary/glossary.h"
#include "library/documentstore.h"
#include "library/importer.h"
#include "themes/summarycache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace okur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString error;
    const text::Lexicons lex = text::loadBundledLexicons(QStandardPaths::writableLocation(QStandardPaths::CacheLocation), &error);
    auto dictionary = std::make_shared<glossary::Dictionary>();
    dictionary->loadBundled(&error);
    const auto lemmatizer = search::glossaryLemmatizer(std::make_shared<const glossary::Glossary>(dictionary, lex));
    library::DocumentStore store;
    if (!store.open(dir.path(), &error))
        return 1;
    library::syncBundledDocuments(store, lex, &error);
    const QList<themes::Theme> catalogue = themes::bundledCatalogue(&error);

    QElapsedTimer t;
    t.start();
    themes::computeSummaries(store, catalogue, lemmatizer);
    const qint64 cold = t.elapsed();
    QList<double> warm;
    for (int i = 0; i < 7; ++i) {
        t.restart();
        themes::computeSummaries(store, catalogue, lemmatizer);
        warm << t.nsecsElapsed() / 1e6;
    }
    std::sort(warm.begin(), warm.end());
    std::printf("all %lld theme summaries and %lld document summaries: warm median %.1f ms (min %.1f, max %.1f); "
                "cold %lld ms (target < 200 ms)\n",
                static_cast<long long>(catalogue.size()), static_cast<long long>(store.documents().size()), warm.at(3),
                warm.first(), warm.last(), static_cast<long long>(cold));
    const QStringList args = app.arguments();
    if (args.indexOf(QStringLiteral("--json")) > 0) {
        bench::Results results(QStringLiteral("themes"));
        results.add(QStringLiteral("all summaries"), QStringLiteral("ms"), warm, 200);
        results.add(QStringLiteral("all summaries, first run"), QStringLiteral("ms"), {double(cold)});
        results.write(args.value(args.indexOf(QStringLiteral("--json")) + 1));
    }
    return 0;
}
