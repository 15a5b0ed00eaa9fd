#pragma once
// What the W3C export and import share. Internal to backend/annotations.
#include <QString>
#include <QUrl>

namespace okur::annotations::w3c {

/// Code points in text[0, utf16) (offsets past the end count one each).
int toCodePoints(const QString &text, int utf16);
/// The UTF-16 offset of the code point offset `codePoints`.
int toUtf16(const QString &text, int codePoints);
/// urn:uuid:… for a UUID; another tool's IRI as it came.
QString annotationIri(const QString &id);
QString idFromIri(const QString &iri);
QString isoTime(qint64 ms);

} // namespace okur::annotations::w3c
