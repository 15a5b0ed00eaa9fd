#pragma once
#include "documentstore.h"
#include "text/lexicon.h"

namespace okur::library {

/// The result of importing one file: the new id, or a one-line reason.
struct ImportOutcome {
    QString id;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Checks, decodes and repairs one plain-text or Markdown file and stores
/// it. Refusals (missing, a folder, too large, binary, not UTF-8, empty)
/// leave the library untouched. Call off the UI thread.
ImportOutcome importFile(DocumentStore &store, const QString &path, const text::Lexicons &lexicons);

/// Imports the bundled documents that are missing and re-processes those
/// repaired by an older pipeline. Returns how many documents changed.
int syncBundledDocuments(DocumentStore &store, const text::Lexicons &lexicons, QString *error);

/// Re-runs the pipeline on every stored document whose repair version is
/// older than the current one. Returns how many were updated.
int reprocessOutdated(DocumentStore &store, const text::Lexicons &lexicons, QString *error);

/// Indexes every document whose search index entry is missing or stale
/// (older tokenizer or repair, or indexed before lemmas were available).
int refreshSearchIndex(DocumentStore &store);

} // namespace okur::library
