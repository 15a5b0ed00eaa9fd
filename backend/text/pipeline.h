#pragma once
#include "lexicon.h"
#include "types.h"

#include <QByteArray>

namespace okur::text {

/// Bumped whenever a stage changes its output: stored documents with an
/// older version are processed again from their raw text.
constexpr int kRepairVersion = 2;

/// A document after the whole pipeline.
struct PipelineResult {
    QList<TextBlock> blocks;
    DocumentMeta meta;
    QString language;   ///< the language of most of the text
    QString error;      ///< set when the input was refused
    bool ok() const { return error.isEmpty(); }
};

/// Runs every stage on decoded text: web furniture, page furniture,
/// paragraphs and de-hyphenation, language per block, letter repair. Pure
/// given the lexicons; without lexicons letters are left as they are.
PipelineResult processText(const QString &text, const Lexicons &lexicons);

/// The language and repair stages alone, on paragraphs another reader has
/// already found (Markdown's blocks); `wrapped` tidies extraction's stray
/// spaces as for PDF text. No paragraphs give an error. Pure given the lexicons.
PipelineResult processParagraphs(const QList<Paragraph> &paragraphs, const Lexicons &lexicons, bool wrapped = false);

/// Decodes strictly, then processText(). Undecodable or empty input gives
/// an error and no blocks.
PipelineResult processBytes(const QByteArray &bytes, const Lexicons &lexicons);

} // namespace okur::text
