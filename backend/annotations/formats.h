#pragma once
#include "annotation.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace okur::annotations {

/// What an export needs to know of a document.
struct DocumentContext {
    QString title;
    QStringList headings; ///< the heading above each block ("" before the first)
};

/// Markdown grouped by document and heading: quote, note, colour, date. Pure.
QString toMarkdown(const QList<Annotation> &annotations, const QHash<QString, DocumentContext> &documents);

/// A W3C Web Annotation collection (JSON-LD) with TextQuoteSelector and
/// TextPositionSelector; tombstones included so deletions travel. Pure.
QByteArray toW3c(const QList<Annotation> &annotations);

/// Reads what toW3c() writes (and plain arrays of Web Annotations).
/// Entries it cannot read are skipped and counted in `skipped`. Pure.
QList<Annotation> fromW3c(const QByteArray &json, QString *error, int *skipped = nullptr);

} // namespace okur::annotations
