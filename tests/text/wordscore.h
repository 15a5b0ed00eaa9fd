#pragma once
// The project's word-accuracy scorer: finds a gold passage in a repaired
// text with a diacritic-blind alignment and counts word-level edits.
#include "text/casing.h"

#include <QStringList>
#include <algorithm>
#include <vector>

namespace okur::test {

inline QString foldForAlignment(const QString &tok)
{
    QString t = okur::text::stripDiacritics(tok.normalized(QString::NormalizationForm_C)).toLower();
    t.replace(u'’', u'\'');
    QString out;
    for (const QChar c : t) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

inline int editDistance(const QStringList &a, const QStringList &b)
{
    std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        prev[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

/// Word errors of `gold` against the best-aligned window of `output`.
inline int wordErrors(const QStringList &output, const QStringList &gold)
{
    QStringList fo, fg;
    for (const auto &t : output)
        fo << foldForAlignment(t);
    for (const auto &t : gold)
        fg << foldForAlignment(t);
    // Anchor on the first and last 3-word runs of the gold passage.
    auto find = [&](int goldStart) -> int {
        for (int i = 0; i + 3 <= fo.size(); ++i) {
            if (fo[i] == fg[goldStart] && fo[i + 1] == fg[goldStart + 1] && fo[i + 2] == fg[goldStart + 2])
                return i;
        }
        return -1;
    };
    if (gold.size() < 6)
        return int(gold.size());
    const int first = find(0);
    const int last = find(int(gold.size()) - 3);
    if (first < 0 || last < first)
        return int(gold.size());
    auto norm = [](QStringList l) {
        for (auto &t : l)
            t = t.normalized(QString::NormalizationForm_C).replace(u'’', u'\'');
        return l;
    };
    return editDistance(norm(output.mid(first, last + 3 - first)), norm(gold));
}

} // namespace okur::test
