#pragma once
#include "types.h"

#include <QSet>

namespace okur::text {

/// Whether lines were wrapped by a layout engine (PDF extraction) or each
/// line is already a paragraph (web pages, Markdown).
bool looksWrapped(const QStringList &lines);

/// Groups lines into paragraphs. Wrapped text is unwrapped (a short line or
/// a blank line after a sentence ends a paragraph; a line that starts in
/// lower case continues one) and line-end hyphens are joined unless the
/// hyphen is real (e-devlet, COVID-19, or a hyphenated form the document
/// itself uses). Markdown "#" headings are recognised (a .md file is read by
/// formats/markdown.h instead). Pure.
QList<Paragraph> buildParagraphs(const QStringList &lines);

/// Decides the kind of each paragraph (heading, caption, paragraph). Pure.
void classifyParagraphs(QList<Paragraph> &paragraphs, bool wrapped);

/// Joins a line-end hyphenated word: "ge-" + "niş" → "geniş", "e-" +
/// "devlet" → "e-devlet". `vocabulary` holds the document's own words. Pure.
QString joinHyphenated(const QString &left, const QString &right, const QSet<QString> &vocabulary);

} // namespace okur::text
