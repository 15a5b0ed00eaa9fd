#pragma once
#include "structured.h"

namespace okur::formats {

/// Limits on what an EPUB may unpack to, checked on the zip's declared sizes
/// before anything is inflated.
constexpr qint64 kMaxEpubUnpackedBytes = qint64(256) * 1024 * 1024;
constexpr qint64 kMaxEpubEntryBytes = qint64(32) * 1024 * 1024;
constexpr int kMaxEpubCompressionRatio = 100;

/// Reads an EPUB 2 or 3 held in memory: container.xml → OPF (title,
/// authors, language, date) → the spine's XHTML in order → blocks; the EPUB 3
/// nav document or the EPUB 2 NCX gives the contents. Refuses DRM, broken
/// zips, zip bombs, a missing OPF, declared XML entities; a missing spine
/// item is skipped with a note. Pure; cost bounded by the limits above.
StructuredDocument readEpub(const QByteArray &bytes);

} // namespace okur::formats
