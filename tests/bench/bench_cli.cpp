// Cold okur-cli commands as whole processes: list, lookup and search on a
// library the app has opened, each the median of repeated runs, beside
// `okur-cli --help` (process start-up, the floor no command can beat).
// Commands alternate, so a burst of load on the machine spreads over all.
//   bench_cli --cli build/bin/okur-cli --library DIR [--runs N] [--json OUT]
#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <cstdio>
#include <sys/resource.h>

namespace {

double childCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption cliOpt(QStringLiteral("cli"), QStringLiteral("okur-cli"), QStringLiteral("path"));
    const QCommandLineOption libOpt(QStringLiteral("library"), QStringLiteral("a library the app opened"), QStringLiteral("dir"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("runs of each command"), QStringLiteral("n"), QStringLiteral("9"));
    const QCommandLineOption jsonOpt(QStringLiteral("json"), QStringLiteral("figures for ./bench.sh"), QStringLiteral("file"));
    parser.addOptions({cliOpt, libOpt, runsOpt, jsonOpt});
    parser.process(app);
    const QString cli = parser.value(cliOpt);
    const QString library = parser.value(libOpt);
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    if (cli.isEmpty() || library.isEmpty()) {
        std::fprintf(stderr, "usage: bench_cli --cli PATH --library DIR [--runs N] [--json OUT]\n");
        return 2;
    }
    const QStringList lib{QStringLiteral("--library"), library};
    const struct {
        const char *name;
        QStringList args;
        bool floor;
    } commands[] = {
        {"okur-cli --help (process start-up)", {QStringLiteral("--help")}, true},
        {"cold okur-cli list", lib + QStringList{QStringLiteral("list")}, false},
        {"cold okur-cli lookup", lib + QStringList{QStringLiteral("lookup"), QStringLiteral("kitaplarımızdan")}, false},
        {"cold okur-cli search", lib + QStringList{QStringLiteral("search"), QStringLiteral("diplomasi")}, false},
    };
    constexpr int kCommands = int(std::size(commands));
    QList<double> wall[kCommands], cpu[kCommands];
    for (int r = 0; r < runs; ++r) {
        for (int c = 0; c < kCommands; ++c) {
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            if (commands[c].floor) {
                p.setStandardErrorFile(QProcess::nullDevice()); // the usage text
            }
            const double cpuBefore = childCpuMs();
            QElapsedTimer t;
            t.start();
            p.start(cli, commands[c].args);
            p.waitForFinished(60000);
            wall[c] << t.nsecsElapsed() / 1e6;
            cpu[c] << childCpuMs() - cpuBefore;
            if (!commands[c].floor && (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)) {
                std::fprintf(stderr, "%s failed (exit %d)\n", commands[c].name, p.exitCode());
                return 1;
            }
        }
    }
    okur::bench::Results results(QStringLiteral("bench_cli"));
    for (int c = 0; c < kCommands; ++c) {
        const QString name = QString::fromUtf8(commands[c].name);
        results.add(name, QStringLiteral("ms"), wall[c], commands[c].floor ? 0 : 150);
        results.add(name + QStringLiteral(", CPU (user + sys)"), QStringLiteral("ms"), cpu[c]);
        std::printf("%-40s wall %6.1f ms  CPU %6.1f ms  (median of %d)\n", commands[c].name,
                    okur::bench::percentile(wall[c], 0.5), okur::bench::percentile(cpu[c], 0.5), runs);
    }
    if (parser.isSet(jsonOpt) && !results.write(parser.value(jsonOpt))) {
        return 1;
    }
    return 0;
}
