#pragma once
#include <QString>

namespace okur::text {

/// Lower-cases with Turkish rules (I → ı, İ → i) when language is "tr",
/// with the root locale otherwise. Pure, uses ICU.
QString foldCase(const QString &s, const QString &language);

/// Removes Turkish and circumflex diacritics (ü→u, ö→o, ğ→g, ş→s, ç→c, ı→i,
/// â→a ...) for diacritic-insensitive comparison. Pure.
QString stripDiacritics(const QString &s);

bool isAllUpper(const QString &s);

} // namespace okur::text
