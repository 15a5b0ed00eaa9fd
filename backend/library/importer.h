#pragma once
#include "documents/documentstore.h"
#include "tasks.h"
#include "text/lexicon.h"

#include <atomic>

namespace okur::library {

/// Largest EPUB or PDF accepted (they carry images and fonts besides the text).
constexpr qint64 kMaxContainerBytes = qint64(64) * 1024 * 1024;

/// The result of importing one file: the new id, or a one-line reason.
struct ImportOutcome {
    QString id;
    QString error;
    QStringList notes; ///< one line each: parts skipped (a missing EPUB spine item)
    bool existing = false; ///< the same bytes were already in the library as `id`; nothing was added
    bool ok() const { return error.isEmpty(); }
};

/// Checks, reads and stores one file: plain text or Markdown (.md,
/// .markdown: its CommonMark blocks without markup; both decoded and
/// repaired), EPUB, PDF (laid out, then repaired) or a saved web page (its
/// main content), told apart by their bytes and, for Markdown, the name.
/// Refusals (missing, a folder, too large, binary, not UTF-8, empty, DRM,
/// damaged, no text layer) leave the library untouched. Importing the same
/// bytes again finds the document already there (`existing`) and adds
/// nothing. Call off the UI thread.
ImportOutcome importFile(documents::DocumentStore &store, const QString &path, const text::Lexicons &lexicons);

/// Imports the bundled documents that are missing. Returns how many were
/// added. Stops between documents when `control` is cancelled; the next call
/// adds the rest.
int syncBundledDocuments(documents::DocumentStore &store, const text::Lexicons &lexicons, QString *error,
                         const TaskControl &control = {});

/// Re-runs the pipeline on every stored document whose repair version is
/// older than the current one. Returns how many were updated. Stops between
/// documents when `control` is cancelled.
int reprocessOutdated(documents::DocumentStore &store, const text::Lexicons &lexicons, QString *error,
                      const TaskControl &control = {});

/// True when syncBundledDocuments() or reprocessOutdated() has text to repair
/// (a bundled document missing, a repair older than this build's), so that a
/// start with nothing to repair reads no spell checker. A few queries.
bool repairPending(documents::DocumentStore &store);

/// Indexes every document whose search index entry is missing or stale,
/// after rebuilding the index in steps when its tokens are outdated (see
/// SearchIndex::refresh()). `cancelled` may be null.
int refreshSearchIndex(documents::DocumentStore &store, const std::atomic_bool *cancelled = nullptr);

} // namespace okur::library
