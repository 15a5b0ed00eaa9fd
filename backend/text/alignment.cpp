#include "alignment.h"

#include <cmath>
#include <limits>
#include <vector>

namespace okur::text {

namespace {

// Gale & Church (1993): the variance of the target length per source
// character, and the priors of the bead shapes they counted in the Hansards.
constexpr double kVariance = 6.8;
struct Shape {
    int ns;
    int nt;
    double prior;
};
constexpr Shape kShapes[] = {
    {1, 1, 0.89}, {1, 0, 0.0099 / 2}, {0, 1, 0.0099 / 2}, {2, 1, 0.089 / 2}, {1, 2, 0.089 / 2}};
// How much full evidence is worth, in the same units as the costs (-log
// probability): a little more than the gap between a 1-1 and a 2-1 bead's
// prior, so anchors can tip a merge or a drop the lengths leave open, but not
// outvote clear lengths.
constexpr double kEvidenceWeight = 6.0;

double normalTail(double z) // P(|Z| >= z) for a standard normal
{
    return std::erfc(z / std::sqrt(2.0));
}

double lengthCost(double ls, double lt, double ratio)
{
    if (ls == 0 && lt == 0) {
        return 0;
    }
    const double mean = (ls + lt / ratio) / 2;
    const double z = std::abs(ratio * ls - lt) / std::sqrt(kVariance * mean);
    const double p = normalTail(z);
    return -std::log(std::max(p, 1e-300));
}

} // namespace

QList<Bead> alignByLength(const QList<int> &source, const QList<int> &target, const BeadEvidence &evidence)
{
    const int n = int(source.size());
    const int m = int(target.size());
    QList<Bead> out;
    if (n == 0 && m == 0) {
        return out;
    }
    // The texts' own length ratio (Turkish runs shorter than English, and
    // characters per word differ), so the model needs no language pair table.
    double totalS = 0, totalT = 0;
    for (int l : source) {
        totalS += l;
    }
    for (int l : target) {
        totalT += l;
    }
    const double ratio = (totalS > 0 && totalT > 0) ? totalT / totalS : 1.0;
    std::vector<int> prefixS(n + 1, 0), prefixT(m + 1, 0);
    for (int i = 0; i < n; ++i) {
        prefixS[i + 1] = prefixS[i] + source[i];
    }
    for (int j = 0; j < m; ++j) {
        prefixT[j + 1] = prefixT[j] + target[j];
    }
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> cost(size_t(n + 1) * (m + 1), inf);
    std::vector<int> from(size_t(n + 1) * (m + 1), -1);
    auto at = [m](int i, int j) { return size_t(i) * (m + 1) + j; };
    cost[at(0, 0)] = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0) {
                continue;
            }
            for (int k = 0; k < int(std::size(kShapes)); ++k) {
                const Shape &s = kShapes[k];
                const int pi = i - s.ns, pj = j - s.nt;
                if (pi < 0 || pj < 0 || cost[at(pi, pj)] == inf) {
                    continue;
                }
                const double ls = prefixS[i] - prefixS[pi];
                const double lt = prefixT[j] - prefixT[pj];
                // A unit left out has no length relation to anything: only the
                // prior prices it (Gale and Church also charge the length of
                // a deletion, which makes a long dropped sentence merge into
                // its neighbour instead).
                double c =
                    cost[at(pi, pj)] - std::log(s.prior) + (s.ns > 0 && s.nt > 0 ? lengthCost(ls, lt, ratio) : 0.0);
                if (evidence && s.ns > 0 && s.nt > 0) {
                    c -= kEvidenceWeight * evidence(pi, s.ns, pj, s.nt);
                }
                if (c < cost[at(i, j)]) {
                    cost[at(i, j)] = c;
                    from[at(i, j)] = k;
                }
            }
        }
    }
    for (int i = n, j = m; i > 0 || j > 0;) {
        const Shape &s = kShapes[from[at(i, j)]];
        i -= s.ns;
        j -= s.nt;
        out.prepend({i, s.ns, j, s.nt});
    }
    return out;
}

} // namespace okur::text
