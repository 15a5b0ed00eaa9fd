#pragma once
// Shared by the benchmarks: percentiles and a figure list that
// ./bench.sh gathers into build/bench/results.json.
#include <QList>
#include <QString>

namespace okur::bench {

double percentile(QList<double> values, double p);

struct Figure {
    QString name;
    QString unit;
    double median = 0;
    double low = 0;  ///< smallest sample
    double high = 0; ///< largest sample
    int runs = 0;
    double target = 0; ///< 0: no target; otherwise the figure must stay below it
};

/// The figures of one benchmark program, written as JSON for ./bench.sh.
class Results {
public:
    explicit Results(const QString &program) : m_program(program) {}
    /// One figure from repeated runs: its median and spread.
    void add(const QString &name, const QString &unit, const QList<double> &samples, double target = 0);
    const QList<Figure> &figures() const { return m_figures; }
    bool write(const QString &path) const;

private:
    QString m_program;
    QList<Figure> m_figures;
};

} // namespace okur::bench
