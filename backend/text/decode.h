#pragma once
#include <QByteArray>
#include <QString>

namespace okur::text {

/// Result of strict decoding: either text or a one-line, user-facing error.
struct DecodeResult {
    QString text;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// Largest file the importer accepts, in bytes.
constexpr qint64 kMaxImportBytes = qint64(16) * 1024 * 1024;

/// Decodes bytes as strict UTF-8: refuses invalid sequences, NUL bytes
/// (binary files) and UTF-16; drops a UTF-8 BOM, turns CRLF and CR into LF,
/// removes other control characters and returns NFC text. Pure.
DecodeResult decodeUtf8(const QByteArray &bytes);

} // namespace okur::text
