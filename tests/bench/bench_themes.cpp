// All theme summaries and document summaries of the bundled library:
// cold (word analyses not yet cached) and warm, median of runs. Prints figures only.
#include "text/words.h"
#include "benchutil.h"
#include "glossary/glossary.h"
#include "documents/documentstore.h"
#include "library/importer.h"
#include "themes/summarycache.h"
#include "tokenizer/tokens.h"
#include "search/lemmatizer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    const auto lemmatizer = search::glossaryLemmatizer(std::make_shared<const glossary::Glossary>(dictionary));
    documents::DocumentStore store;
    if (!store.open(dir.path(), &error))
        return 1;
    library::syncBundledDocuments(store, lex, &error);
    const QList<themes::Theme> catalogue = themes::bundledCatalogue(&error);

    QElapsedTimer t;
    t.start();
    const themes::LibrarySummaries all = themes::computeSummaries(store, catalogue, lemmatizer);
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
    // Per theme: the dev facts met (tests/data/themes), the share of generic
    // sentences, and redundancy (the mean of each sentence's highest cosine to another).
    QFile factsFile(QStringLiteral(OKUR_THEME_FACTS));
    const QJsonObject facts = factsFile.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(factsFile.readAll()).object() : QJsonObject();
    themes::Summarizer measure(catalogue, lemmatizer);
    // Each theme's own time, on a summarizer whose sentences are already read
    // (warm): the median of five runs.
    for (const auto &d : store.documents())
        measure.addDocument(d.id, store.blocks(d.id));
    measure.timeline(); // reads and weighs every sentence once
    int metThemes = 0, devThemes = 0;
    for (const themes::ThemeSummary &ts : all.themes) {
        QList<double> times;
        for (int i = 0; i < 5; ++i) {
            t.restart();
            measure.themeSummary(ts.theme.id);
            times << t.nsecsElapsed() / 1e6;
        }
        std::sort(times.begin(), times.end());
        QString text;
        int generic = 0, dangling = 0;
        for (const themes::Sentence &s : ts.sentences) {
            text += s.text + u'\n';
            generic += themes::isGeneric(s.text, s.language) ? 1 : 0;
            dangling += themes::isDangling(s.text, s.language) ? 1 : 0;
        }
        // Redundancy over TF vectors of the sentences' folded words.
        QList<QHash<QString, double>> vectors;
        for (const themes::Sentence &s : ts.sentences) {
            QHash<QString, double> v;
            for (const auto &w : text::words(s.text)) {
                const QString l = lemmatizer(w.text, s.language);
                if (l.size() > 2 && !glossary::Glossary::isStopword(l, s.language))
                    v[tokenizer::fold(l)] += 1;
            }
            vectors << v;
        }
        double redundancy = 0;
        for (int i = 0; i < vectors.size(); ++i) {
            double most = 0;
            for (int j = 0; j < vectors.size(); ++j)
                most = i == j ? most : qMax(most, themes::cosine(vectors[i], vectors[j]));
            redundancy += most / qMax<qsizetype>(1, vectors.size());
        }
        QString met = QStringLiteral("-");
        if (facts.contains(ts.theme.id)) {
            const QJsonObject f = facts.value(ts.theme.id).toObject();
            int n = 0;
            for (const QJsonValue &g : f.value(QStringLiteral("facts")).toArray()) {
                bool found = false;
                for (const QJsonValue &a : g.toArray())
                    found = found || text.contains(a.toString(), Qt::CaseInsensitive);
                n += found ? 1 : 0;
            }
            const int need = f.value(QStringLiteral("need")).toInt();
            met = QStringLiteral("%1/%2 need %3%4").arg(n).arg(f.value(QStringLiteral("facts")).toArray().size()).arg(need)
                      .arg(n >= need ? QStringLiteral(" ok") : QStringLiteral(" SHORT"));
            ++devThemes;
            metThemes += n >= need ? 1 : 0;
        }
        std::printf("  %-20s %lld sentences, %2lld key facts, dev facts %-16s generic %3.0f%%, dangling %3.0f%%, "
                    "redundancy %.2f, %.1f ms\n",
                    qPrintable(ts.theme.id), static_cast<long long>(ts.sentences.size()),
                    static_cast<long long>(ts.facts.size()), qPrintable(met),
                    100.0 * generic / qMax<qsizetype>(1, ts.sentences.size()),
                    100.0 * dangling / qMax<qsizetype>(1, ts.sentences.size()), redundancy, times.at(2));
    }
    std::printf("dev themes meeting their facts: %d of %d; timeline: %lld dated sentences\n", metThemes, devThemes,
                static_cast<long long>(all.timeline.size()));
    const QStringList args = app.arguments();
    if (args.indexOf(QStringLiteral("--json")) > 0) {
        bench::Results results(QStringLiteral("themes"));
        results.add(QStringLiteral("all summaries"), QStringLiteral("ms"), warm, 200);
        results.add(QStringLiteral("all summaries, first run"), QStringLiteral("ms"), {double(cold)});
        results.write(args.value(args.indexOf(QStringLiteral("--json")) + 1));
    }
    return 0;
}
