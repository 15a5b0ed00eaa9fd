#pragma once
#include "annotations/annotationstore.h"
#include "annotations/formats.h"
#include "documents/documentstore.h"

namespace okur::library {

/// Title, author, source, section headings and block texts of every
/// document, as annotation exports group by them and imports check against.
QHash<QString, annotations::DocumentContext> exportContexts(documents::DocumentStore &store);

/// What importing a W3C file did: `merge.ok` false (or `error` set) means
/// nothing was written.
struct AnnotationImport {
    QString error;
    annotations::MergeReport merge;
    QList<annotations::Skipped> skipped;
    int orphaned = 0; ///< kept, but their text was not found in their document
    bool ok() const { return error.isEmpty() && merge.ok; }
};

/// Reads a W3C Web Annotation file (refused whole above kMaxW3cBytes), places
/// each annotation against the library's documents and merges them in one
/// transaction into `annotations` (which signals it). The app and okur-cli
/// both import through this.
AnnotationImport importW3cFile(documents::DocumentStore &store, annotations::AnnotationStore &annotations, const QString &path);

} // namespace okur::library
