#pragma once
#include "documents/document.h"

#include <QByteArray>
#include <QString>

namespace okur::documents {
class DocumentStore;
}

namespace okur::sync {

/// An imported document as it travels (docs/sync.md): one JSON file at
/// Okur/v1/blobs/<hash>, where <hash> is the SHA-256 of the bytes that were
/// imported (document_sources.content_hash), so the same file imported on two
/// devices is one blob and, on each device, one document.

/// The blob of the stored document whose content hash is `hash`; empty when
/// the library holds none. Deterministic: the same stored document gives the same bytes.
QByteArray documentBlob(documents::DocumentStore &store, const QString &hash);

/// Reads a blob fetched as `hash` into a document to insert (its content hash
/// set, its id preferred, not exact); false with `error` when it is not the
/// blob of that hash. Pure.
bool parseDocumentBlob(const QByteArray &bytes, const QString &hash, documents::NewDocument *doc, QString *error);

} // namespace okur::sync
