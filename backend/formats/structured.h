#pragma once
#include "text/types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace okur::formats {

/// The formats the importer tells apart by their bytes.
enum class Format { Text, Markdown, Epub, Pdf, Html, OtherZip };

/// Sniffs the format from the first bytes (zip magic + EPUB mimetype, %PDF-,
/// an HTML doctype or root tag); the file name's extension only decides
/// between plain text, Markdown (.md, .markdown) and HTML when the bytes are
/// ambiguous. Pure.
Format sniffFormat(const QByteArray &bytes, const QString &fileName);

/// Whether a file name says Markdown (.md, .markdown, in any case). Pure.
bool isMarkdownName(const QString &fileName);

/// One entry of a document's table of contents.
struct ContentsEntry {
    QString label;
    int block = -1; ///< index into StructuredDocument::blocks, -1 when the target was not found
};

/// What a format reader makes of a file: metadata, blocks with their kind,
/// language and extracted source (TextBlock::raw), or a one-line error.
/// Readers of laid-out formats (PDF) instead give `lines`: text that still
/// needs Okur's text pipeline (unwrapping, hyphens, letter repair).
struct StructuredDocument {
    QString title;
    QStringList authors;
    QString language; ///< declared language ("en", "tr", ...), may be empty
    QString date;     ///< ISO date when the metadata gives one
    QList<text::TextBlock> blocks;
    QList<ContentsEntry> contents;
    QStringList lines;  ///< laid-out text for the pipeline (PDF)
    QStringList notes;  ///< one line each: things skipped but not fatal
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// The primary subtag of a language tag, lower case ("tr-TR" → "tr").
QString primaryLanguage(const QString &tag);

/// Fills the language of blocks that have none: text long enough is
/// detected, short blocks (headings) take the language of what follows,
/// the rest the document's. Pure.
void fillBlockLanguages(QList<text::TextBlock> &blocks, const QString &documentLanguage);

/// Renders blocks as Markdown (headings with "#", blank lines between
/// blocks), the plain source kept for a structured document. Pure.
QString blocksAsMarkdown(const QList<text::TextBlock> &blocks);

} // namespace okur::formats
