#pragma once
#include "documentstore.h"
#include "text/lexicon.h"

#include <atomic>

namespace okur::library {

/// The result of importing one file: the new id, or a one-line reason.
struct ImportOutcome {
    QString id;
    QString error;
    bool existing = false; ///< the same bytes were already in the library as `id`; nothing was added
    bool ok() const { return error.isEmpty(); }
};

/// Checks, decodes and repairs one plain-text or Markdown file and stores
/// it. Refusals (missing, a folder, too large, binary, not UTF-8, empty)
/// leave the library untouched. Importing the same bytes again finds the
/// document already there (`existing`) and adds nothing. Call off the UI thread.
ImportOutcome importFile(DocumentStore &store, const QString &path, const text::Lexicons &lexicons);

/// Imports the bundled documents that are missing and re-processes those
/// repaired by an older pipeline. Returns how many documents changed.
int syncBundledDocuments(DocumentStore &store, const text::Lexicons &lexicons, QString *error);

/// Re-runs the pipeline on every stored document whose repair version is
/// older than the current one. Returns how many were updated.
int reprocessOutdated(DocumentStore &store, const text::Lexicons &lexicons, QString *error);

/// Indexes every document whose search index entry is missing or stale,
/// after rebuilding the index in steps when its tokens are outdated (see
/// SearchIndex::refresh()). `cancelled` may be null.
int refreshSearchIndex(DocumentStore &store, const std::atomic_bool *cancelled = nullptr);

} // namespace okur::library
