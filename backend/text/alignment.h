#pragma once
#include <QList>
#include <functional>

namespace okur::text {

/// One bead of an alignment: `sourceCount` units from `sourceStart` match
/// `targetCount` units from `targetStart`. A count of 0 on one side: a unit
/// the other text left out (a dropped sentence, a heading only one has).
struct Bead {
    int sourceStart = 0;
    int sourceCount = 0;
    int targetStart = 0;
    int targetCount = 0;
    bool operator==(const Bead &o) const
    {
        return sourceStart == o.sourceStart && sourceCount == o.sourceCount && targetStart == o.targetStart &&
               targetCount == o.targetCount;
    }
};

/// Evidence beyond length that source units [s, s+ns) and target units
/// [t, t+nt) translate each other: 0 (none) to 1 (every word has its
/// counterpart), e.g. the share of words whose dictionary translation is there.
using BeadEvidence = std::function<double(int s, int ns, int t, int nt)>;

/// Aligns two texts given as the lengths of their units (paragraphs or
/// sentences), in order, by Gale and Church's dynamic programme: the cost of
/// a bead is how unlikely its length ratio is (a normal around the texts'
/// own ratio) plus the bead's prior (1-1 common; 1-2, 2-1 less; 1-0, 0-1
/// rare), less a bonus for `evidence`. Returns beads covering both texts in
/// order. Cost O(source × target). Pure.
QList<Bead> alignByLength(const QList<int> &source, const QList<int> &target, const BeadEvidence &evidence = {});

} // namespace okur::text
