// Whole-process startup: the time from spawning a program to the moment it
// reports its first frame, for the floor app and for Okur, run alternately
// so both see the same machine state.
//   bench_startup --okur PATH --floor PATH [--runs N] [--library DIR] [--open ID] [--label NAME] [--json FILE]
// Without --library every Okur run starts on a new, empty library (first
// start: the seeds are imported in the background); with it, on that library.
// --open ID starts in the reader on that document, as a reader who closed
// Okur while reading finds it again.
#include "benchutil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <cstdio>

using namespace okur;

namespace {

/// Milliseconds from start() to the first-frame line, or -1.
double timeToFirstFrame(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setProgram(program);
    p.setArguments(args);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start();
    double ms = -1;
    QByteArray out;
    while (ms < 0 && p.waitForReadyRead(60000)) {
        out += p.readAllStandardOutput();
        if (out.contains("first-frame-ms:"))
            ms = t.nsecsElapsed() / 1e6;
    }
    if (!p.waitForFinished(60000))
        p.kill();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString okur, floor, library, open, label = QStringLiteral("cold library"), json;
    int runs = 15;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i + 1 < args.size(); i += 2) {
        const QString &k = args[i], &v = args[i + 1];
        if (k == QLatin1String("--okur")) okur = v;
        else if (k == QLatin1String("--floor")) floor = v;
        else if (k == QLatin1String("--runs")) runs = v.toInt();
        else if (k == QLatin1String("--library")) library = v;
        else if (k == QLatin1String("--open")) open = v;
        else if (k == QLatin1String("--label")) label = v;
        else if (k == QLatin1String("--json")) json = v;
    }
    if (okur.isEmpty() || floor.isEmpty()) {
        std::fprintf(stderr, "usage: bench_startup --okur PATH --floor PATH [--runs N] [--library DIR] [--open ID] [--label NAME] "
                             "[--json FILE]\n");
        return 2;
    }
    QList<double> okurMs, floorMs, ratios;
    const auto okurArgs = [&](const QString &dir) {
        QStringList args{QStringLiteral("--quit-after-first-frame"), QStringLiteral("--library"), dir};
        if (!open.isEmpty())
            args << QStringLiteral("--open") << open;
        return args;
    };
    timeToFirstFrame(floor, {}); // warm the page cache for both
    timeToFirstFrame(okur, okurArgs(library.isEmpty() ? QTemporaryDir().path() : library));
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir fresh;
        const double f = timeToFirstFrame(floor, {});
        const double o = timeToFirstFrame(okur, okurArgs(library.isEmpty() ? fresh.path() : library));
        if (f <= 0 || o <= 0) {
            std::fprintf(stderr, "bench_startup: a run did not report its first frame\n");
            return 1;
        }
        floorMs << f;
        okurMs << o;
        ratios << o / f;
    }
    std::printf("startup (%s), %d alternating runs: floor median %.0f ms, Okur median %.0f ms, ratio median %.2f "
                "(%.2f-%.2f)\n",
                qPrintable(label), runs, bench::percentile(floorMs, 0.5), bench::percentile(okurMs, 0.5),
                bench::percentile(ratios, 0.5), bench::percentile(ratios, 0), bench::percentile(ratios, 1));
    bench::Results results(QStringLiteral("startup"));
    results.add(QStringLiteral("first frame, floor app (next to ") + label + u')', QStringLiteral("ms"), floorMs);
    results.add(QStringLiteral("first frame, ") + label, QStringLiteral("ms"), okurMs);
    // Issue 24's targets: the library's first frame (new, 5 or 10,000 documents) within 1.25× the floor's,
    // reopening the last document read within 1.5×.
    results.add(QStringLiteral("first frame ratio, ") + label, QStringLiteral("x floor"), ratios, open.isEmpty() ? 1.25 : 1.5);
    if (!json.isEmpty())
        results.write(json);
    return 0;
}
