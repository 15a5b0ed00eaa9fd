#pragma once
#include <QString>

namespace okur::text {

/// Guesses whether text is English ("en") or Turkish ("tr") from closed-class
/// function words, Turkish letters, Turkish suffixes and tense markers,
/// apostrophe use ("Ankara'da" vs "it's") and English spelling patterns
/// (th, wh, -ing, w, x, q); returns `fallback` when the evidence is too weak
/// or tied. Robust to the u→ü damage of PDF fonts. Pure.
QString detectLanguage(const QString &text, const QString &fallback = QString());

} // namespace okur::text
