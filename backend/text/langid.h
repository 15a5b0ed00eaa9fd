#pragma once
#include <QString>

namespace okur::text {

/// Guesses whether text is English ("en") or Turkish ("tr") from function
/// words and Turkish-only letters; returns `fallback` when the text is too
/// short to tell. Robust to the u→ü damage of PDF fonts. Pure.
QString detectLanguage(const QString &text, const QString &fallback = QString());

} // namespace okur::text
