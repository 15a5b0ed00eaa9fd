#pragma once
#include "documents/document.h"
#include "glossary/wordstatus.h"

namespace okur::library {

/// What a learner knows of one document: the share of known words and the
/// lemmas to learn next, over the blocks in the document's own language (an
/// abstract in the other language is the other language's business).
struct DocumentProgress {
    QString language;
    glossary::KnownShare share;
    QList<glossary::LemmaCount> next; ///< most frequent lemmas neither known nor ignored
};

/// Pure given `lemmaOf`; `statuses` maps status keys of the document's
/// language to statuses (WordStatusStore::statuses()).
DocumentProgress documentProgress(const documents::DocumentInfo &info, const QList<documents::StoredBlock> &blocks,
                                  const glossary::LemmaOf &lemmaOf, const QHash<QString, int> &statuses, int nextLimit = 20);

/// How many counted words of the document's own language each lemma (status
/// key) has: what its known share is made of, whatever the statuses. The
/// library's cards keep it, so a status change recounts a share without
/// reading the text again. Pure given `lemmaOf`.
QHash<QString, int> lemmaCounts(const documents::DocumentInfo &info, const QList<documents::StoredBlock> &blocks,
                                const glossary::LemmaOf &lemmaOf);
/// The known share those counts make under `statuses` (as knownShare() counts
/// the words themselves). Pure.
glossary::KnownShare shareOf(const QHash<QString, int> &lemmaCounts, const QHash<QString, int> &statuses);

} // namespace okur::library
