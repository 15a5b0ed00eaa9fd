#pragma once
#include "text/types.h"

#include <QList>
#include <QString>

namespace okur::glossary {

class Glossary;

/// A sentence of one side of a parallel text: where it is in its block.
struct ParallelSentence {
    int block = 0; ///< index in the document's blocks
    int start = 0;
    int length = 0;
    QString text;
    bool heading = false;
};

/// One row of a parallel text: sentences of the left language and their
/// translation on the right (one side empty when the other text has none).
struct ParallelRow {
    QList<ParallelSentence> left;
    QList<ParallelSentence> right;
    int passage = 0; ///< which pair of passages the row belongs to
};

/// A document's passages in two languages, aligned by paragraph and then by
/// sentence. `left` is the document's main language.
struct ParallelText {
    QString leftLanguage;
    QString rightLanguage;
    QList<ParallelRow> rows;
    bool isEmpty() const { return rows.isEmpty(); }
};

/// A passage: consecutive blocks in one language.
struct Passage {
    QString language;
    int first = 0; ///< block index
    int count = 0;
    int length = 0; ///< characters
};

/// The document's passages paired with their translation: each run of blocks
/// in one language paired with a neighbouring run in the other whose length is
/// comparable (a translation, not a summary: the shorter at least half the
/// longer), closest ratio first, each run used once. Pure.
QList<QPair<Passage, Passage>> translatedPassages(const QList<text::TextBlock> &blocks);

/// True when the document has a passage and its translation (the parallel view has something to show). Pure.
bool hasParallelText(const QList<text::TextBlock> &blocks);

/// Aligns each translated pair of passages: paragraphs first, then the
/// sentences of each paragraph bead, by length (Gale–Church) strengthened by
/// glossary anchors (a Turkish word whose dictionary translation is in the
/// English sentence; the same number or acronym on both sides). Any thread
/// may call it (the glossary is immutable); `glossary` may be null (lengths only).
ParallelText alignDocument(const QList<text::TextBlock> &blocks, const QString &mainLanguage, const Glossary *glossary);

} // namespace okur::glossary
