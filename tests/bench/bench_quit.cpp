// Quitting during a first start: a fresh library's background work is
// cancelled after a delay (so each of its steps gets interrupted in turn), and
// the figure is how long the Library's destruction (what quitting waits for)
// takes. Each cancelled library is then opened again and must complete.
//   bench_quit [--json FILE] [DELAY_MS...]
#include "benchutil.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace okur;

namespace {

const char *taskName(library::Task t)
{
    switch (t) {
    case library::Task::Idle:
        return "done";
    case library::Task::Lexicons:
        return "lexicons";
    case library::Task::Documents:
        return "documents";
    case library::Task::Dictionary:
        return "dictionary";
    case library::Task::Index:
        return "index";
    case library::Task::Summaries:
        return "summaries";
    }
    return "?";
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QStringList args = app.arguments().mid(1);
    QString json;
    if (const qsizetype i = args.indexOf(QStringLiteral("--json")); i >= 0) {
        json = args.value(i + 1);
        args.remove(i, 2);
    }
    QList<int> delays;
    for (const QString &a : std::as_const(args)) {
        delays << a.toInt();
    }
    if (delays.isEmpty()) {
        delays = {0, 100, 300, 600, 900, 1300, 1800, 2500, 3500, 5000};
    }

    QList<double> waits;
    bool allCompleted = true;
    for (const int delay : std::as_const(delays)) {
        QTemporaryDir dir;
        auto lib = std::make_unique<library::Library>(dir.path());
        if (!lib->open()) {
            std::fprintf(stderr, "cannot open a library: %s\n", qPrintable(lib->error()));
            return 1;
        }
        lib->startBackgroundWork();
        spin(delay);
        const library::Task during = lib->progress().task;
        QElapsedTimer t;
        t.start();
        lib.reset(); // what quitting waits for
        const double ms = t.nsecsElapsed() / 1e6;
        waits << ms;

        // The next start completes what the cancelled one left.
        library::Library again(dir.path());
        again.open();
        again.startBackgroundWork();
        again.waitForBackgroundWork();
        QCoreApplication::processEvents();
        const bool complete = again.store().documents().size() >= 5 && again.glossary() && again.summaries();
        allCompleted = allCompleted && complete;
        std::printf("quit after %5d ms (during %-10s): waited %7.1f ms; next start %s\n", delay, taskName(during), ms,
                    complete ? "completed it" : "DID NOT complete it");
    }
    bench::Results results(QStringLiteral("quit"));
    results.add(QStringLiteral("quit during a first start (worst)"), QStringLiteral("ms"),
                {*std::max_element(waits.cbegin(), waits.cend())}, 1000);
    results.add(QStringLiteral("quit during a first start"), QStringLiteral("ms"), waits, 1000);
    for (const bench::Figure &f : results.figures()) {
        std::printf("%-36s %8.1f %s (%.1f-%.1f, %d runs)\n", qPrintable(f.name), f.median, qPrintable(f.unit), f.low,
                    f.high, f.runs);
    }
    if (!json.isEmpty()) {
        results.write(json);
    }
    return allCompleted ? 0 : 1;
}
