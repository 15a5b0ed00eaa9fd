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

QHash<QString, int> lemmaCounts(const documents::DocumentInfo &info, const QList<documents::StoredBlock> &blocks,
                                const LemmaOf &lemmaOf)
{
    QHash<QString, int> counts;
    for (const documents::StoredBlock &b : blocks) {
        if (b.language != info.language) {
            continue;
        }
        // Whether a word counts (names, numbers) and its lemma do not depend on statuses.
        for (const StatusToken &t : statusTokens(b.text, b.language, lemmaOf, {})) {
            if (t.counted) {
                ++counts[t.lemma];
            }
        }
    }
    return counts;
}

KnownShare shareOf(const QHash<QString, int> &lemmaCounts, const QHash<QString, int> &statuses)
{
    KnownShare share;
    for (auto it = lemmaCounts.cbegin(); it != lemmaCounts.cend(); ++it) {
        const int status = statuses.value(it.key(), StatusNew);
        if (status == StatusIgnored) {
            continue;
        }
        const bool known = status == StatusKnown;
        share.tokens += it.value();
        share.knownTokens += known ? it.value() : 0;
        ++share.lemmas;
        share.knownLemmas += known ? 1 : 0;
    }
    return share;
}

} // namespace okur::library
