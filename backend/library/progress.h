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

/// The known share alone, as documentProgress() counts it, without the words
/// to learn (the library's cards recount it after every status change). Pure
/// given `lemmaOf`.
glossary::KnownShare documentShare(const documents::DocumentInfo &info, const QList<documents::StoredBlock> &blocks,
                                   const glossary::LemmaOf &lemmaOf, const QHash<QString, int> &statuses);

} // namespace okur::library
