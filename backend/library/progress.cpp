#include "progress.h"

#include <algorithm>

namespace okur::library {

using namespace glossary;

DocumentProgress documentProgress(const documents::DocumentInfo &info, const QList<documents::StoredBlock> &blocks,
                                  const LemmaOf &lemmaOf, const QHash<QString, int> &statuses, int nextLimit)
{
    DocumentProgress out;
    out.language = info.language;
    QList<StatusToken> all;
    QHash<QString, LemmaCount> counts;
    for (const documents::StoredBlock &b : blocks) {
        if (b.language != info.language) {
            continue;
        }
        const QList<StatusToken> tokens = statusTokens(b.text, b.language, lemmaOf, statuses);
        all.append(tokens);
        // Counted block by block (a token's offsets are its block's), merged here.
        for (const LemmaCount &c : wordsToLearn(b.text, tokens, -1)) {
            LemmaCount &total = counts[c.lemma];
            if (total.count == 0) {
                total = c;
            } else {
                total.count += c.count;
            }
        }
    }
    out.share = knownShare(all);
    out.next = counts.values();
    std::sort(out.next.begin(), out.next.end(), [](const LemmaCount &a, const LemmaCount &b) {
        return a.count != b.count ? a.count > b.count : a.lemma < b.lemma;
    });
    if (nextLimit >= 0 && out.next.size() > nextLimit) {
        out.next.resize(nextLimit);
    }
    return out;
}

KnownShare documentShare(const documents::DocumentInfo &info, const QList<documents::StoredBlock> &blocks,
                         const LemmaOf &lemmaOf, const QHash<QString, int> &statuses)
{
    QList<StatusToken> all;
    for (const documents::StoredBlock &b : blocks) {
        if (b.language == info.language) {
            all.append(statusTokens(b.text, b.language, lemmaOf, statuses));
        }
    }
    return knownShare(all);
}

} // namespace okur::library
