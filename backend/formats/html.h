#pragma once
#include "structured.h"

#include <QHash>

namespace okur::formats {

/// How much of a page is the reading: a saved web page keeps its main
/// content only (no navigation, asides, footers, banners); an EPUB chapter
/// keeps its whole body (but no nav, scripts or page-break markers).
enum class HtmlMode { WebPage, BookChapter };

/// A page read into blocks, with the block index of each element id (for
/// contents entries that point into the page).
struct HtmlResult {
    StructuredDocument doc;
    QHash<QString, int> anchors;
};

/// Reads (X)HTML bytes into blocks: headings, paragraphs, list items, block
/// quotes, figure captions, table rows as text; a block's raw text is its
/// source markup. `lang`/`xml:lang` give a block's language (inherited, or
/// `inheritedLanguage`). Bytes that are not UTF-8 are decoded by the meta
/// charset. Declared entities (<!ENTITY) are refused: they can expand
/// without bound. Pure; cost bounded by the input.
HtmlResult readHtml(const QByteArray &bytes, HtmlMode mode, const QString &inheritedLanguage = QString());

} // namespace okur::formats
