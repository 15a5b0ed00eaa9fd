#pragma once
#include "annotation.h"

#include <QStringList>

namespace okur::annotations {

constexpr int kContextLength = 32;

/// `offset`, or the start of the character it falls inside (never between
/// the two halves of a surrogate pair). Pure.
int snapToCharacter(const QString &text, int offset);

/// Where a bookmark of a block ends: the whole block when it is short, else its first words within
/// `limit` characters, never inside a word ("Uluslararası", not "Uluslarara") nor after a space; a first
/// word longer than `limit` is cut at a character. Pure.
int bookmarkEnd(const QString &blockText, int limit = 80);

/// Where a bookmark of the line at `share` of a block's text begins (the reading position's share: the text
/// before the first character of the line at the top): the start of the word there, past any space (a share
/// a character short of the line names its space, not the line before). 0 for a share of 0 or less. Pure.
int bookmarkStart(const QString &blockText, double share);

/// Fills quote, prefix and suffix of `a` from its block and offsets. Pure.
void captureContext(Annotation &a, const QStringList &blockTexts);

/// Where an annotation lands in (possibly changed) text, and how it was found.
struct Placement {
    bool found = false;
    int block = 0;
    int start = 0;
    int end = 0;
    enum Method { Position, Quote, Fuzzy, None } method = None;
};

/// Places an annotation in the current blocks: the same position if the
/// quote is still there; else the quote elsewhere, the occurrence whose
/// context and block fit best; else the closest approximate match within an
/// edit distance of a quarter of the quote (at most 32). Pure.
Placement reanchor(const Annotation &a, const QStringList &blockTexts);

/// The smallest edit distance between `pattern` and any substring of
/// `text`, with where that substring ends; bounded search. Pure.
struct ApproximateMatch {
    int distance = -1;
    int start = -1;
    int end = -1;
};
ApproximateMatch approximateFind(const QString &pattern, const QString &text, int maxDistance);

} // namespace okur::annotations
