#pragma once
#include "text/lexicon.h"
#include "text/pipeline.h"
#include "text/types.h"

#include <QByteArray>
#include <QList>

namespace okur::formats {

/// Reads CommonMark (libcmark) into blocks: a heading is a Heading; a
/// paragraph, a block quote's paragraphs and a code block are Paragraphs; the
/// first block of a list item starts with its marker ("• ", or "3. " in an
/// ordered list). Inline markup keeps its text (a link its label, an image
/// its alt text), a line break is a space, HTML is dropped and a thematic
/// break gives no block. A block's raw text is its source lines. Pure; the
/// cost is linear in the input (cmark's parser, an iterative walk).
QList<text::TextBlock> markdownBlocks(const QByteArray &utf8);

/// Decoded Markdown through markdownBlocks() and then the same language and
/// repair stages as plain text. No blocks give an error. Pure given the lexicons.
text::PipelineResult processMarkdown(const QString &decoded, const text::Lexicons &lexicons);

/// Decodes strictly and refuses empty input as text::processBytes() does, then
/// processMarkdown().
text::PipelineResult processMarkdownBytes(const QByteArray &bytes, const text::Lexicons &lexicons);

} // namespace okur::formats
