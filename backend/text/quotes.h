#pragma once
#include <QString>

namespace okur::text {

/// Display form of stored text: straight quotes and apostrophes become the
/// typographic ones of `language` ("tr" and "en": “ ” ‘ ’, apostrophe ’), and
/// stray typographic ones are set the same way, so one paragraph never mixes
/// ' and ’. One character for one: offsets into the text still hold. Pure.
QString typographic(const QString &text, const QString &language);

/// The reverse, for matching: every single quote or apostrophe (’ ‘ ʼ ′) becomes
/// ', every double quote (“ ” „ ″) becomes ". One for one. Pure.
QString plainQuotes(const QString &text);

} // namespace okur::text
