#pragma once
#include "types.h"

namespace okur::text {

/// Takes the furniture of saved web pages out of the body: a leading
/// " date YYYY-MM-DD" becomes the date, font-size widgets ("+ ↺ − 16 px")
/// disappear, "Also read: ..." lines become related links and a trailing
/// site name ("News.Az") becomes the source. "Photo: ..." lines stay, to be
/// shown as captions. Edits lines in place (removed lines become empty). Pure.
DocumentMeta extractWebMetadata(QStringList &lines);

/// True for a caption line such as "Photo: AZERTAC" or "Tablo 2: ...".
bool isCaptionLine(const QString &line);

} // namespace okur::text
