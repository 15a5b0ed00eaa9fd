// Gathers the figures ./bench.sh's programs wrote into one results.json and
// prints them as a Markdown table (the README's Performance section).
//   bench_report PARTS_DIR OUT.json
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_report PARTS_DIR OUT.json\n");
        return 2;
    }
    QJsonArray figures;
    for (const QFileInfo &f : QDir(args[1]).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(f.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject part = QJsonDocument::fromJson(file.readAll()).object();
        for (const QJsonValue &v : part.value(QStringLiteral("figures")).toArray()) {
            QJsonObject o = v.toObject();
            o.insert(QStringLiteral("program"), part.value(QStringLiteral("program")));
            figures.append(o);
        }
    }
    const QString machine = QStringLiteral("%1, %2 cores").arg(QSysInfo::prettyProductName()).arg(QThread::idealThreadCount());
    std::printf("| figure | median | spread (min-max) | runs | target |\n|---|---|---|---|---|\n");
    int missed = 0;
    for (const QJsonValue &v : std::as_const(figures)) {
        const QJsonObject o = v.toObject();
        const double median = o.value(QStringLiteral("median")).toDouble();
        const QString unit = o.value(QStringLiteral("unit")).toString();
        // Issue 24 gives ratios and memory as bounds ("≤ 1.25×", "≤ 100 MB"), times as limits ("< 10 ms").
        const bool ratio = unit.startsWith(QLatin1String("x"));
        const bool bound = ratio || unit == QLatin1String("MB");
        QString target = QStringLiteral("");
        if (o.contains(QStringLiteral("target"))) {
            const double t = o.value(QStringLiteral("target")).toDouble();
            const bool met = median < t || (bound && median <= t);
            missed += met ? 0 : 1;
            target = QStringLiteral("%1 %2 %3").arg(bound ? QStringLiteral("≤") : QStringLiteral("<"))
                         .arg(t).arg(met ? QStringLiteral("✓") : QStringLiteral("✗"));
        }
        // A ratio to the floor keeps two decimals: its target (≤ 1.25) is read at that precision.
        const auto num = [ratio](double x) { return QString::number(x, 'f', ratio ? 2 : x < 1 ? 3 : x < 100 ? 1 : 0); };
        std::printf("| %s | %s %s | %s-%s | %d | %s |\n", qPrintable(o.value(QStringLiteral("name")).toString()),
                    qPrintable(num(median)), qPrintable(unit), qPrintable(num(o.value(QStringLiteral("min")).toDouble())),
                    qPrintable(num(o.value(QStringLiteral("max")).toDouble())), o.value(QStringLiteral("runs")).toInt(),
                    qPrintable(target));
    }
    std::printf("\nmachine: %s; %s\n", qPrintable(machine), qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    QSaveFile out(args[2]);
    if (!out.open(QIODevice::WriteOnly))
        return 1;
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("machine"), machine},
                                        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                                        {QStringLiteral("missed"), missed},
                                        {QStringLiteral("figures"), figures}})
                  .toJson());
    return out.commit() ? 0 : 1;
}
