// The app as a user meets it: runs `okur --bench-reader` on a library several
// times and gathers opening a document to its first drawn block, 100
// lookups through the reader, and peak resident memory.
//   bench_reader --okur PATH --library DIR --document ID [--runs N] [--json FILE]
#include "benchutil.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <cstdio>

using namespace okur;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString okur, library, document, json;
    int runs = 5;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--okur")) okur = args[i + 1];
        else if (args[i] == QLatin1String("--library")) library = args[i + 1];
        else if (args[i] == QLatin1String("--document")) document = args[i + 1];
        else if (args[i] == QLatin1String("--runs")) runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--json")) json = args[i + 1];
    }
    if (okur.isEmpty() || library.isEmpty() || document.isEmpty()) {
        std::fprintf(stderr, "usage: bench_reader --okur PATH --library DIR --document ID [--runs N] [--json FILE]\n");
        return 2;
    }
    QList<double> first, median, rss, lookups;
    static const QRegularExpression figure(QStringLiteral("^([a-z-]+): ([0-9.]+)(?: of ([0-9]+) in ([0-9.]+) ms)?"),
                                           QRegularExpression::MultilineOption);
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(okur, {QStringLiteral("--library"), library, QStringLiteral("--bench-reader"), document});
        if (!p.waitForFinished(180000) || p.exitCode() != 0) {
            std::fprintf(stderr, "bench_reader: okur --bench-reader failed\n");
            return 1;
        }
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (auto it = figure.globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            const double v = m.captured(2).toDouble();
            if (m.captured(1) == QLatin1String("open-first-ms")) first << v;
            else if (m.captured(1) == QLatin1String("open-median-ms")) median << v;
            else if (m.captured(1) == QLatin1String("peak-rss-mb")) rss << v;
            else if (m.captured(1) == QLatin1String("lookups") && v > 0) lookups << m.captured(4).toDouble() / v;
        }
    }
    bench::Results results(QStringLiteral("reader"));
    results.add(QStringLiteral("open a document to first block (first)"), QStringLiteral("ms"), first, 50);
    results.add(QStringLiteral("open a document to first block (again)"), QStringLiteral("ms"), median, 50);
    results.add(QStringLiteral("lookup through the reader (tap to card)"), QStringLiteral("ms"), lookups);
    results.add(QStringLiteral("peak RSS after opening + 100 lookups"), QStringLiteral("MB"), rss, 100); // issue 24: ≤ 100 MB
    for (const bench::Figure &f : results.figures())
        std::printf("%-42s %8.1f %s (%.1f-%.1f, %d runs)\n", qPrintable(f.name), f.median, qPrintable(f.unit), f.low,
                    f.high, f.runs);
    if (!json.isEmpty())
        results.write(json);
    return 0;
}
