#include "benchutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace okur::bench {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least p of the samples at or below it.
    const qsizetype rank = qsizetype(std::ceil(p * values.size()));
    return values.at(qBound(qsizetype(0), rank - 1, values.size() - 1));
}

void Results::add(const QString &name, const QString &unit, const QList<double> &samples, double target)
{
    Figure f;
    f.name = name;
    f.unit = unit;
    f.median = percentile(samples, 0.5);
    f.low = samples.isEmpty() ? 0 : *std::min_element(samples.begin(), samples.end());
    f.high = samples.isEmpty() ? 0 : *std::max_element(samples.begin(), samples.end());
    f.runs = int(samples.size());
    f.target = target;
    m_figures.append(f);
}

bool Results::write(const QString &path) const
{
    QJsonArray figures;
    for (const Figure &f : m_figures) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("unit"), f.unit},
                      {QStringLiteral("median"), f.median}, {QStringLiteral("min"), f.low},
                      {QStringLiteral("max"), f.high}, {QStringLiteral("runs"), f.runs}};
        if (f.target > 0)
            o.insert(QStringLiteral("target"), f.target);
        figures.append(o);
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(QJsonObject{{QStringLiteral("program"), m_program}, {QStringLiteral("figures"), figures}})
                  .toJson());
    return out.commit();
}

} // namespace okur::bench
