#include "anchoring.h"

#include <cmath>

#include "text/quotes.h"

#include <algorithm>
#include <vector>

namespace okur::annotations {

int snapToCharacter(const QString &text, int offset)
{
    // An offset between the halves of a surrogate pair would cut a character
    // in two (and make invalid UTF-8 in every export); move it before the pair.
    if (offset > 0 && offset < text.size() && text.at(offset).isLowSurrogate() &&
        text.at(offset - 1).isHighSurrogate()) {
        return offset - 1;
    }
    return offset;
}

int bookmarkEnd(const QString &blockText, int limit)
{
    if (blockText.size() <= limit) {
        return int(blockText.size());
    }
    // The last space at or before the limit ends the quote, when a word fits before it.
    int end = limit;
    while (end > 0 && !blockText.at(end).isSpace()) {
        --end;
    }
    while (end > 0 && blockText.at(end - 1).isSpace()) {
        --end;
    }
    return end > 0 ? end : snapToCharacter(blockText, limit);
}

int bookmarkStart(const QString &blockText, double share)
{
    if (!(share > 0) || blockText.isEmpty()) {
        return 0;
    }
    int start = snapToCharacter(blockText, int(std::lround(qMin(1.0, share) * double(blockText.size()))));
    while (start < blockText.size() && blockText.at(start).isSpace()) {
        ++start;
    }
    while (start > 0 && !blockText.at(start - 1).isSpace()) {
        --start;
    }
    return start < blockText.size() ? start : 0;
}

void captureContext(Annotation &a, const QStringList &blockTexts)
{
    if (a.block < 0 || a.block >= blockTexts.size()) {
        return;
    }
    const QString &t = blockTexts.at(a.block);
    a.start = snapToCharacter(t, qBound(0, a.start, int(t.size())));
    a.end = snapToCharacter(t, qBound(a.start, a.end, int(t.size())));
    a.quote = t.mid(a.start, a.end - a.start);
    const int from = snapToCharacter(t, qMax(0, a.start - kContextLength));
    a.prefix = t.mid(from, a.start - from);
    a.suffix = t.mid(a.end, snapToCharacter(t, qMin(int(t.size()), a.end + kContextLength)) - a.end);
}

namespace {

int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n)) {
        ++n;
    }
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n)) {
        ++n;
    }
    return n;
}

} // namespace

ApproximateMatch approximateFind(const QString &pattern, const QString &text, int maxDistance)
{
    // Sellers' algorithm: edit distance where the match may start anywhere in the text.
    ApproximateMatch best;
    const int m = int(pattern.size());
    if (m == 0 || text.isEmpty()) {
        return best;
    }
    std::vector<int> prev(m + 1), cur(m + 1), startPrev(m + 1), startCur(m + 1);
    for (int i = 0; i <= m; ++i) {
        prev[i] = i;
        startPrev[i] = 0;
    }
    for (int j = 1; j <= text.size(); ++j) {
        cur[0] = 0;
        startCur[0] = j;
        for (int i = 1; i <= m; ++i) {
            const int sub = prev[i - 1] + (pattern.at(i - 1) == text.at(j - 1) ? 0 : 1);
            const int del = prev[i] + 1;    // a text character not in the pattern
            const int ins = cur[i - 1] + 1; // a pattern character not in the text
            if (sub <= del && sub <= ins) {
                cur[i] = sub;
                startCur[i] = startPrev[i - 1];
            } else if (del <= ins) {
                cur[i] = del;
                startCur[i] = startPrev[i];
            } else {
                cur[i] = ins;
                startCur[i] = startCur[i - 1];
            }
        }
        if (cur[m] <= maxDistance && (best.distance < 0 || cur[m] < best.distance)) {
            best.distance = cur[m];
            best.start = startCur[m];
            best.end = j;
        }
        std::swap(prev, cur);
        std::swap(startPrev, startCur);
    }
    return best;
}

namespace {
Placement reanchorPlain(const Annotation &a, const QStringList &blockTexts);
} // namespace

Placement reanchor(const Annotation &a, const QStringList &blockTexts)
{
    // A quote copied from the display (’) or from another tool matches the
    // stored text (') alike; plainQuotes() keeps every offset.
    Annotation plain = a;
    plain.quote = text::plainQuotes(a.quote);
    plain.prefix = text::plainQuotes(a.prefix);
    plain.suffix = text::plainQuotes(a.suffix);
    QStringList texts;
    texts.reserve(blockTexts.size());
    for (const QString &t : blockTexts) {
        texts << text::plainQuotes(t);
    }
    return reanchorPlain(plain, texts);
}

namespace {
Placement reanchorPlain(const Annotation &a, const QStringList &blockTexts)
{
    Placement p;
    const int length = a.end - a.start;
    // 1. Exact position.
    if (a.block >= 0 && a.block < blockTexts.size() && !a.quote.isEmpty() &&
        blockTexts.at(a.block).mid(a.start, length) == a.quote) {
        return {true, a.block, a.start, a.end, Placement::Position};
    }
    if (a.quote.isEmpty()) {
        return p;
    }
    // 2. The exact quote elsewhere: the occurrence whose context and place fit best.
    int bestScore = -1;
    for (int b = 0; b < blockTexts.size(); ++b) {
        const QString &t = blockTexts.at(b);
        for (qsizetype at = t.indexOf(a.quote); at >= 0; at = t.indexOf(a.quote, at + 1)) {
            const int context = commonSuffix(t.left(at), a.prefix) + commonPrefix(t.mid(at + a.quote.size()), a.suffix);
            const int distance = qAbs(b - a.block);
            const int score = context * 100 - qMin(distance, 99);
            if (score > bestScore) {
                bestScore = score;
                p = {true, b, int(at), int(at + a.quote.size()), Placement::Quote};
            }
        }
    }
    if (p.found) {
        return p;
    }
    // 3. Approximately: the original block and its neighbours first, then everywhere.
    const int maxDistance = qMin(32, qMax(1, int(a.quote.size()) / 4));
    QList<int> order;
    for (int d = 0; d <= 3; ++d) {
        for (int b : {a.block - d, a.block + d}) {
            if (b >= 0 && b < blockTexts.size() && !order.contains(b)) {
                order.append(b);
            }
        }
    }
    for (int b = 0; b < blockTexts.size(); ++b) {
        if (!order.contains(b)) {
            order.append(b);
        }
    }
    int bestDistance = maxDistance + 1;
    for (int b : order) {
        const ApproximateMatch m = approximateFind(a.quote, blockTexts.at(b), qMin(maxDistance, bestDistance - 1));
        if (m.distance >= 0 && m.distance < bestDistance) {
            bestDistance = m.distance;
            p = {true, b, m.start, m.end, Placement::Fuzzy};
            if (m.distance == 0) {
                break;
            }
        }
    }
    return p;
}

} // namespace

} // namespace okur::annotations
